import type { IndicatorNumber } from "../framework/indicators";
import { SETTING_LABELS } from "./settingsLabels";
import { parseRange } from "../sheet/a1";
import type { CellGrid, CellInput } from "../sheet/cellInput";
import {
  OFFICIAL_HEADING,
  SCORES_HEADERS,
  SCORES_SHEET,
  SETTINGS_SHEET,
  SIGNATORY_HEADERS,
  SIGNATORY_HEADING,
  YEAR_ROW_LABEL,
} from "./inputLayout";
import { INPUT_SHEETS, readInputWorkbook, type WorkbookGrids } from "./readInputWorkbook";
import type { ValidationIssue } from "../issues/validationIssue";
import { DEFAULT_LAYOUT } from "../model/reportLayout";
import { buildInputSheets } from "./inputSheets";
import { MEASURES_SHEET } from "./measuresLayout";
import { measureWith, reportInputWith, scoresOf } from "../testing/builders";

type Grid = CellInput[][];

/**
 * The Settings sheet, filled in for seed 001. Values sit in column B:
 * B2 kind, B3 name, B4 district, B5 province, B6 fiscal year, B7 round, B8 report date,
 * B9 digit style, B10 font, B11 font size; signatories from row 14.
 */
function settingsGrid(): Grid {
  return [
    ["ข้อมูลรายงาน ITA"],
    [SETTING_LABELS.orgKind, "เทศบาลตำบล"],
    [SETTING_LABELS.orgName, "ตัวอย่างหนึ่ง"],
    [SETTING_LABELS.district, "เมือง"],
    [SETTING_LABELS.province, "จันทบุรี"],
    [SETTING_LABELS.fiscalYear, 2567],
    [SETTING_LABELS.round, "รอบ 12 เดือน"],
    [SETTING_LABELS.reportDate, "30 กันยายน 2567"],
    [SETTING_LABELS.digitStyle, "เลขไทย"],
    [SETTING_LABELS.fontName, "TH SarabunPSK"],
    [SETTING_LABELS.fontSize, 16],
    [],
    [SIGNATORY_HEADING],
    [...SIGNATORY_HEADERS],
    ["ผู้รายงาน", "นางสาวตัวอย่าง ใจดี", "นักวิเคราะห์นโยบายและแผน"],
    ["ทราบ", "นายสมมุติ รักษ์ถิ่น", "นายกเทศมนตรีตำบลตัวอย่างหนึ่ง"],
  ];
}

const NAMES = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงระบบการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];
const INSTRUMENT = ["IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"];
const SEED001_2566 = [100, 100, 100, 98.28, 100, 96.3, 97.82, 97.63, 98, 100];
const SEED001_2567 = [100, 98.43, 99.61, 99.8, 100, 99.65, 99.84, 81.72, 87.14, 100];

/**
 * The Scores sheet of seed 001: years in D2 (2566) and E2 (2567), headers on row 3, indicator n
 * on row n + 3 (scores D4:E13), a blank row 14, then the official totals: ITA on row 16,
 * IIT 17, EIT 18, OIT 19.
 */
function scoresGrid(): Grid {
  return [
    ["คะแนน ITA"],
    [YEAR_ROW_LABEL, null, null, 2566, 2567],
    [...SCORES_HEADERS],
    ...NAMES.map((name, i): CellInput[] => [
      i + 1,
      name,
      INSTRUMENT[i],
      SEED001_2566[i],
      SEED001_2567[i],
    ]),
    [],
    [OFFICIAL_HEADING],
    ["ITA", null, null, 98.67, 95.42],
    ["IIT", null, null, null, null],
    ["EIT", null, null, null, null],
    ["OIT", null, null, null, null],
  ];
}

/** Sets one cell by its A1 address, growing the grid as needed. */
function put(grid: Grid, a1: string, value: CellInput): Grid {
  const rect = parseRange(a1);
  if (!rect) throw new Error(`bad address ${a1}`);
  while (grid.length < rect.firstRow) grid.push([]);
  const row = grid[rect.firstRow - 1]!;
  while (row.length < rect.firstColumn) row.push(null);
  row[rect.firstColumn - 1] = value;
  return grid;
}

function workbook(
  edits: { settings?: Record<string, CellInput>; scores?: Record<string, CellInput> } = {},
): WorkbookGrids {
  const settings = settingsGrid();
  const scores = scoresGrid();
  for (const [a1, v] of Object.entries(edits.settings ?? {})) put(settings, a1, v);
  for (const [a1, v] of Object.entries(edits.scores ?? {})) put(scores, a1, v);
  return new Map<string, CellGrid>([
    [SETTINGS_SHEET, settings],
    [SCORES_SHEET, scores],
  ]);
}

const only = (issues: readonly ValidationIssue[], code: string) =>
  issues.filter((i) => i.code === code);

describe("readInputWorkbook", () => {
  it("records where it read each value, so the checks after reading name the cells", () => {
    const { places } = readInputWorkbook(workbook());
    expect(places.officialTotal(2566, "overall")).toEqual({ sheet: SCORES_SHEET, cell: "D16" });
    expect(places.officialTotal(2567, "IIT")).toEqual({ sheet: SCORES_SHEET, cell: "E17" });
    expect(places.setting("orgName")).toEqual({ sheet: SETTINGS_SHEET, cell: "B3" });
    expect(places.signatory(1, "position")).toEqual({ sheet: SETTINGS_SHEET, cell: "C16" });
    expect(places.measures).toEqual({ sheet: MEASURES_SHEET });
    // A label the sheet lacks names the sheet.
    expect(places.setting("memoTo")).toEqual({ sheet: SETTINGS_SHEET });
  });

  it("reads the seed 001 workbook without issues", () => {
    const { input, issues } = readInputWorkbook(workbook());
    expect(issues).toEqual([]);
    expect(input).not.toBeNull();
    expect(input!.organization).toEqual({
      kind: "เทศบาลตำบล",
      name: "ตัวอย่างหนึ่ง",
      district: "เมือง",
      province: "จันทบุรี",
    });
    expect(input!.fiscalYearBE).toBe(2567);
    expect(input!.round).toBe("full-year");
    expect(input!.reportDate).toEqual({ yearBE: 2567, month: 9, day: 30 });
    expect(input!.digitStyle).toBe("thai");
    expect(input!.font).toEqual({ name: "TH SarabunPSK", size: 16 });
    expect([...input!.scores.keys()]).toEqual([2566, 2567]);
    expect([...input!.scores.get(2566)!.values()]).toEqual([
      10000, 10000, 10000, 9828, 10000, 9630, 9782, 9763, 9800, 10000,
    ]);
    expect([...input!.scores.get(2567)!.values()]).toEqual([
      10000, 9843, 9961, 9980, 10000, 9965, 9984, 8172, 8714, 10000,
    ]);
    expect(input!.officialTotals).toEqual(
      new Map([
        [2566, { overall: 9867 }],
        [2567, { overall: 9542 }],
      ]),
    );
    expect(input!.measures).toEqual([]);
    expect(input!.signatories).toEqual([
      { role: "ผู้รายงาน", name: "นางสาวตัวอย่าง ใจดี", position: "นักวิเคราะห์นโยบายและแผน" },
      { role: "ทราบ", name: "นายสมมุติ รักษ์ถิ่น", position: "นายกเทศมนตรีตำบลตัวอย่างหนึ่ง" },
    ]);
  });

  describe("cells it can read in other forms", () => {
    it.each<
      [
        string,
        Record<string, CellInput>,
        Record<string, CellInput>,
        (r: ReturnType<typeof readInputWorkbook>) => unknown,
        unknown,
      ]
    >([
      [
        "Thai-digit score ๙๘.๔๓ in E5",
        {},
        { E5: "๙๘.๔๓" },
        (r) => r.input!.scores.get(2567)!.get(2),
        9843,
      ],
      [
        "score as text with spaces in E11",
        {},
        { E11: " 81.72 " },
        (r) => r.input!.scores.get(2567)!.get(8),
        8172,
      ],
      [
        "Thai-digit year ๒๕๖๗ in E2",
        {},
        { E2: "๒๕๖๗" },
        (r) => [...r.input!.scores.keys()],
        [2566, 2567],
      ],
      [
        "year with พ.ศ. in D2",
        {},
        { D2: "พ.ศ. 2566" },
        (r) => [...r.input!.scores.keys()],
        [2566, 2567],
      ],
      [
        "Thai-digit indicator numbers",
        {},
        { A4: "๑", A13: "๑๐" },
        (r) => r.input!.scores.get(2567)!.size,
        10,
      ],
      ["fiscal year as Thai text", { B6: "๒๕๖๗" }, {}, (r) => r.input!.fiscalYearBE, 2567],
      [
        "report date as an Excel serial",
        { B8: 45565 },
        {},
        (r) => r.input!.reportDate,
        { yearBE: 2567, month: 9, day: 30 },
      ],
      [
        "report date abbreviated",
        { B8: "18 ม.ค. 2567" },
        {},
        (r) => r.input!.reportDate,
        { yearBE: 2567, month: 1, day: 18 },
      ],
      ["six-month round", { B7: "รอบ 6 เดือน" }, {}, (r) => r.input!.round, "six-month"],
      ["round without spaces", { B7: "รอบ6เดือน" }, {}, (r) => r.input!.round, "six-month"],
      ["Arabic digits", { B9: "เลขอารบิก" }, {}, (r) => r.input!.digitStyle, "arabic"],
      ["blank report date", { B8: null }, {}, (r) => r.input!.reportDate, null],
      [
        "blank font: the default",
        { B10: "", B11: null },
        {},
        (r) => r.input!.font,
        { name: "TH SarabunPSK", size: 16 },
      ],
      ["font size as text", { B11: "14" }, {}, (r) => r.input!.font.size, 14],
      ["font size in Thai digits", { B11: "๑๖" }, {}, (r) => r.input!.font.size, 16],
      [
        "font size in Thai digits with a half",
        { B11: "๑๕.๕" },
        {},
        (r) => r.input!.font.size,
        15.5,
      ],
      ["font size with a decimal comma", { B11: "15,5" }, {}, (r) => r.input!.font.size, 15.5],
      [
        "an official total per instrument",
        {},
        { D17: 99.66, E17: "99.57" },
        (r) => r.input!.officialTotals.get(2567),
        { overall: 9542, IIT: 9957 },
      ],
      [
        "no earlier year: D blank",
        {},
        Object.fromEntries(
          ["D2", ...NAMES.map((_, i) => `D${i + 4}`), "D16"].map((a) => [a, null]),
        ),
        (r) => [...r.input!.scores.keys()],
        [2567],
      ],
      [
        "years in either order",
        {},
        { D2: 2567, E2: 2566 },
        (r) => [...r.input!.scores.keys()],
        [2566, 2567],
      ],
      [
        "no layout rows (an older workbook): the default layout",
        {},
        {},
        (r) => r.input!.layout,
        DEFAULT_LAYOUT,
      ],
      [
        "layout rows, found by their labels, blanks the default",
        {
          A20: SETTING_LABELS.progressGrouping,
          B20: "ไม่จัดกลุ่ม (เรียงตามแถว)",
          A21: SETTING_LABELS.progressStatus,
          B21: "มี",
          A22: SETTING_LABELS.numbering,
          B22: "ให้โปรแกรมใส่เลข 1. 2. 3.",
          A23: SETTING_LABELS.yearEndGrouping,
          B23: "",
          A24: SETTING_LABELS.planLayout,
          B24: "ตารางมาตรการ 4 คอลัมน์",
        },
        {},
        (r) => r.input!.layout,
        {
          ...DEFAULT_LAYOUT,
          numbering: "auto",
          progress: {
            ...DEFAULT_LAYOUT.progress,
            grouping: "none",
            statusColumn: true,
            cover: false,
          },
          plan: "measures-table",
        },
      ],
    ])("%s", (_what, settings, scores, pick, expected) => {
      const result = readInputWorkbook(workbook({ settings, scores }));
      expect(result.issues).toEqual([]);
      expect(pick(result)).toEqual(expected);
    });
  });

  describe("bad cells become issues naming the sheet and cell", () => {
    it.each<
      [string, "settings" | "scores", string, CellInput, string, "error" | "warning", string]
    >([
      // Scores sheet: indicator scores (2567 in column E, indicator n on row n + 3)
      ["decimal comma", "scores", "E5", "98,43", "score-decimal-comma", "error", "98.43"],
      ["decimal comma in Thai digits", "scores", "E5", "๙๘,๔๓", "score-decimal-comma", "error", ""],
      ["three decimals", "scores", "E11", "81.725", "score-too-many-decimals", "error", "81.725"],
      [
        "three decimals as a number",
        "scores",
        "D7",
        98.284,
        "score-too-many-decimals",
        "error",
        "",
      ],
      ["over 100", "scores", "E4", 100.5, "score-out-of-range", "error", "0–100"],
      ["negative", "scores", "D4", "-1", "score-out-of-range", "error", ""],
      ["text", "scores", "E12", "ไม่มีข้อมูล", "score-not-a-number", "error", "ไม่มีข้อมูล"],
      ["a boolean", "scores", "E6", true, "score-not-a-number", "error", ""],
      ["Excel #N/A", "scores", "E13", { error: "#N/A" }, "score-cell-error", "error", "#N/A"],
      [
        "Excel #DIV/0!",
        "scores",
        "D9",
        { error: "#DIV/0!" },
        "score-cell-error",
        "error",
        "#DIV/0!",
      ],
      // Scores sheet: the year row
      ["Gregorian year", "scores", "E2", 2024, "year-gregorian", "error", "2567"],
      ["Gregorian year as text", "scores", "D2", "2023", "year-gregorian", "error", "2566"],
      [
        "year without a framework",
        "scores",
        "D2",
        2561,
        "year-no-framework",
        "error",
        "เริ่มใช้ปี 2562",
      ],
      [
        "year after the last record",
        "scores",
        "E2",
        2570,
        "year-framework-assumed",
        "warning",
        "จึงใช้เกณฑ์ของปี 2569 (ข้อมูลเบื้องต้น) แทน",
      ],
      ["implausible year", "scores", "E2", 2599, "year-out-of-range", "error", "2550–2580"],
      ["not a year", "scores", "E2", "ปีนี้", "year-not-a-year", "error", "ปีนี้"],
      ["year missing above scores", "scores", "E2", null, "year-empty", "error", ""],
      ["same year twice", "scores", "E2", 2566, "year-duplicate", "error", "2566"],
      // Scores sheet: the indicator column
      ["indicator number 11", "scores", "A13", 11, "indicator-invalid", "error", "11"],
      ["indicator number as text", "scores", "A13", "สิบ", "indicator-invalid", "error", "สิบ"],
      ["indicator listed twice", "scores", "A13", 9, "indicator-duplicate", "error", "แถว 12"],
      [
        "name of another indicator",
        "scores",
        "B11",
        "การเปิดเผยข้อมูล",
        "indicator-name-mismatch",
        "warning",
        "ตัวชี้วัดที่ 9",
      ],
      // Scores sheet: official totals
      [
        "official total with a decimal comma",
        "scores",
        "E16",
        "95,42",
        "score-decimal-comma",
        "error",
        "95.42",
      ],
      ["official total out of range", "scores", "D17", 199.66, "score-out-of-range", "error", ""],
      ["official total not a number", "scores", "E19", "n/a", "score-not-a-number", "error", ""],
      [
        "official total Excel error",
        "scores",
        "E16",
        { error: "#N/A" },
        "score-cell-error",
        "error",
        "#N/A",
      ],
      // Settings sheet
      [
        "blank organisation name",
        "settings",
        "B3",
        null,
        "required-empty",
        "error",
        SETTING_LABELS.orgName,
      ],
      [
        "blank district",
        "settings",
        "B4",
        "  ",
        "required-empty",
        "error",
        SETTING_LABELS.district,
      ],
      ["blank province", "settings", "B5", "", "required-empty", "error", SETTING_LABELS.province],
      [
        "blank organisation kind",
        "settings",
        "B2",
        null,
        "required-empty",
        "error",
        SETTING_LABELS.orgKind,
      ],
      [
        "unknown organisation kind",
        "settings",
        "B2",
        "อบต.",
        "org-kind-unknown",
        "warning",
        "อบต.",
      ],
      ["Gregorian fiscal year", "settings", "B6", 2024, "year-gregorian", "error", "2567"],
      ["fiscal year out of range", "settings", "B6", 2500, "year-out-of-range", "error", ""],
      ["blank fiscal year", "settings", "B6", null, "year-empty", "error", ""],
      [
        "fiscal year Excel error",
        "settings",
        "B6",
        { error: "#REF!" },
        "year-not-a-year",
        "error",
        "",
      ],
      ["unknown round", "settings", "B7", "รายไตรมาส", "choice-invalid", "error", "รอบ 6 เดือน"],
      ["blank round", "settings", "B7", null, "required-empty", "error", SETTING_LABELS.round],
      ["unknown digit style", "settings", "B9", "โรมัน", "choice-invalid", "error", "เลขไทย"],
      ["blank digit style", "settings", "B9", "", "required-empty", "error", ""],
      [
        "unreadable report date",
        "settings",
        "B8",
        "30/09/2567",
        "date-invalid",
        "error",
        "30/09/2567",
      ],
      ["impossible report date", "settings", "B8", "31 กันยายน 2567", "date-invalid", "error", ""],
      ["report date serial out of range", "settings", "B8", 0.5, "date-invalid", "error", ""],
      [
        "report date Excel error",
        "settings",
        "B8",
        { error: "#VALUE!" },
        "date-invalid",
        "error",
        "#VALUE!",
      ],
      ["font size too big", "settings", "B11", 40, "font-size-invalid", "error", "8–36"],
      ["font size too small", "settings", "B11", 7, "font-size-invalid", "error", ""],
      ["font size as words", "settings", "B11", "ใหญ่", "font-size-invalid", "error", ""],
      [
        "font size Excel error",
        "settings",
        "B11",
        { error: "#N/A" },
        "font-size-invalid",
        "error",
        "",
      ],
      [
        "signatory's name an Excel error",
        "settings",
        "B15",
        { error: "#N/A" },
        "cell-error",
        "error",
        "ชื่อ-นามสกุล",
      ],
      [
        "signatory's position a formula with no value",
        "settings",
        "C16",
        { formula: "B3" },
        "formula-no-value",
        "error",
        "=B3",
      ],
      [
        "font size in hexadecimal (Number() reads 16)",
        "settings",
        "B11",
        "0x10",
        "font-size-invalid",
        "error",
        "",
      ],
      [
        "font size with an exponent (Number() reads 16)",
        "settings",
        "B11",
        "1.6e1",
        "font-size-invalid",
        "error",
        "",
      ],
      ["font size with a unit", "settings", "B11", "16 pt", "font-size-invalid", "error", ""],
      [
        "font size in Thai digits, too big",
        "settings",
        "B11",
        "๔๐",
        "font-size-invalid",
        "error",
        "8–36",
      ],
    ])("%s (%s %s)", (_what, which, cell, value, code, severity, mentions) => {
      const { input, issues } = readInputWorkbook(workbook({ [which]: { [cell]: value } }));
      const sheet = which === "settings" ? SETTINGS_SHEET : SCORES_SHEET;
      expect(input).not.toBeNull(); // what can be read still is
      expect(issues).toContainEqual(expect.objectContaining({ code, severity, sheet, cell }));
      const issue = issues.find((i) => i.code === code && i.cell === cell)!;
      expect(issue.message).toContain(cell);
      expect(issue.message).toContain(sheet);
      expect(issue.message).toContain(mentions); // "" when the code says enough
      // Every other issue names a place too, and nothing else went wrong.
      for (const other of issues) expect(other.sheet).toBeDefined();
      // (A bad indicator number also leaves its row's indicator without a row: see below.)
      expect(issues.filter((i) => i.cell !== cell && i.code !== "indicator-missing")).toEqual([]);
    });
  });

  it.each<[string, CellInput]>([
    ["blank", null],
    ["blank text", "  "],
  ])(
    "reads a %s score as no score, with a warning at its cell beside the other scores",
    (_what, value) => {
      const { input, issues } = readInputWorkbook(workbook({ scores: { E8: value } }));
      expect(issues).toEqual([
        expect.objectContaining({
          code: "score-empty",
          severity: "warning",
          sheet: SCORES_SHEET,
          cell: "E8",
        }),
      ]);
      expect(issues[0]!.message).toContain("คะแนนตัวชี้วัดที่ 5 ปี 2567: ยังไม่ได้กรอกคะแนน");
      expect(input!.scores.get(2567)!.has(5)).toBe(false);
      expect(input!.scoresOrigin).toMatchObject({ kind: "sheet", sheet: SCORES_SHEET, yearRow: 2 });
    },
  );

  it("reads a blank score whose instrument's published score is given without a warning (seed 002's indicator 9)", () => {
    const { input, issues } = readInputWorkbook(workbook({ scores: { E12: null, E19: 93.57 } }));
    expect(issues).toEqual([]);
    expect(input!.scores.get(2567)!.has(9)).toBe(false);
    expect(input!.officialTotals.get(2567)).toMatchObject({ OIT: 9357 });
  });

  it("leaves an unreadable score out of that year and keeps the rest", () => {
    const { input } = readInputWorkbook(workbook({ scores: { E11: "81,72" } }));
    const year = input!.scores.get(2567)!;
    expect(year.has(8)).toBe(false);
    expect(year.size).toBe(9);
    expect(input!.scores.get(2566)!.size).toBe(10);
  });

  it("reports every bad cell, not only the first", () => {
    const { issues } = readInputWorkbook(
      workbook({
        scores: { E5: "98,43", E11: "81.725", D13: { error: "#N/A" } },
        settings: { B6: 2024 },
      }),
    );
    expect(issues.map((i) => [i.sheet, i.cell, i.code])).toEqual([
      [SETTINGS_SHEET, "B6", "year-gregorian"],
      [SCORES_SHEET, "D13", "score-cell-error"],
      [SCORES_SHEET, "E5", "score-decimal-comma"],
      [SCORES_SHEET, "E11", "score-too-many-decimals"],
    ]);
  });

  it("falls back to the latest score year when the fiscal year cannot be read", () => {
    const { input } = readInputWorkbook(workbook({ settings: { B6: 2024 } }));
    expect(input!.fiscalYearBE).toBe(2567);
  });

  it("uses the defaults of a setting that cannot be read", () => {
    const { input } = readInputWorkbook(workbook({ settings: { B7: "x", B9: "y", B11: 99 } }));
    expect(input!.round).toBe("six-month");
    expect(input!.digitStyle).toBe("thai");
    expect(input!.font.size).toBe(16);
  });

  describe("missing sheets", () => {
    it.each<[string, string[]]>([
      ["no Settings sheet", [SETTINGS_SHEET]],
      ["no Scores sheet", [SCORES_SHEET]],
      ["an empty workbook", [SETTINGS_SHEET, SCORES_SHEET]],
    ])("%s → no input, one sheet-missing issue per sheet", (_what, missing) => {
      const grids = new Map(workbook());
      for (const name of missing) grids.delete(name);
      const { input, issues } = readInputWorkbook(grids);
      expect(input).toBeNull();
      expect(issues.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual(
        INPUT_SHEETS.filter((s) => missing.includes(s)).map((s) => [
          "sheet-missing",
          "error",
          s,
          undefined,
        ]),
      );
      for (const issue of issues) expect(issue.message).toContain(`ชีต "${issue.sheet}"`);
    });

    it("does not mistake a similarly named sheet for the Scores sheet", () => {
      const grids = new Map(workbook());
      grids.set("คะแนน ไITA", grids.get(SCORES_SHEET)!);
      grids.delete(SCORES_SHEET);
      expect(only(readInputWorkbook(grids).issues, "sheet-missing").map((i) => i.sheet)).toEqual([
        SCORES_SHEET,
      ]);
    });
  });

  describe("rows and structure", () => {
    it.each<[string, (g: { settings: Grid; scores: Grid }) => void, string, string | undefined]>([
      [
        "a settings label removed",
        (g) => put(g.settings, "A4", "อำเภอที่ตั้ง"),
        "setting-missing",
        undefined,
      ],
      [
        "the scores header removed",
        (g) => put(g.scores, "A3", "ลำดับ"),
        "scores-header-missing",
        undefined,
      ],
      ["an indicator row missing", (g) => g.scores.splice(12, 1), "indicator-missing", undefined],
    ])("%s → %s", (_what, edit, code, cell) => {
      const grids = { settings: settingsGrid(), scores: scoresGrid() };
      edit(grids);
      const { issues } = readInputWorkbook(
        new Map<string, CellGrid>([
          [SETTINGS_SHEET, grids.settings],
          [SCORES_SHEET, grids.scores],
        ]),
      );
      const found = only(issues, code);
      expect(found.length).toBeGreaterThan(0);
      for (const issue of found) {
        expect(issue.sheet).toBeDefined();
        expect(issue.cell).toBe(cell);
        expect(issue.message).toContain(`ชีต "${issue.sheet}"`);
      }
    });

    it("reads a Scores sheet with no years and no scores without an issue: the reports that need scores say so", () => {
      const scores = scoresGrid();
      for (let r = 2; r <= 13; r++) for (const c of ["D", "E"]) put(scores, `${c}${r}`, null);
      const { issues, input } = readInputWorkbook(
        new Map<string, CellGrid>([
          [SETTINGS_SHEET, settingsGrid()],
          [SCORES_SHEET, scores],
        ]),
      );
      expect(issues).toEqual([]);
      expect(input!.scores.size).toBe(0);
    });

    it.each([
      [11], // out of range
      ["สิบ"], // not a number
      [9], // a duplicate of row 12
    ])(
      "a bad indicator number %j in A13 leaves indicator 10 without a row in both years",
      (value) => {
        const { issues, input } = readInputWorkbook(workbook({ scores: { A13: value } }));
        expect(only(issues, "indicator-missing")).toEqual([
          expect.objectContaining({
            sheet: SCORES_SHEET,
            message: expect.stringContaining("ตัวชี้วัดที่ 10"),
          }),
          expect.objectContaining({
            sheet: SCORES_SHEET,
            message: expect.stringContaining("ตัวชี้วัดที่ 10"),
          }),
        ]);
        expect(input!.scores.get(2566)!.has(10)).toBe(false);
        expect(input!.scores.get(2567)!.has(10)).toBe(false);
      },
    );

    it("reports a missing indicator row for every year that has scores", () => {
      const scores = scoresGrid();
      scores.splice(12, 1); // drop indicator 10
      const { issues, input } = readInputWorkbook(
        new Map<string, CellGrid>([
          [SETTINGS_SHEET, settingsGrid()],
          [SCORES_SHEET, scores],
        ]),
      );
      expect(only(issues, "indicator-missing")).toHaveLength(2);
      expect(input!.scores.get(2567)!.has(10 as IndicatorNumber)).toBe(false);
    });

    it("names the setting whose row is missing", () => {
      const settings = settingsGrid();
      put(settings, "A6", "ปีงบ");
      const { issues } = readInputWorkbook(
        new Map<string, CellGrid>([
          [SETTINGS_SHEET, settings],
          [SCORES_SHEET, scoresGrid()],
        ]),
      );
      expect(issues).toEqual([
        expect.objectContaining({
          code: "setting-missing",
          sheet: SETTINGS_SHEET,
          message: expect.stringContaining(SETTING_LABELS.fiscalYear),
        }),
      ]);
    });

    it("reads settings rows in any order, with notes between them", () => {
      const settings = settingsGrid();
      const [title, ...rest] = settings;
      const reordered: Grid = [
        title!,
        ["หมายเหตุ: กรอกในคอลัมน์ B"],
        ...rest.slice(0, 10).reverse(),
        ...rest.slice(10),
      ];
      const { input, issues } = readInputWorkbook(
        new Map<string, CellGrid>([
          [SETTINGS_SHEET, reordered],
          [SCORES_SHEET, scoresGrid()],
        ]),
      );
      expect(issues).toEqual([]);
      expect(input!.organization.name).toBe("ตัวอย่างหนึ่ง");
      expect(input!.fiscalYearBE).toBe(2567);
    });

    it("stops the signatories at the first blank row", () => {
      const settings = settingsGrid();
      settings.push([], ["หมายเหตุ", "ไม่ใช่ผู้ลงนาม"]);
      const { input } = readInputWorkbook(
        new Map<string, CellGrid>([
          [SETTINGS_SHEET, settings],
          [SCORES_SHEET, scoresGrid()],
        ]),
      );
      expect(input!.signatories.map((s) => s.role)).toEqual(["ผู้รายงาน", "ทราบ"]);
    });

    it("reads past a signatory whose cells hold Excel errors only, naming each (the pane's form reads the same rows)", () => {
      const settings = settingsGrid();
      settings.splice(15, 0, [{ error: "#REF!" }, { error: "#REF!" }, { error: "#REF!" }]);
      const { input, issues } = readInputWorkbook(
        new Map<string, CellGrid>([
          [SETTINGS_SHEET, settings],
          [SCORES_SHEET, scoresGrid()],
        ]),
      );
      expect(input!.signatories.map((s) => s.role)).toEqual(["ผู้รายงาน", "", "ทราบ"]);
      expect(issues.filter((i) => i.code === "cell-error").map((i) => i.cell)).toEqual([
        "A16",
        "B16",
        "C16",
      ]);
    });

    it("reads a signatory's rank in column E, checked as the other texts, and none in a sheet made before the column", () => {
      const settings = settingsGrid();
      settings[14] = [...settings[14]!, null, " ว่าที่ ร.ต. "];
      settings[15] = [...settings[15]!, "ความเห็น", "ร้อยตรี\u0000"];
      const { input, issues, places } = readInputWorkbook(
        new Map<string, CellGrid>([
          [SETTINGS_SHEET, settings],
          [SCORES_SHEET, scoresGrid()],
        ]),
      );
      expect(input!.signatories[0]).toEqual({
        role: "ผู้รายงาน",
        name: "นางสาวตัวอย่าง ใจดี",
        position: "นักวิเคราะห์นโยบายและแผน",
        rank: "ว่าที่ ร.ต.",
      });
      expect(input!.signatories[1]!.comment).toBe("ความเห็น");
      expect(issues.map((i) => i.cell)).toEqual(["E16"]);
      expect(places.signatory(0, "rank")).toEqual({ sheet: SETTINGS_SHEET, cell: "E15" });
      // A sheet whose header row stops at column D (made before the rank) reads as before.
      const old = settingsGrid();
      old[13] = SIGNATORY_HEADERS.slice(0, 4);
      expect(
        readInputWorkbook(
          new Map<string, CellGrid>([
            [SETTINGS_SHEET, old],
            [SCORES_SHEET, scoresGrid()],
          ]),
        ).input!.signatories.every((p) => !("rank" in p)),
      ).toBe(true);
    });

    it("reads no signatories when their header row is absent", () => {
      const settings = settingsGrid().slice(0, 12);
      const { input, issues } = readInputWorkbook(
        new Map<string, CellGrid>([
          [SETTINGS_SHEET, settings],
          [SCORES_SHEET, scoresGrid()],
        ]),
      );
      expect(issues).toEqual([]);
      expect(input!.signatories).toEqual([]);
    });
  });

  it("reads back the layout, headings and remarks of the input sheets it was built from", () => {
    // Every layout setting away from its default, so each one is seen to round-trip.
    const layout = {
      numbering: "auto",
      progress: {
        grouping: "heading",
        statusColumn: true,
        cover: true,
        signatures: false,
        problems: false,
      },
      yearEnd: { grouping: "none", statusColumn: false, cover: true, signatures: false },
      plan: "measures-table",
      memo: { notes: false },
    } as const;
    const measures = [
      measureWith({ indicator: null, heading: "มาตรการ ก", title: "กิจกรรมหนึ่ง", remark: "ไม่มี" }),
      measureWith({ indicator: 8, heading: "", title: "กิจกรรมสอง" }),
    ];
    const input = reportInputWith({
      scores: scoresOf({ 2567: Array(10).fill(9000) }),
      fiscalYearBE: 2567,
      measures,
      layout,
    });
    const grids = new Map(buildInputSheets(input).map((s) => [s.name, s.rows as CellGrid]));
    const read = readInputWorkbook(grids);
    expect(read.input!.layout).toEqual(layout);
    expect(read.input!.measures.map((m) => [m.indicator, m.heading, m.title, m.remark])).toEqual([
      [null, "มาตรการ ก", "กิจกรรมหนึ่ง", "ไม่มี"],
      [8, "", "กิจกรรมสอง", ""],
    ]);
    expect(grids.has(MEASURES_SHEET)).toBe(true);
  });

  it("says which layout choice it cannot read", () => {
    const { issues } = readInputWorkbook(
      workbook({ settings: { A20: SETTING_LABELS.yearEndGrouping, B20: "ตามหน่วยงาน" } }),
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["choice-invalid", "B20"]]);
    expect(issues[0]!.message).toContain(
      '"ตามหน่วยงาน" ไม่ใช่ตัวเลือกของ "จัดกลุ่มมาตรการ (รายงานผลประจำปี)"',
    );
  });

  it("never changes the grids it reads", () => {
    const grids = workbook({
      scores: { E5: "98,43", E13: { error: "#N/A" } },
      settings: { B6: 2024 },
    });
    const before = JSON.stringify([...grids]);
    const deepFreeze = (v: unknown): void => {
      if (typeof v === "object" && v !== null) {
        Object.freeze(v);
        for (const x of Object.values(v)) deepFreeze(x);
      }
    };
    for (const grid of grids.values()) deepFreeze(grid);
    expect(() => readInputWorkbook(grids)).not.toThrow();
    expect(JSON.stringify([...grids])).toBe(before);
  });
});
