import type { CellGrid } from "../domain/sheet/cellInput";
import { WorkbookWriteError } from "./ports";
import { settingsCellWrites } from "./saveSettings";
import { formKeys, settingsFormOf, settingsFormProblems, type SettingsForm } from "./settingsForm";
import { readSettings } from "../domain/input/readSettings";
import { IssueCollector } from "../domain/issues/issueCollector";

/** A Settings grid: labels in A, values in B, rows as given (1-based, row 1 first). */
const grid = (rows: (string | number | null)[][]): CellGrid => rows;

const SHEET = grid([
  ["ข้อมูลรายงาน ITA"],
  ["รายการ", "ข้อมูล"],
  ["ชื่อหน่วยงาน", "เกวียนหัก"],
  ["ปีงบประมาณ (พ.ศ.)", 2567],
  ["วันที่รายงาน", 45565], // 30 Sep 2024 typed as a date
  [],
  ["บทบาท", "ชื่อ-นามสกุล", "ตำแหน่ง"],
  ["ผู้รายงาน", "นางสาว ก", "นักวิเคราะห์"],
  ["ทราบ", "นาย ข", "นายก"],
  [],
  ["หมายเหตุ", "ห้ามเขียนทับ"],
]);

type Change = Omit<Partial<SettingsForm>, "values"> & { values?: Partial<SettingsForm["values"]> };
const edit = (form: SettingsForm, change: Change): SettingsForm => ({
  ...form,
  ...change,
  values: { ...form.values, ...change.values },
});

describe("settingsFormOf", () => {
  it("shows every labelled value as text, dates as Thai dates, and lists the labels it could not find", () => {
    const form = settingsFormOf(SHEET);
    expect(form.values).toMatchObject({
      orgName: "เกวียนหัก",
      fiscalYear: "2567",
      reportDate: "30 กันยายน 2567",
    });
    expect(form.missing).toContain("district");
    expect(form.signatories).toEqual([
      { role: "ผู้รายงาน", name: "นางสาว ก", position: "นักวิเคราะห์" },
      { role: "ทราบ", name: "นาย ข", position: "นายก" },
    ]);
  });
});

describe("settingsFormOf: the signatories' block the sheet's reader reads", () => {
  /** The seed's block with a middle person whose cells are a formula never calculated and an Excel error. */
  const FORMULAS: CellGrid = [
    ...SHEET.slice(0, 8),
    [{ formula: "'ข้อมูลอื่น'!A2" }, { formula: "'ข้อมูลอื่น'!B2" }, { error: "#REF!" }],
    ...SHEET.slice(8),
  ];

  it("reads past a person whose cells have no value yet, as readSettings does", () => {
    const form = settingsFormOf(FORMULAS);
    const read = readSettings(FORMULAS, new IssueCollector());
    expect(form.signatories.map((p) => p.name)).toEqual(["นางสาว ก", "", "นาย ข"]);
    expect(form.signatories.length).toBe(read.signatories.length);
    expect(form.signatories.map((p) => p.role)).toEqual(read.signatories.map((p) => p.role));
  });

  it("does not grow the block over a formula with no value yet (in column D it does not make the row a person's)", () => {
    const before = settingsFormOf(SHEET);
    const sheet: CellGrid = [
      ...SHEET.slice(0, 9),
      [null, null, null, { formula: "B3" }],
      ...SHEET.slice(10),
    ];
    const after = edit(before, {
      signatories: [...before.signatories, { role: "ทราบ", name: "นาย ค", position: "ปลัด" }],
    });
    expect(() => settingsCellWrites(sheet, before, after)).toThrow(
      expect.objectContaining({ message: expect.stringContaining("แถว 10") }),
    );
  });
});

describe("settingsCellWrites", () => {
  const before = settingsFormOf(SHEET);

  it("writes only the changed settings, into column B of their labelled rows", () => {
    const after = edit(before, { values: { orgName: " ท่าใหม่ ", fiscalYear: "2568" } });
    expect(settingsCellWrites(SHEET, before, after)).toEqual({
      writes: [
        { row: 3, column: 2, text: "ท่าใหม่" },
        { row: 4, column: 2, text: "2568" },
      ],
      notFound: [],
      // Named as the sheet labels them, for the pane's message.
      saved: [
        { label: "ชื่อหน่วยงาน", cells: ["B3"] },
        { label: "ปีงบประมาณ (พ.ศ.)", cells: ["B4"] },
      ],
    });
  });

  it("finds rows by label when rows moved since the form was read", () => {
    const moved = grid([[], [], ...(SHEET as (string | number | null)[][])]);
    const after = edit(before, { values: { orgName: "ท่าใหม่" } });
    expect(settingsCellWrites(moved, before, after).writes).toEqual([
      { row: 5, column: 2, text: "ท่าใหม่" },
    ]);
  });

  it("names a changed setting whose row is not on the sheet instead of writing it anywhere", () => {
    const after = edit(before, { values: { district: "เมือง" } });
    expect(settingsCellWrites(SHEET, before, after)).toEqual({
      writes: [],
      notFound: ["อำเภอ"],
      saved: [],
    });
  });

  it("rewrites the signatory block, clearing rows it no longer needs", () => {
    const after = edit(before, {
      signatories: [
        { role: "ทราบ", name: "นาย ข", position: "นายก" },
        { role: "", name: " ", position: "" },
      ],
    });
    expect(settingsCellWrites(SHEET, before, after).writes).toEqual([
      { row: 8, column: 1, text: "ทราบ" },
      { row: 8, column: 2, text: "นาย ข" },
      { row: 8, column: 3, text: "นายก" },
      { row: 8, column: 4, text: "" },
      { row: 9, column: 1, text: "" },
      { row: 9, column: 2, text: "" },
      { row: 9, column: 3, text: "" },
      { row: 9, column: 4, text: "" },
    ]);
    expect(settingsCellWrites(SHEET, before, after).saved).toEqual([
      { label: "ผู้ลงนาม", cells: ["A8:D9"] },
    ]);
  });

  it("moves a signatory's memo comment (column D) with them", () => {
    const people = [
      { role: "ผู้รายงาน", name: "นาย ก", position: "นิติกร" },
      { role: "ผู้ตรวจสอบ", name: "นาย ข", position: "ปลัด", comment: "ความเห็นปลัด........" },
    ];
    const withComment = edit(before, { signatories: people });
    const swapped = edit(withComment, { signatories: [people[1]!, people[0]!] });
    const writes = settingsCellWrites(SHEET, withComment, swapped).writes.filter(
      (w) => w.column === 4,
    );
    expect(writes).toEqual([
      { row: 8, column: 4, text: "ความเห็นปลัด........" },
      { row: 9, column: 4, text: "" },
    ]);
  });

  it("writes a signatory's rank into column E, adding its header to a sheet made before it, and reads it back", () => {
    const ranked = edit(before, {
      signatories: [
        before.signatories[0]!,
        { role: "ทราบ", name: "ชัยยุทธ ค", position: "ปลัด", rank: " ว่าที่ร้อยตรี " },
      ],
    });
    const { writes, saved } = settingsCellWrites(SHEET, before, ranked);
    expect(writes.filter((w) => w.column === 5)).toEqual([
      { row: 7, column: 5, text: "ยศ/คำนำหน้าในบรรทัดลงชื่อ" },
      { row: 8, column: 5, text: "" },
      { row: 9, column: 5, text: "ว่าที่ร้อยตรี" },
    ]);
    expect(saved).toEqual([{ label: "ผู้ลงนาม", cells: ["A8:E9"] }]);
    const written = SHEET.map((r) => [...r]);
    for (const w of writes) written[w.row - 1]![w.column - 1] = "text" in w ? w.text : w.number;
    expect(settingsFormOf(written).signatories[1]).toEqual({
      role: "ทราบ",
      name: "ชัยยุทธ ค",
      position: "ปลัด",
      rank: "ว่าที่ร้อยตรี",
    });
    expect(readSettings(written, new IssueCollector()).signatories[1]!.rank).toBe("ว่าที่ร้อยตรี");
    // Clearing the rank clears its cell; the header stays.
    const cleared = settingsCellWrites(
      written,
      settingsFormOf(written),
      edit(settingsFormOf(written), {
        signatories: [before.signatories[0]!, { role: "ทราบ", name: "ชัยยุทธ ค", position: "ปลัด" }],
      }),
    );
    expect(cleared.writes.filter((w) => w.column === 5)).toEqual([
      { row: 8, column: 5, text: "" },
      { row: 9, column: 5, text: "" },
    ]);
  });

  it("grows the block into an empty row, but never over other content", () => {
    const three = [...before.signatories, { role: "เห็นชอบ", name: "นาย ค", position: "ปลัด" }];
    expect(
      settingsCellWrites(SHEET, before, edit(before, { signatories: three })).writes.slice(-4),
    ).toEqual([
      { row: 10, column: 1, text: "เห็นชอบ" },
      { row: 10, column: 2, text: "นาย ค" },
      { row: 10, column: 3, text: "ปลัด" },
      { row: 10, column: 4, text: "" },
    ]);
    const four = [...three, { role: "อนุมัติ", name: "นาย ง", position: "นายก" }];
    expect(() => settingsCellWrites(SHEET, before, edit(before, { signatories: four }))).toThrow(
      WorkbookWriteError,
    );
    expect(() => settingsCellWrites(SHEET, before, edit(before, { signatories: four }))).toThrow(
      /แถว 11 .* มีข้อมูลอื่นอยู่/,
    );
  });
});

describe("the instruments' texts in the form", () => {
  // A workbook of a four-instrument frame: the texts' rows are labelled with the codes.
  const sheet = grid([
    ["ข้อมูลรายงาน ITA"],
    ["รายการ", "ข้อมูล"],
    ["ชื่อหน่วยงาน", "เกวียนหัก"],
    ["ผลแบบวัด IIT (วิเคราะห์ผล)", "ผล IIT"],
    ["ผลแบบวัด CIT (วิเคราะห์ผล)", null],
    ["ข้อค้นพบแบบวัด CIT (แผนพัฒนา)", "ข้อค้นพบ CIT"],
  ]);

  it("has a field for each row the sheet has, in its order, and saves an edit into that row", () => {
    const before = settingsFormOf(sheet);
    expect(
      Object.entries(before.values).filter(([k]) => k.includes(":") && !k.startsWith("title:")),
    ).toEqual([
      ["analysis:IIT", "ผล IIT"],
      ["analysis:CIT", ""],
      ["plan:CIT", "ข้อค้นพบ CIT"],
    ]);
    const after = edit(before, { values: { "analysis:CIT": "แบบวัด CIT ต่ำกว่าเกณฑ์" } });
    expect(settingsCellWrites(sheet, before, after)).toEqual({
      writes: [{ row: 5, column: 2, text: "แบบวัด CIT ต่ำกว่าเกณฑ์" }],
      notFound: [],
      saved: [{ label: "ผลแบบวัด CIT (วิเคราะห์ผล)", cells: ["B5"] }],
    });
  });
});

describe("the indicators' findings in the form (seed 002)", () => {
  const sheet = grid([
    ["ข้อมูลรายงาน ITA"],
    ["รายการ", "ข้อมูล"],
    ["ชื่อหน่วยงาน", "กะหรอ"],
    ["ผลแบบวัด IIT (วิเคราะห์ผล)", null],
    ["ข้อค้นพบตัวชี้วัดที่ 1 (วิเคราะห์ผล)", "บุคลากรเห็นว่างานเดินตามขั้นตอน"],
    ["ข้อค้นพบตัวชี้วัดที่ 8 (วิเคราะห์ผล)", null],
  ]);

  it("has a field for each indicator's row, after the instruments' texts, and saves an edit into that row", () => {
    const before = settingsFormOf(sheet);
    expect(
      Object.entries(before.values).filter(([k]) => k.includes(":") && !k.startsWith("title:")),
    ).toEqual([
      ["analysis:IIT", ""],
      ["finding:1", "บุคลากรเห็นว่างานเดินตามขั้นตอน"],
      ["finding:8", ""],
    ]);
    // The findings come last but for the reports' titles, which follow every other row (as the sheet builder writes them).
    expect(
      formKeys(before)
        .filter((k) => !k.startsWith("title:"))
        .slice(-2),
    ).toEqual(["finding:1", "finding:8"]);
    const after = edit(before, { values: { "finding:8": "ผู้รับบริการยังไม่เห็นการปรับขั้นตอน" } });
    expect(settingsCellWrites(sheet, before, after)).toEqual({
      writes: [{ row: 6, column: 2, text: "ผู้รับบริการยังไม่เห็นการปรับขั้นตอน" }],
      notFound: [],
      saved: [{ label: "ข้อค้นพบตัวชี้วัดที่ 8 (วิเคราะห์ผล)", cells: ["B6"] }],
    });
  });

  it("saves into the row the reader reads when its label was typed in Thai digits or other spacing", () => {
    const typed = grid([
      ["ชื่อหน่วยงาน", "กะหรอ"],
      ["ข้อค้นพบตัวชี้วัดที่ ๘ (วิเคราะห์ผล)", "เดิม"],
      ["ข้อค้นพบตัวชี้วัดที่10(วิเคราะห์ผล)", null],
      ["ข้อค้นพบตัวชี้วัดที่ 8 (วิเคราะห์ผล)", "แถวที่สอง ผู้อ่านไม่อ่าน"],
    ]);
    const before = settingsFormOf(typed);
    expect(before.values["finding:8"]).toBe("เดิม");
    const after = edit(before, { values: { "finding:8": "ใหม่", "finding:10": "สิบ" } });
    const { writes, notFound } = settingsCellWrites(typed, before, after);
    expect(notFound).toEqual([]);
    expect(writes).toEqual([
      { row: 2, column: 2, text: "ใหม่" },
      { row: 3, column: 2, text: "สิบ" },
    ]);
    // The reader reads what was saved, from the same rows.
    const saved = typed.map((r, i) => {
      const w = writes.find((x) => x.row === i + 1);
      return w && "text" in w ? [r[0]!, w.text] : r;
    });
    expect(readSettings(saved, new IssueCollector()).findings).toEqual(
      new Map([
        [8, "ใหม่"],
        [10, "สิบ"],
      ]),
    );
  });
});

describe("the reports' titles in the form", () => {
  const sheet = grid([
    ["ข้อมูลรายงาน ITA"],
    ["รายการ", "ข้อมูล"],
    ["ชื่อหน่วยงาน", "กะหรอ"],
    ["ชื่อเรื่อง [plan] แผนนำผลการวิเคราะห์ไปสู่การปฏิบัติ", "การนำผลการประเมินไปดำเนินการปรับปรุงและพัฒนา"],
  ]);

  it("has a field for each titled report of the registry, read from its row where the sheet has one, and saves an edit into that row", () => {
    const before = settingsFormOf(sheet);
    const titles = Object.entries(before.values).filter(([k]) => k.startsWith("title:"));
    expect(titles.map(([k]) => k)).toEqual([
      "title:analysis",
      "title:plan",
      "title:progress",
      "title:progress-cover",
      "title:year-end",
      "title:year-end-cover",
      "title:score-comparison",
    ]);
    expect(before.values["title:plan"]).toBe("การนำผลการประเมินไปดำเนินการปรับปรุงและพัฒนา");
    const after = edit(before, {
      values: { "title:plan": "แผนของเทศบาล", "title:progress": "รายงานผลของเทศบาล" },
    });
    expect(settingsCellWrites(sheet, before, after)).toEqual({
      writes: [{ row: 4, column: 2, text: "แผนของเทศบาล" }],
      notFound: ["ชื่อเรื่อง [progress] รายงานผลตามมาตรการ (รอบ 6 เดือน)"],
      saved: [{ label: "ชื่อเรื่อง [plan] แผนนำผลการวิเคราะห์ไปสู่การปฏิบัติ", cells: ["B4"] }],
    });
  });
});

describe("a title of a kind no report has, in the form", () => {
  it("is warned of at its field, and a known kind's title is not", () => {
    const form = settingsFormOf(
      grid([
        ["ข้อมูลรายงาน ITA"],
        ["รายการ", "ข้อมูล"],
        ["ชื่อเรื่อง [plan] แผนนำผลการวิเคราะห์ไปสู่การปฏิบัติ", "แผนของเทศบาล"],
        ["ชื่อเรื่อง [plann] แผน", "พิมพ์ชนิดผิด"],
      ]),
    );
    const problems = settingsFormProblems(form);
    expect(problems["title:plann"]?.severity).toBe("warning");
    expect(problems["title:plann"]?.text).toContain('"plann"');
    expect(problems["title:plan"]).toBeUndefined();
  });
});
