import { SETTING_ORDER } from "../../src/domain/input/inputLayout";
import type { SettingKey } from "../../src/domain/input/settingsLabels";
import type { SettingsForm } from "../../src/app/settingsForm";
import type { ReadResult } from "../../src/domain/input/readInputWorkbook";
import type { TaskpaneServices } from "../../src/taskpane/services";
import { loadFixture } from "../helpers/fixtures";

/** A Settings sheet form with every field blank except those given. */
export function settingsForm(values: Partial<Record<SettingKey, string>> = {}, extra: Partial<SettingsForm> = {}): SettingsForm {
  const all = Object.fromEntries(SETTING_ORDER.map((k) => [k, values[k] ?? ""])) as Record<SettingKey, string>;
  return { values: all, missing: [], signatories: [], ...extra };
}

/** What reading a fixture's workbook gives: its input and no issues. */
export function readOf(fixture: string, issues: ReadResult["issues"] = []): ReadResult {
  return { input: loadFixture(fixture), issues };
}

/**
 * Host services for component tests: an Excel-like host whose workbook holds seed 001, every
 * call a jest mock; `overrides` replace any of them (or add the optional ones).
 */
export function fakeServices(overrides: Partial<TaskpaneServices> = {}): TaskpaneServices {
  return {
    capabilityNotes: [],
    detectInputSheets: jest.fn(async () => ({ present: ["ข้อมูลรายงาน", "คะแนน ITA", "มาตรการ"], missing: [] })),
    createInputSheets: jest.fn(async () => ({ written: [], kept: ["ข้อมูลรายงาน", "คะแนน ITA", "มาตรการ"], skipped: [] })),
    readSettings: jest.fn(async () => settingsForm({ orgName: "ตัวอย่างหนึ่ง", fiscalYear: "2567" })),
    saveSettings: jest.fn(async () => ({ cells: ["B4"], notFound: [] })),
    validate: jest.fn(async () => readOf("seed001")),
    appendMeasures: jest.fn(async () => 13),
    buildReports: jest.fn(async () => ({ ok: false as const, issues: [] })),
    ...overrides,
  };
}
