import { SETTING_ORDER } from "../../src/domain/input/inputLayout";
import type { SettingKey } from "../../src/domain/input/settingsLabels";
import type { SettingsForm } from "../../src/app/settingsForm";
import type { ReadResult } from "../../src/domain/input/readInputWorkbook";
import type { TaskpaneServices, WorkbookFile } from "../../src/taskpane/services";
import type { ScoreCell, ScoresForm } from "../../src/app/scoresForm";
import { latestFramework } from "../../src/domain/framework/frameworkSet";
import type { IndicatorNumber } from "../../src/domain/framework/indicators";
import { MEASURE_COLUMNS } from "../../src/domain/input/measuresLayout";
import type { MeasureField } from "../../src/domain/model/measure";
import { loadFixture } from "../helpers/fixtures";
import { readScoresForm } from "../../src/app/scoresForm";
import { readSettingsForm } from "../../src/app/settingsForm";
import { readInputWorkbook } from "../../src/domain/input/readInputWorkbook";
import type { CellGrid } from "../../src/domain/sheet/cellInput";
import type { SheetSpec } from "../../src/domain/sheet/sheetSpec";

/** A Settings sheet form with every field blank except those given. */
export function settingsForm(
  values: Partial<Record<SettingKey, string>> = {},
  extra: Partial<SettingsForm> = {},
): SettingsForm {
  const all = Object.fromEntries(SETTING_ORDER.map((k) => [k, values[k] ?? ""])) as Record<
    SettingKey,
    string
  >;
  return {
    values: all,
    missing: [],
    signatories: [],
    rows: { settings: {}, signatoryHeader: null },
    ...extra,
  };
}

/** What reading a fixture's workbook gives: its input (measures in rows 3, 4, … of the sheet) and no issues. */
export function readOf(fixture: string, issues: ReadResult["issues"] = []): ReadResult {
  const input = loadFixture(fixture);
  const columns = Object.fromEntries(MEASURE_COLUMNS.map((c, i) => [c.field, i + 1])) as Record<
    MeasureField,
    number
  >;
  const measures = input.measures.map((m, i) => ({
    ...m,
    origin: { kind: "sheet" as const, sheet: "มาตรการ", row: 3 + i, columns },
  }));
  return { input: { ...input, measures }, issues };
}

/**
 * Host services for component tests: an Excel-like host whose workbook holds seed 001, every
 * call a jest mock; `overrides` replace any of them (or add the optional ones).
 */
export function fakeServices(overrides: Partial<TaskpaneServices> = {}): TaskpaneServices {
  return {
    capabilityNotes: [],
    detectInputSheets: jest.fn(async () => ({
      present: ["ข้อมูลรายงาน", "คะแนน ITA", "มาตรการ"],
      missing: [],
    })),
    createInputSheets: jest.fn(async () => ({
      written: [],
      kept: ["ข้อมูลรายงาน", "คะแนน ITA", "มาตรการ"],
      skipped: [],
    })),
    createFrameworkSheet: jest.fn(async () => ({ written: ["เกณฑ์ ITA"], kept: [], skipped: [] })),
    readSettings: jest.fn(async () => settingsForm({ orgName: "ตัวอย่างหนึ่ง", fiscalYear: "2567" })),
    saveSettings: jest.fn(async () => ({
      cells: ["B4"],
      notFound: [],
      saved: [{ label: "อำเภอ", cells: ["B4"] }],
    })),
    validate: jest.fn(async () => readOf("seed001")),
    readScores: jest.fn(async () => scoresFormOfFixture("seed001")),
    saveScores: jest.fn(async (edits) => edits.map((e) => e.cell)),
    addScoreRows: jest.fn(async () => ({ indicators: [], official: [] })),
    appendMeasures: jest.fn(async () => 13),
    addMeasure: jest.fn(async () => 13),
    saveMeasure: jest.fn(async () => []),
    moveMeasure: jest.fn(async () => undefined),
    deleteMeasure: jest.fn(async () => undefined),
    buildReports: jest.fn(async () => ({ ok: false as const, issues: [] })),
    ...overrides,
  };
}

/** The standalone page's file, every call a jest mock; `name` is the open file's name. */
export function fakeFile(
  overrides: Partial<WorkbookFile> = {},
  name: string | null = null,
): WorkbookFile {
  let fileName = name;
  return {
    fileName: () => fileName,
    open: jest.fn(async (_data: ArrayBuffer, opened: string) => void (fileName = opened)),
    createNew: jest.fn(async () => void (fileName = "สมุดงาน ITA.xlsx")),
    download: jest.fn(async () => "x.xlsx"),
    status: () => ({ unsaved: false, keeping: false, keepError: null }),
    onStatus: () => () => undefined,
    kept: jest.fn(async () => null),
    restoreKept: jest.fn(async () => undefined),
    discardKept: jest.fn(async () => undefined),
    ...overrides,
  };
}

/** The Scores sheet form of a fixture's workbook, laid out as the input sheets are (years in D2:E2, indicators from row 4). */
export function scoresFormOfFixture(fixture: string): ScoresForm {
  const input = loadFixture(fixture);
  const years = [...input.scores.keys()].slice(-2);
  const text = (year: number | undefined, n: number) => {
    const h = year === undefined ? undefined : input.scores.get(year)?.get(n as IndicatorNumber);
    return h === undefined ? "" : String(h / 100);
  };
  const cells = (row: number, f: (i: 0 | 1) => string) =>
    [0, 1].map((i) => ({ cell: `${"DE"[i]}${row}`, text: f(i as 0 | 1) })) as [
      ScoreCell,
      ScoreCell,
    ];
  return {
    years: cells(2, (i) => String(years[i] ?? "")),
    indicators: latestFramework()
      .indicators.map((i) => i.number)
      .map((n, k) => ({ number: n, scores: cells(4 + k, (i) => text(years[i], n)) })),
    official: ["ITA", "IIT", "EIT", "OIT"].map((label, k) => ({
      label,
      scores: cells(17 + k, () => ""),
    })),
    framework: latestFramework(),
    unplaced: { indicators: [], official: [] },
    lastRows: { indicators: 13, official: 20 },
  };
}

/**
 * Host services over these sheets as a workbook would hold them: the input, the Scores form and
 * the Settings form are read by the real readers (framework sheet included), every other call
 * as fakeServices.
 */
export function servicesOfSheets(
  sheets: readonly SheetSpec[],
  overrides: Partial<TaskpaneServices> = {},
): TaskpaneServices {
  const grids = new Map(sheets.map((s) => [s.name, s.rows as CellGrid]));
  const reader = {
    readSheets: async (names: readonly string[]) =>
      new Map(names.flatMap((n) => (grids.has(n) ? [[n, grids.get(n)!] as const] : []))),
  };
  return fakeServices({
    validate: jest.fn(async () => readInputWorkbook(grids)),
    readScores: jest.fn(() => readScoresForm(reader)),
    readSettings: jest.fn(() => readSettingsForm(reader)),
    ...overrides,
  });
}
