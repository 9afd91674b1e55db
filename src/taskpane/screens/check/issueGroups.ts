import { SHEETS_TO_READ } from "../../../domain/input/readInputWorkbook";
import type { ValidationIssue } from "../../../domain/issues/validationIssue";
import { parseRange } from "../../../domain/sheet/a1";

export interface IssueGroup {
  /** The sheet, or null for issues that concern no sheet (e.g. a report that cannot be built). */
  readonly sheet: string | null;
  readonly errors: number;
  readonly warnings: number;
  /** Errors first, then by row and column. */
  readonly issues: readonly ValidationIssue[];
}

/** Issues grouped by sheet, input sheets in their usual order first, then any other sheet. */
export function groupIssues(issues: readonly ValidationIssue[]): IssueGroup[] {
  const sheets = [...new Set(issues.map((i) => i.sheet ?? null))];
  const rank = (s: string | null) =>
    s === null
      ? Number.MAX_SAFE_INTEGER
      : SHEETS_TO_READ.indexOf(s) >= 0
        ? SHEETS_TO_READ.indexOf(s)
        : SHEETS_TO_READ.length;
  return sheets
    .sort((a, b) => rank(a) - rank(b))
    .map((sheet) => {
      const own = issues.filter((i) => (i.sheet ?? null) === sheet);
      return {
        sheet,
        errors: own.filter((i) => i.severity === "error").length,
        warnings: own.filter((i) => i.severity === "warning").length,
        issues: [...own].sort(byPlace),
      };
    });
}

function byPlace(a: ValidationIssue, b: ValidationIssue): number {
  if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
  const pa = a.cell ? parseRange(a.cell) : null;
  const pb = b.cell ? parseRange(b.cell) : null;
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  return pa.firstRow - pb.firstRow || pa.firstColumn - pb.firstColumn;
}

/** "ข้อผิดพลาด 2 · คำเตือน 1" */
export function countText(errors: number, warnings: number): string {
  return [errors ? `ข้อผิดพลาด ${errors}` : "", warnings ? `คำเตือน ${warnings}` : ""]
    .filter(Boolean)
    .join(" · ");
}
