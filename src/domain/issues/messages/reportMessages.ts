import { withParams } from "./issueEntry";

/** Messages of the report builders: a sheet that cannot be built, or breaks Excel's limits. */
export const REPORT_MESSAGES = {
  "report-cannot-build": withParams<{ readonly unknown: string; readonly kinds: string } | { readonly sheet: string; readonly reason: string }>(
    "a report that cannot be built from the input, or an unknown report kind",
    (p) => ("unknown" in p ? `ไม่รู้จักรายงาน "${p.unknown}" เลือกได้จาก ${p.kinds}` : `สร้างชีต "${p.sheet}" ไม่ได้: ${p.reason}`),
  ),
  "sheet-limit": withParams<{ readonly problem: string }>("a report sheet over one of Excel's limits", (p) => p.problem),
} as const;
