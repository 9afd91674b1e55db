import {
  formKeys,
  readSettingsForm,
  settingsFieldAt,
  settingsFormOf,
  settingsFormProblems,
  type SettingsForm,
} from "../../src/app/settingsForm";
import { loadInput } from "../../src/app/loadInput";
import { saveSettings } from "../../src/app/saveSettings";
import { buildFrameworkSheet } from "../../src/domain/input/frameworkSheet";
import { SETTINGS_SHEET } from "../../src/domain/input/inputLayout";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { EMPTY_TEXTS } from "../../src/domain/model/reportTexts";
import type { CellGrid } from "../../src/domain/sheet/cellInput";
import { reportInputWith, scoresOf } from "../../src/domain/testing/builders";
import { XlsxCellWriter } from "../../src/xlsx/xlsxCellWriter";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import { XlsxRowEditor } from "../../src/xlsx/xlsxRowEditor";
import { XlsxWorkbookReader } from "../../src/xlsx/xlsxWorkbookReader";
import { FOUR, FOUR_SCORES } from "../helpers/madeUpFrame";

/** A Settings sheet as the input sheet builder lays it out: labels in column A, values in B, signatories under their header. */
const GRID: CellGrid = [
  ["ข้อมูลรายงาน ITA"],
  ["รายการ", "ข้อมูล"],
  ["ชื่อหน่วยงาน", "ทุ่งทดสอบ"],
  ["อำเภอ", ""],
  [],
  ["บทบาท", "ชื่อ-นามสกุล", "ตำแหน่ง"],
  ["ผู้รายงาน", "นางสาวทดสอบ ใจดี", "นักวิเคราะห์นโยบายและแผน"],
  ["ทราบ", "", "นายก"],
];

describe("the Settings sheet's cells as the form's fields", () => {
  const { rows } = settingsFormOf(GRID);

  it("finds a setting by the row of its label, wherever the row is", () => {
    expect(settingsFieldAt(rows, "B4")).toEqual({ kind: "setting", key: "district" });
    expect(settingsFieldAt(rows, "A3")).toEqual({ kind: "setting", key: "orgName" });
  });

  it("finds a signatory's part by its row under the header and its column", () => {
    expect(settingsFieldAt(rows, "B8")).toEqual({ kind: "signatory", index: 1, part: "name" });
    expect(settingsFieldAt(rows, "C7")).toEqual({ kind: "signatory", index: 0, part: "position" });
    // The comment (D) and the rank on the signature line (E) have their fields too.
    expect(settingsFieldAt(rows, "D7")).toEqual({ kind: "signatory", index: 0, part: "comment" });
    expect(settingsFieldAt(rows, "E8")).toEqual({ kind: "signatory", index: 1, part: "rank" });
  });

  it("has no field for other cells", () => {
    expect(settingsFieldAt(rows, "C4")).toBeNull();
    expect(settingsFieldAt(rows, "B5")).toBeNull();
    expect(settingsFieldAt(rows, "F7")).toBeNull();
    expect(settingsFieldAt(rows, "ไม่ใช่เซลล์")).toBeNull();
  });
});

describe("the instruments' texts follow the year's frame (a framework sheet of four instruments)", () => {
  /** A workbook made before the frame had CIT: text rows for IIT, EIT and OIT only; then the framework sheet added. */
  async function book() {
    const input = reportInputWith({
      fiscalYearBE: 2571,
      scores: scoresOf({ 2570: FOUR_SCORES.slice(0, 10) }),
      texts: { ...EMPTY_TEXTS, instruments: { analysis: { OIT: "ผล OIT" }, plan: {} } },
    });
    const writer = new XlsxReportWriter();
    await writer.write({ sheets: [...buildInputSheets(input), buildFrameworkSheet(FOUR)] });
    const wb = writer.workbook;
    return {
      wb,
      reader: new XlsxWorkbookReader(wb),
      cells: new XlsxCellWriter(wb),
      rows: new XlsxRowEditor(wb),
    };
  }
  const keysOf = (form: SettingsForm) => formKeys(form).filter((k) => /^(analysis|plan):/.test(k));

  it("has a field per instrument of the frame, CIT too though the sheet has no row for it", async () => {
    const form = (await readSettingsForm((await book()).reader))!;
    expect(form.framework?.fiscalYearBE).toBe(2570);
    expect(keysOf(form)).toEqual([
      "analysis:IIT",
      "analysis:EIT",
      "analysis:OIT",
      "analysis:CIT",
      "plan:IIT",
      "plan:EIT",
      "plan:OIT",
      "plan:CIT",
    ]);
    expect(form.values["analysis:OIT"]).toBe("ผล OIT");
    expect(form.values["analysis:CIT"]).toBe("");
    expect(form.rows.settings["analysis:CIT"]).toBeUndefined();
  });

  it("saves a typed CIT text into a row inserted under its part's last row, with label and hint, and the reader reads it clean", async () => {
    const { wb, reader, cells, rows } = await book();
    const before = (await readSettingsForm(reader))!;
    const ws = wb.getWorksheet(SETTINGS_SHEET)!;
    const rowOf = (label: string) => ws.getColumn(1).values.findIndex((v) => v === label);
    const oit = rowOf("ผลแบบวัด OIT (วิเคราะห์ผล)");
    const signatories = rowOf("บทบาท");
    const after = {
      ...before,
      values: { ...before.values, "analysis:CIT": "แบบวัด CIT ต่ำกว่าเกณฑ์", "plan:CIT": "ข้อค้นพบ CIT" },
    };
    const result = await saveSettings(reader, cells, before, after, rows);
    expect(result.notFound).toEqual([]);
    expect(result.saved.map((s) => s.label)).toEqual([
      "ผลแบบวัด CIT (วิเคราะห์ผล)",
      "ข้อค้นพบแบบวัด CIT (แผนพัฒนา)",
    ]);
    expect(rowOf("ผลแบบวัด CIT (วิเคราะห์ผล)")).toBe(oit + 1);
    expect(rowOf("ข้อค้นพบแบบวัด CIT (แผนพัฒนา)")).toBe(rowOf("ข้อค้นพบแบบวัด OIT (แผนพัฒนา)") + 1);
    expect(ws.getCell(oit + 1, 3).value).toBe("เว้นว่าง: โปรแกรมร่างจากคะแนนแบบวัด CIT");
    expect(rowOf("บทบาท")).toBe(signatories + 2);
    const read = await loadInput(reader);
    expect(read.issues.filter((i) => i.sheet === SETTINGS_SHEET)).toEqual([]);
    expect(read.input!.texts.instruments).toEqual({
      analysis: { OIT: "ผล OIT", CIT: "แบบวัด CIT ต่ำกว่าเกณฑ์" },
      plan: { CIT: "ข้อค้นพบ CIT" },
    });
    expect(read.input!.signatories).toEqual(reportInputWith().signatories);
  });

  it("without a row editor, names the row it could not find, as before", async () => {
    const { reader, cells } = await book();
    const before = (await readSettingsForm(reader))!;
    const result = await saveSettings(reader, cells, before, {
      ...before,
      values: { ...before.values, "analysis:CIT": "x" },
    });
    expect(result.notFound).toEqual(["ผลแบบวัด CIT (วิเคราะห์ผล)"]);
  });

  it("warns at the field of a text for an instrument the frame lacks, in the check screen's words", () => {
    const grid: CellGrid = [
      ["ข้อมูลรายงาน ITA"],
      ["รายการ", "ข้อมูล"],
      ["ผลแบบวัด XIT (วิเคราะห์ผล)", "ผล XIT"],
      ["ผลแบบวัด IIT (วิเคราะห์ผล)", "ผล IIT"],
    ];
    const form = settingsFormOf(grid, FOUR);
    expect(keysOf(form)).toEqual([
      "analysis:IIT",
      "analysis:EIT",
      "analysis:OIT",
      "analysis:CIT",
      "plan:IIT",
      "plan:EIT",
      "plan:OIT",
      "plan:CIT",
      "analysis:XIT",
    ]);
    const problems = settingsFormProblems(form);
    expect(problems["analysis:XIT"]).toEqual({
      severity: "warning",
      text: "เกณฑ์ปี 2570 ไม่มีแบบวัด XIT (มีแบบวัด IIT EIT OIT CIT) ข้อความนี้จึงไม่ถูกพิมพ์ในรายงาน ลบออก หรือย้ายไปไว้ในช่องของแบบวัดที่มี",
    });
    expect(problems["analysis:IIT"]).toBeUndefined();
  });

  it("warns at the field of a finding for an indicator the frame lacks, in the check screen's words", () => {
    const grid: CellGrid = [
      ["ข้อมูลรายงาน ITA"],
      ["รายการ", "ข้อมูล"],
      ["ข้อค้นพบตัวชี้วัดที่ 13 (วิเคราะห์ผล)", "ข้อค้นพบที่ไม่มีตัวชี้วัด"],
      ["ข้อค้นพบตัวชี้วัดที่ 12 (วิเคราะห์ผล)", "ข้อค้นพบ CIT"],
      ["ข้อค้นพบตัวชี้วัดที่ 14 (วิเคราะห์ผล)", ""],
    ];
    const form = settingsFormOf(grid, FOUR);
    expect(formKeys(form).filter((k) => k.startsWith("finding:"))).toEqual([
      "finding:13",
      "finding:12",
      "finding:14",
    ]);
    const problems = settingsFormProblems(form);
    expect(problems["finding:13"]).toEqual({
      severity: "warning",
      text: "เกณฑ์ปี 2570 ไม่มีตัวชี้วัดที่ 13 (มีตัวชี้วัดที่ 1–12) ข้อค้นพบนี้จึงไม่ถูกพิมพ์ในรายงาน ลบออก หรือย้ายไปไว้ในช่องของตัวชี้วัดที่มี",
    });
    expect(problems["finding:12"]).toBeUndefined();
    expect(problems["finding:14"]).toBeUndefined();
    expect(settingsFormProblems(settingsFormOf(grid))["finding:13"]).toBeUndefined();
  });

  it("warns at a problems text typed while the progress report leaves that section out, in the check screen's words", () => {
    const grid = (section: string): CellGrid => [
      ["ข้อมูลรายงาน ITA"],
      ["รายการ", "ข้อมูล"],
      ["ปัญหาและอุปสรรค", "งบประมาณไม่เพียงพอ"],
      ["ข้อเสนอแนะ/แนวทางแก้ไข", ""],
      ["ปัญหาและอุปสรรค/ข้อเสนอแนะ (รายงานผลตามมาตรการ)", section],
    ];
    const problems = settingsFormProblems(settingsFormOf(grid("ไม่มี")));
    expect(problems.problems).toEqual({
      severity: "warning",
      text: 'ตั้ง "ปัญหาและอุปสรรค/ข้อเสนอแนะ (รายงานผลตามมาตรการ)" เป็น ไม่มี ข้อความนี้จึงไม่ถูกพิมพ์ในรายงานผลตามมาตรการ ลบออก หรือตั้งเป็น มี',
    });
    expect(problems.remedies).toBeUndefined();
    expect(settingsFormProblems(settingsFormOf(grid("มี"))).problems).toBeUndefined();
  });
});
