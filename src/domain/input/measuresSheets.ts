import { indicatorNumbersText } from "../framework/frameworkText";
import type { ItaFramework } from "../framework/itaFramework";
import { cellRange } from "../sheet/cellRange";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { CellValue, SheetSpec } from "../sheet/sheetSpec";
import { TEXT_FORMAT } from "../sheet/numberFormats";
import { itemsWithin, MAX_VALIDATION_PROMPT_LENGTH } from "../sheet/sheetLimits";
import {
  DEFAULT_UNITS,
  LISTS_SHEET,
  MEASURE_COLUMNS,
  MEASURES_HEADER_ROW,
  MEASURES_SHEET,
} from "./measuresLayout";
import { MEASURE_STATUSES, type Measure, type MeasureField } from "../model/measure";

/** Rows of the Measures sheet that get dropdowns and borders ahead of use. */
export const MEASURE_ROWS_PREPARED = 300;
const HEADER = {
  font: { bold: true },
  fill: "#DDEBF7",
  border: { line: "thin", where: "grid" },
  wrap: true,
  horizontal: "center",
  vertical: "middle",
} as const;

const columnOf = (field: MeasureField) => MEASURE_COLUMNS.findIndex((c) => c.field === field) + 1;
/** The items of one column of the lists sheet, under its heading row. */
const listSource = (column: number, count: number) => ({
  sheet: LISTS_SHEET,
  range: cellRange(2, column, count + 1, column),
});

/** The cells of one measure row, in the sheet's column order. */
export function measureRowValues(m: Omit<Measure, "origin">): CellValue[] {
  return MEASURE_COLUMNS.map((c) => (c.field === "indicator" ? m.indicator : m[c.field] || null));
}

/**
 * The Measures sheet (มาตรการ): one row per measure, dropdowns for indicator, unit and status
 * whose lists live on the hidden lists sheet.
 */
export function buildMeasuresSheet(
  framework: ItaFramework,
  measures: readonly Omit<Measure, "origin">[] = [],
): SheetSpec {
  const b = new SheetBuilder({
    name: MEASURES_SHEET,
    role: "input",
    defaultFont: { name: "TH SarabunPSK", size: 16 },
    columns: MEASURE_COLUMNS.map((c) => ({ width: c.width })),
  });
  b.addBanner(
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใส และผลการดำเนินการ (หนึ่งแถวต่อหนึ่งมาตรการ)",
    { font: { bold: true, size: 18 } },
    30,
  );
  const header = b.addRow(MEASURE_COLUMNS.map((c) => c.header));
  b.style(b.wholeRow(header), HEADER).setHeight(header, 48);
  for (const m of measures) b.addRow(measureRowValues(m));
  const last = MEASURES_HEADER_ROW + Math.max(MEASURE_ROWS_PREPARED, measures.length);
  const body = cellRange(header + 1, 1, last, MEASURE_COLUMNS.length);
  b.style(body, { border: { line: "thin", where: "grid" }, wrap: true, vertical: "top" });
  b.style(cellRange(header + 1, 2, last, MEASURE_COLUMNS.length), { numberFormat: TEXT_FORMAT });
  b.style(cellRange(header + 1, 1, last, 1), { horizontal: "center" });
  const rows = (field: MeasureField) =>
    cellRange(header + 1, columnOf(field), last, columnOf(field));
  b.addValidation({
    range: rows("indicator"),
    source: listSource(1, framework.indicators.length),
    allowBlank: true,
    errorMessage: `กรุณาเลือกตัวชี้วัดที่ ${indicatorNumbersText(framework)}`,
    prompt: itemsWithin(
      framework.indicators.map((i) => `${i.number} ${i.name}`),
      MAX_VALIDATION_PROMPT_LENGTH,
    ),
  });
  b.addValidation({
    range: rows("unit"),
    source: listSource(3, DEFAULT_UNITS.length),
    allowBlank: true,
    allowOther: true,
  });
  b.addValidation({
    range: rows("status"),
    source: listSource(4, MEASURE_STATUSES.length),
    allowBlank: true,
    errorMessage: `กรุณาเลือก ${MEASURE_STATUSES.join(" / ")}`,
  });
  return b.build({ freeze: { rows: header, columns: 0 } });
}

/** The hidden sheet holding the dropdown lists. */
export function buildListsSheet(framework: ItaFramework): SheetSpec {
  const b = new SheetBuilder({
    name: LISTS_SHEET,
    role: "lists",
    hidden: true,
    defaultFont: { name: "TH SarabunPSK", size: 14 },
    columns: [{ width: 10 }, { width: 32 }, { width: 36 }, { width: 22 }],
  });
  b.addRow(["ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "ผู้รับผิดชอบ", "สถานะ"]);
  const indicators = framework.indicators;
  const count = Math.max(indicators.length, DEFAULT_UNITS.length, MEASURE_STATUSES.length);
  for (let i = 0; i < count; i++) {
    const ind = indicators[i];
    b.addRow([
      ind?.number ?? null,
      ind?.name ?? null,
      DEFAULT_UNITS[i] ?? null,
      MEASURE_STATUSES[i] ?? null,
    ]);
  }
  return b.build();
}
