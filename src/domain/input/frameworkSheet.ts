import type { ItaFramework } from "../framework/itaFramework";
import { DEFAULT_FONT } from "../model/reportInput";
import { fromHundredths } from "../numbers/hundredths";
import { cellRange } from "../sheet/cellRange";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { CellValue, SheetSpec } from "../sheet/sheetSpec";
import {
  ALIAS_SEPARATOR,
  FORMULA_LABELS,
  FRAMEWORK_FIELDS,
  FRAMEWORK_SHEET,
  FRAMEWORK_TABLES,
  OIT_ROLE_LABELS,
  STATUS_LABELS,
  type FrameworkFieldKey,
  type FrameworkTableKey,
} from "./frameworkLayout";

const INPUT_FONT = { name: DEFAULT_FONT.name, size: 16 };
const INPUT_FILL = "#FFF2CC";
const HEADER = {
  font: { bold: true },
  fill: "#DDEBF7",
  border: { line: "thin", where: "grid" },
  wrap: true,
} as const;
/** Empty rows left under each table for items the next year adds. */
const SPARE_ROWS = 2;

/**
 * The framework sheet holding one year's record, as the user edits it: the fields, then the
 * instruments, indicators, levels and OIT items, each table with a few spare rows.
 */
export function buildFrameworkSheet(record: ItaFramework): SheetSpec {
  const b = new SheetBuilder({
    name: FRAMEWORK_SHEET,
    role: "input",
    defaultFont: INPUT_FONT,
    columns: [{ width: 30 }, { width: 48 }, { width: 22 }, { width: 34 }],
  });
  b.addBanner(
    `เกณฑ์การประเมิน ITA ปี ${record.fiscalYearBE} ที่ใช้คิดคะแนน`,
    { font: { bold: true, size: 20 } },
    34,
  );
  const note = b.addRow([
    "แก้ให้ตรงกับคู่มือการประเมิน ITA ของ ป.ป.ช. ปีนี้ เกณฑ์ในชีตนี้ใช้แทนเกณฑ์ที่โปรแกรมมีอยู่ของปีเดียวกัน และรายงานจะระบุว่าผู้จัดทำกำหนดเกณฑ์เอง ลบชีตนี้ถ้าจะใช้เกณฑ์ของโปรแกรม",
  ]);
  b.merge(cellRange(note, 1, note, 4)).style(b.wholeRow(note), {
    wrap: true,
    font: { italic: true },
  });
  b.addRow();

  const values: Record<FrameworkFieldKey, CellValue> = {
    fiscalYearBE: record.fiscalYearBE,
    status: record.status === "verified" ? STATUS_LABELS.verified : STATUS_LABELS.provisional,
    source: record.source || null,
    overallFormula: FORMULA_LABELS[record.overallFormula],
    passMark: fromHundredths(record.passMark),
    strengthThreshold: fromHundredths(record.strengthThreshold),
  };
  const firstField = b.nextRow;
  for (const { key, label } of FRAMEWORK_FIELDS) {
    const row = b.addRow([label, values[key]]);
    if (key === "status") b.addValidation(choices(row, Object.values(STATUS_LABELS)));
    if (key === "overallFormula") b.addValidation(choices(row, Object.values(FORMULA_LABELS)));
    if (key === "source") b.style(cellRange(row, 2), { wrap: true });
  }
  b.style(cellRange(firstField, 1, b.nextRow - 1, 2), { border: { line: "thin", where: "grid" } });
  b.style(cellRange(firstField, 2, b.nextRow - 1, 2), { fill: INPUT_FILL, horizontal: "left" });

  const aliases = (list: readonly string[]) =>
    list.length > 0 ? list.join(`${ALIAS_SEPARATOR} `) : null;
  table(
    b,
    "instruments",
    record.instruments.map((i) => [i.code, i.name, i.weightPercent]),
  );
  table(
    b,
    "indicators",
    record.indicators.map((i) => [i.number, i.name, i.instrument, aliases(i.aliases)]),
  );
  table(
    b,
    "levels",
    record.levelScheme.bands.map((l) => [
      l.level,
      fromHundredths(l.minOverall),
      l.minEachInstrument === undefined ? null : fromHundredths(l.minEachInstrument),
      aliases(l.aliases),
    ]),
  );
  const roles = Object.values(OIT_ROLE_LABELS);
  const oit = table(
    b,
    "oitItems",
    (record.oitItems ?? []).map((o) => [
      OIT_ROLE_LABELS[o.role],
      o.code,
      o.title,
      o.coversFiscalYearBE,
    ]),
  );
  b.addValidation({ ...choices(oit.first, roles), range: cellRange(oit.first, 1, oit.last, 1) });
  return b.build({});
}

/** A table: heading, header row, the items and spare rows, the item cells filled as input. */
function table(
  b: SheetBuilder,
  key: FrameworkTableKey,
  rows: readonly CellValue[][],
): { first: number; last: number } {
  const { heading, columns } = FRAMEWORK_TABLES[key];
  b.addRow();
  const h = b.addRow([heading]);
  b.style(b.wholeRow(h), { font: { bold: true } });
  const header = b.addRow([...columns]);
  b.style(cellRange(header, 1, header, columns.length), { ...HEADER, horizontal: "center" });
  const first = b.nextRow;
  for (const row of rows) b.addRow(row);
  for (let i = 0; i < SPARE_ROWS; i++) b.addRow();
  const last = b.nextRow - 1;
  b.style(cellRange(first, 1, last, columns.length), {
    border: { line: "thin", where: "grid" },
    fill: INPUT_FILL,
    wrap: true,
    vertical: "top",
  });
  return { first, last };
}

const choices = (row: number, items: readonly string[]) => ({
  range: cellRange(row, 2),
  source: { items },
  allowBlank: false,
  prompt: `เลือก ${items.join(" หรือ ")}`,
  errorMessage: `เลือกจากรายการ: ${items.join(", ")}`,
});

/**
 * What `init --with-framework` starts the sheet from: the latest frame the program knows, for
 * the year after it, provisional, with no OIT items (not known until the manual says).
 */
export function nextYearDraft(latest: ItaFramework): ItaFramework {
  const year = latest.fiscalYearBE + 1;
  return {
    ...latest,
    fiscalYearBE: year,
    status: "provisional",
    origin: "supplied",
    basedOn: null,
    source: `คัดลอกจากเกณฑ์ปี ${latest.fiscalYearBE} ยังไม่ได้แก้ตามคู่มือการประเมิน ITA ปี ${year}`,
    oitItems: null,
  };
}
