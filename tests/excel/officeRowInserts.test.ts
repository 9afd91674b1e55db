import { createOfficeServices } from "../../src/taskpane/officeServices";
import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { buildFrameworkSheet } from "../../src/domain/input/frameworkSheet";
import { SETTINGS_SHEET } from "../../src/domain/input/inputLayout";
import { EMPTY_TEXTS } from "../../src/domain/model/reportTexts";
import { reportInputWith, scoresOf } from "../../src/domain/testing/builders";
import { summarizeScores } from "../../src/domain/scoring/scoreSummary";
import { excelHost } from "../fakes/excel/nodeLibrary";
import type { ExcelHost } from "../fakes/excel/excelHost";
import { FOUR, FOUR_SCORES } from "../helpers/madeUpFrame";
import { BLANK_MEASURE } from "../../src/domain/model/measure";

/**
 * The pane's row inserts (the Scores screen's "เพิ่มแถวในชีต คะแนน ITA" and the Settings
 * screen's text of an instrument the sheet has no row for) through the Office.js adapters and
 * Microsoft's client library, against the simulated Excel: a workbook made before the frame had
 * CIT (10 indicators, texts for IIT, EIT and OIT), then given a framework sheet of four instruments.
 */

const SCORES = "คะแนน ITA";

async function oldWorkbookWithFourInstruments(): Promise<ExcelHost> {
  const input = reportInputWith({
    fiscalYearBE: 2571,
    scores: scoresOf({ 2570: FOUR_SCORES.slice(0, 10) }),
    texts: { ...EMPTY_TEXTS, instruments: { analysis: { OIT: "ผล OIT" }, plan: {} } },
  });
  const host = excelHost({ sheets: { Sheet1: [] } });
  await new OfficeReportWriter(host.run).write({
    sheets: [...buildInputSheets(input), buildFrameworkSheet(FOUR)],
  });
  return host;
}

/** The 1-based row whose column A holds `label` (first 200 rows). */
function rowOf(host: ExcelHost, sheet: string, label: string | number): number {
  return host.valuesOf(sheet, "A1:A200").findIndex((r) => r[0] === label) + 1;
}

describe("the pane's row inserts in Excel", () => {
  it("adds indicators 11–12 under the indicator table and CIT's total under OIT, with the formats of the row above; they then read and score", async () => {
    const host = await oldWorkbookWithFourInstruments();
    const services = createOfficeServices(host.run, host.isSetSupported);
    const before = (await services.readScores())!;
    expect(before.unplaced).toEqual({ indicators: [11, 12], official: ["CIT"] });
    const last = before.lastRows.indicators;
    const oit = rowOf(host, SCORES, "OIT");
    const below = host.valuesOf(SCORES, `A${last + 1}:E${last + 40}`);
    const formatAbove = host.cell(SCORES, `E${last}`)!;
    const syncs = host.syncCount;

    expect(await services.addScoreRows()).toEqual({ indicators: [11, 12], official: ["CIT"] });

    // Two reads, two inserts and two writes: a constant number of round trips, not one per cell (10 today).
    expect(host.syncCount - syncs).toBeLessThanOrEqual(10);
    expect(host.valuesOf(SCORES, `A${last + 1}:C${last + 2}`)).toEqual([
      [11, "การมีส่วนร่วมของประชาชน", "CIT"],
      [12, FOUR.indicators.find((i) => i.number === 12)!.name, "CIT"],
    ]);
    for (const column of ["D", "E"]) {
      const inserted = host.cell(SCORES, `${column}${last + 1}`);
      expect(inserted?.numberFormat).toBe(host.cell(SCORES, `${column}${last}`)!.numberFormat);
      expect(inserted?.format).toEqual(host.cell(SCORES, `${column}${last}`)!.format);
    }
    expect(host.cell(SCORES, `E${last + 2}`)?.format.borders).toEqual(formatAbove.format.borders);
    // Nothing below was written over: the rows moved down by two, then CIT's total went in under OIT.
    expect(rowOf(host, SCORES, "OIT")).toBe(oit + 2);
    expect(rowOf(host, SCORES, "CIT")).toBe(oit + 3);
    const moved = host.valuesOf(SCORES, `A${last + 3}:E${last + 42}`);
    const cit = oit + 3 - (last + 3);
    expect([...moved.slice(0, cit), ...moved.slice(cit + 1)]).toEqual(below.slice(0, 39));

    const form = (await services.readScores())!;
    expect(form.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(form.unplaced).toEqual({ indicators: [], official: [] });
    await services.saveScores(
      form.indicators.slice(10).map((i, k) => ({
        cell: i.scores[1].cell,
        text: String(FOUR_SCORES[10 + k]! / 100),
        kind: "score" as const,
      })),
    );
    const read = await services.validate();
    expect(read.issues.filter((i) => i.sheet === SCORES && i.severity === "error")).toEqual([]);
    // IIT 89.20, EIT 86.00, OIT 96.50, CIT 71.00 → 0.25·89.2 + 0.25·86 + 0.3·96.5 + 0.2·71 = 86.95
    expect(summarizeScores(read.input!).years.at(-1)).toMatchObject({
      fiscalYearBE: 2570,
      overall: 8695,
    });
    expect(await services.addScoreRows()).toEqual({ indicators: [], official: [] });
  });

  it("saves typed CIT texts into rows inserted under OIT's, with label and hint, and the signatories' block moved down intact", async () => {
    const host = await oldWorkbookWithFourInstruments();
    const services = createOfficeServices(host.run, host.isSetSupported);
    const before = (await services.readSettings())!;
    const oit = rowOf(host, SETTINGS_SHEET, "ผลแบบวัด OIT (วิเคราะห์ผล)");
    const roles = rowOf(host, SETTINGS_SHEET, "บทบาท");
    const signatories = host.valuesOf(SETTINGS_SHEET, `A${roles}:C${roles + 3}`);
    const after = {
      ...before,
      values: { ...before.values, "analysis:CIT": "แบบวัด CIT ต่ำกว่าเกณฑ์", "plan:CIT": "ข้อค้นพบ CIT" },
    };

    const result = await services.saveSettings(before, after);

    expect(result.notFound).toEqual([]);
    expect(result.saved.map((s) => s.label)).toEqual([
      "ผลแบบวัด CIT (วิเคราะห์ผล)",
      "ข้อค้นพบแบบวัด CIT (แผนพัฒนา)",
    ]);
    expect(host.valuesOf(SETTINGS_SHEET, `A${oit + 1}:C${oit + 1}`)).toEqual([
      ["ผลแบบวัด CIT (วิเคราะห์ผล)", "แบบวัด CIT ต่ำกว่าเกณฑ์", "เว้นว่าง: โปรแกรมร่างจากคะแนนแบบวัด CIT"],
    ]);
    expect(host.cell(SETTINGS_SHEET, `B${oit + 1}`)?.format).toEqual(
      host.cell(SETTINGS_SHEET, `B${oit}`)!.format,
    );
    expect(rowOf(host, SETTINGS_SHEET, "ข้อค้นพบแบบวัด CIT (แผนพัฒนา)")).toBe(
      rowOf(host, SETTINGS_SHEET, "ข้อค้นพบแบบวัด OIT (แผนพัฒนา)") + 1,
    );
    expect(host.valuesOf(SETTINGS_SHEET, `A${roles + 2}:C${roles + 5}`)).toEqual(signatories);
    const read = await services.validate();
    expect(read.issues.filter((i) => i.sheet === SETTINGS_SHEET)).toEqual([]);
    expect(read.input!.texts.instruments).toEqual({
      analysis: { OIT: "ผล OIT", CIT: "แบบวัด CIT ต่ำกว่าเกณฑ์" },
      plan: { CIT: "ข้อค้นพบ CIT" },
    });
    expect(read.input!.signatories).toEqual(reportInputWith().signatories);
  });

  it("saves a report title typed in a workbook made before the title rows into a row inserted under the last labelled row, the signatories moved down intact", async () => {
    const host = await oldWorkbookWithFourInstruments();
    const services = createOfficeServices(host.run, host.isSetSupported);
    const before = (await services.readSettings())!;
    const label = "ชื่อเรื่อง [plan] แผนนำผลการวิเคราะห์ไปสู่การปฏิบัติ";
    expect(rowOf(host, SETTINGS_SHEET, label)).toBe(0);
    const lastFinding = rowOf(host, SETTINGS_SHEET, "ข้อค้นพบตัวชี้วัดที่ 10 (วิเคราะห์ผล)");
    const roles = rowOf(host, SETTINGS_SHEET, "บทบาท");
    const signatories = host.valuesOf(SETTINGS_SHEET, `A${roles}:C${roles + 3}`);

    const result = await services.saveSettings(before, {
      ...before,
      values: { ...before.values, "title:plan": "การนำผลการประเมินไปดำเนินการปรับปรุงและพัฒนา" },
    });

    expect(result.notFound).toEqual([]);
    expect(result.saved.map((s) => s.label)).toEqual([label]);
    expect(rowOf(host, SETTINGS_SHEET, label)).toBe(lastFinding + 1);
    expect(host.valuesOf(SETTINGS_SHEET, `B${lastFinding + 1}:B${lastFinding + 1}`)).toEqual([
      ["การนำผลการประเมินไปดำเนินการปรับปรุงและพัฒนา"],
    ]);
    expect(host.valuesOf(SETTINGS_SHEET, `A${roles + 1}:C${roles + 4}`)).toEqual(signatories);
    const read = await services.validate();
    expect(read.issues.filter((i) => i.sheet === SETTINGS_SHEET)).toEqual([]);
    expect(read.input!.texts.titles).toEqual({ plan: "การนำผลการประเมินไปดำเนินการปรับปรุงและพัฒนา" });
  });

  it("says in Thai that a protected Scores sheet refused the rows, and changes nothing", async () => {
    const host = await oldWorkbookWithFourInstruments();
    const locked = excelHost({
      sheets: Object.fromEntries(host.sheetNames().map((s) => [s, host.valuesOf(s, "A1:H120")])),
      protectedSheets: [SCORES],
    });
    const before = locked.snapshot();
    await expect(
      createOfficeServices(locked.run, locked.isSetSupported).addScoreRows(),
    ).rejects.toThrow(/Excel ไม่อนุญาต/);
    expect(locked.snapshot()).toEqual(before);
    expect(locked.eventsEnabled()).toBe(true); // turned back on after the refused request
  });
});

describe("the pane's own cell and row edits in Excel", () => {
  const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));

  it("fire no change event, so the pane re-reads once (its own read after the save), not again for its own write; the user's edits still do", async () => {
    const host = await oldWorkbookWithFourInstruments();
    const services = createOfficeServices(host.run, host.isSetSupported);
    const changed = jest.fn();
    const stop = services.watchInput!(changed, (error) => {
      throw error;
    });
    await settle();
    const form = (await services.readScores())!;
    await services.saveScores([
      { cell: form.indicators[0]!.scores[1].cell, text: "90", kind: "score" },
    ]);
    await services.addScoreRows();
    const settings = (await services.readSettings())!;
    await services.saveSettings(settings, {
      ...settings,
      values: { ...settings.values, "analysis:CIT": "ข้อความ CIT" },
    });
    await services.appendMeasures([{ ...BLANK_MEASURE, indicator: 1, title: "มาตรการใหม่" }]);
    await settle();
    expect(changed).not.toHaveBeenCalled();
    expect(host.eventsEnabled()).toBe(true);
    host.userEdit(SCORES, "E4", [[91]]);
    await settle();
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
  });
});
