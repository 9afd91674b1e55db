import type { ReportFont } from "../model/reportInput";
import type { CellStyle, PrintRequest } from "../sheet/sheetSpec";

/** The look shared by every report sheet, scaled from the report's body font. */
export interface ReportLook {
  readonly font: ReportFont;
  readonly title: CellStyle;
  readonly subtitle: CellStyle;
  readonly tableHeader: CellStyle;
  readonly body: CellStyle;
  readonly bodyCentered: CellStyle;
  readonly totalRow: CellStyle;
}

/** Tab colour that marks generated report sheets. */
export const REPORT_TAB_COLOR = "#1F4E79";
const HEADER_FILL = "#DDEBF7";
const TOTAL_FILL = "#F2F2F2";

export function reportLook(font: ReportFont): ReportLook {
  const grid = { line: "thin", where: "grid" } as const;
  return {
    font,
    title: { font: { bold: true, size: font.size + 4 }, horizontal: "center", vertical: "middle", wrap: true },
    subtitle: { font: { bold: true, size: font.size }, horizontal: "center", vertical: "middle", wrap: true },
    tableHeader: {
      font: { bold: true },
      fill: HEADER_FILL,
      horizontal: "center",
      vertical: "middle",
      wrap: true,
      border: grid,
    },
    body: { vertical: "top", wrap: true, border: grid },
    bodyCentered: { vertical: "top", horizontal: "center", wrap: true, border: grid },
    totalRow: { font: { bold: true }, fill: TOTAL_FILL, vertical: "middle", wrap: true, border: grid },
  };
}

/**
 * A4 with the official margins (left 3 cm, right 2 cm), page numbers in the footer; the sheet
 * builder scales it to one page wide. Tables print landscape; the memo prints portrait.
 */
export function a4Print(
  orientation: PrintRequest["orientation"],
  repeatRows?: { first: number; last: number },
): PrintRequest {
  return {
    paper: "A4",
    orientation,
    margins: { top: 2, bottom: 2, left: 3, right: 2, header: 0.8, footer: 0.8 },
    centerHorizontally: true,
    footer: { center: "หน้า {page} จาก {pages}" },
    ...(repeatRows ? { repeatRows } : {}),
  };
}
