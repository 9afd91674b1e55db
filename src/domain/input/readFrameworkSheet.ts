import type { ItaFramework } from "../framework/itaFramework";
import { firstFrameworkYear } from "../framework/frameworkSet";
import { readFrameworkRecord } from "../framework/readFrameworkRecord";
import type { IssueCollector, IssuePlace } from "../issues/issueCollector";
import { cellAddress } from "../sheet/a1";
import { cellAt, cellText, isCellError, type CellGrid, type CellInput } from "../sheet/cellInput";
import {
  ALIAS_SEPARATOR,
  FORMULA_LABELS,
  FRAMEWORK_FIELDS,
  FRAMEWORK_SHEET,
  FRAMEWORK_TABLES,
  OIT_ROLE_LABELS,
  STATUS_LABELS,
  type FrameworkTableKey,
} from "./frameworkLayout";

type Raw = Record<string, unknown>;
const labelKey = (text: string) => text.replace(/\s+/g, "");

/**
 * Reads the framework sheet into one year's record, through the reader of every other record
 * (readFrameworkRecord), so the same rules and Thai messages apply; each issue names the cell
 * the value came from. Null when the sheet has any error: a build never uses half a frame.
 */
export function readFrameworkSheet(grid: CellGrid, issues: IssueCollector): ItaFramework | null {
  const errorCount = () => issues.issues.filter((i) => i.severity === "error").length;
  const before = errorCount();
  const places = new Map<string, string>();
  const rowOf = new Map<string, number>();
  grid.forEach((row, i) => {
    const label = labelKey(cellText(row[0]));
    if (label !== "" && !rowOf.has(label)) rowOf.set(label, i + 1);
  });
  const sheetPlace: IssuePlace = { sheet: FRAMEWORK_SHEET };
  const at = (path: string): IssuePlace => {
    // The nearest place known: the cell, else its item's first cell, else its table's heading.
    for (let p = path; p !== "";) {
      const cell = places.get(p);
      if (cell) return { sheet: FRAMEWORK_SHEET, cell };
      const parent = p.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
      if (parent === p) break;
      p = parent;
    }
    return sheetPlace;
  };
  const value = (row: number, column: number, path: string): unknown => {
    places.set(path, cellAddress(row, column));
    return plain(cellAt(grid, row, column));
  };

  const record: Raw = {};
  for (const { key, label } of FRAMEWORK_FIELDS) {
    const row = rowOf.get(labelKey(label));
    if (row === undefined) continue;
    record[key] = value(row, 2, key);
  }
  record.status = translated(record.status, STATUS_LABELS, "status", "สถานะของเกณฑ์");
  record.overallFormula = translated(
    record.overallFormula,
    FORMULA_LABELS,
    "overallFormula",
    "วิธีคิดคะแนนรวม",
  );

  for (const key of Object.keys(FRAMEWORK_TABLES) as FrameworkTableKey[]) {
    const { heading, fields } = FRAMEWORK_TABLES[key];
    const headingRow = rowOf.get(labelKey(heading));
    if (headingRow === undefined) continue;
    places.set(key, cellAddress(headingRow, 1));
    const items: Raw[] = [];
    // Items run from under the header row to the first empty row.
    for (let row = headingRow + 2; row <= grid.length; row++) {
      if (
        fields.every(
          (_, c) =>
            cellText(cellAt(grid, row, c + 1)) === "" && !isCellError(cellAt(grid, row, c + 1)),
        )
      )
        break;
      const path = `${key}[${items.length}]`;
      places.set(path, cellAddress(row, 1));
      const item: Raw = {};
      fields.forEach((field, c) => {
        const v = value(row, c + 1, `${path}.${field}`);
        if (field === "aliases") {
          const names =
            typeof v === "string"
              ? v
                  .split(ALIAS_SEPARATOR)
                  .map((n) => n.trim())
                  .filter((n) => n !== "")
              : v === undefined
                ? []
                : [v];
          names.forEach((_, k) => places.set(`${path}.aliases[${k}]`, cellAddress(row, c + 1)));
          item[field] = names;
        } else if (v !== undefined) item[field] = v;
      });
      if (key === "oitItems")
        item.role = translated(item.role, OIT_ROLE_LABELS, `${path}.role`, "เอกสารที่ข้อ OIT ถาม");
      items.push(item);
    }
    record[key] = items;
  }
  // No OIT items typed: the year's list is not known, as in a record without oitItems.
  if (Array.isArray(record.oitItems) && record.oitItems.length === 0) delete record.oitItems;

  const read = readFrameworkRecord(record, {
    at,
    issues,
    origin: "supplied",
    minYearBE: firstFrameworkYear(),
  });
  return errorCount() > before ? null : read;

  /** A Thai label as the record's code; a code typed as such is taken too; anything else is an error here, in Thai. */
  function translated(
    v: unknown,
    labels: Readonly<Record<string, string>>,
    path: string,
    what: string,
  ): unknown {
    if (v === undefined || v === "") return undefined;
    const text = String(v).trim();
    const found = Object.entries(labels).find(
      ([code, label]) => labelKey(label) === labelKey(text) || code === text,
    );
    if (found) return found[0];
    issues.error("framework-value-invalid", at(path), {
      what,
      value: text,
      expected: `ต้องเป็น ${Object.values(labels)
        .map((l) => `"${l}"`)
        .join(" หรือ ")}`,
    });
    return undefined;
  }
}

/** A cell as plain data for the record reader: text or number; an Excel error as its text. */
function plain(cell: CellInput): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (isCellError(cell)) return cell.error;
  if (typeof cell === "boolean") return String(cell);
  return typeof cell === "string" && cell.trim() === "" ? undefined : cell;
}
