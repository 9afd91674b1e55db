import type { WorkbookReader } from "../app/ports";
import type { CellGrid, CellInput } from "../domain/sheet/cellInput";
import type { WorkbookGrids } from "../domain/input/readInputWorkbook";
import type { ExcelRun } from "./officeReportWriter";

/** Reads the used ranges of named sheets of the open workbook in two round trips. */
export class OfficeWorkbookReader implements WorkbookReader {
  constructor(private readonly run: ExcelRun) {}

  readSheets(names: readonly string[]): Promise<WorkbookGrids> {
    return this.run(async (context) => {
      const sheets = names.map((name) => ({
        name,
        ws: context.workbook.worksheets.getItemOrNullObject(name),
      }));
      await context.sync();
      const present = sheets.filter((s) => !s.ws.isNullObject);
      const ranges = present.map((s) => {
        const used = s.ws.getUsedRangeOrNullObject(true);
        used.load("values,valueTypes,address");
        return { name: s.name, used };
      });
      await context.sync();
      const grids = new Map<string, CellGrid>();
      for (const { name, used } of ranges)
        grids.set(
          name,
          used.isNullObject ? [] : toGrid(used.values, used.valueTypes, used.address),
        );
      return grids;
    });
  }
}

/** The used range may not start at A1: pad so that grid[0][0] is A1. */
function toGrid(
  values: unknown[][],
  types: Excel.RangeValueType[][] | undefined,
  address: string,
): CellGrid {
  const m = /!?\$?([A-Z]+)\$?(\d+)/.exec(address.split("!").pop() ?? "A1");
  const startCol = m ? [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 1;
  const startRow = m ? Number(m[2]) : 1;
  const pad = <T>(n: number, v: T): T[] => new Array<T>(Math.max(n, 0)).fill(v);
  const rows: CellInput[][] = pad(startRow - 1, null).map(() => []);
  values.forEach((row, r) =>
    rows.push([
      ...pad<CellInput>(startCol - 1, null),
      ...row.map((v, c) => toCell(v, types?.[r]?.[c])),
    ]),
  );
  return rows;
}

function toCell(value: unknown, type: Excel.RangeValueType | undefined): CellInput {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return String(value);
}
