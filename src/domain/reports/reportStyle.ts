import type { ReportFont } from "../model/reportInput";
import type { CellStyle, PrintRequest } from "../sheet/sheetSpec";
import type { DigitStyle } from "../thai/digits";

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
    title: {
      font: { bold: true, size: font.size + 4 },
      horizontal: "center",
      vertical: "middle",
      wrap: true,
    },
    subtitle: {
      font: { bold: true, size: font.size },
      horizontal: "center",
      vertical: "middle",
      wrap: true,
    },
    tableHeader: {
      font: { bold: true },
      fill: HEADER_FILL,
      horizontal: "center",
      vertical: "middle",
      wrap: true,
      border: grid,
    },
    // Left-aligned with one indent level (about 10 px): text never touches the cell's left border
    // (LibreOffice indents left- or right-aligned text only, not the general alignment).
    body: { horizontal: "left", vertical: "top", wrap: true, indent: 1, border: grid },
    bodyCentered: { vertical: "top", horizontal: "center", wrap: true, border: grid },
    totalRow: {
      font: { bold: true },
      fill: TOTAL_FILL,
      horizontal: "left",
      vertical: "middle",
      wrap: true,
      indent: 1,
      border: grid,
    },
  };
}

/**
 * A4 with the official margins (left 3 cm, right 2 cm), each document numbered on its own at the
 * bottom centre ("หน้า ๑ จาก ๓", in the report's digits where the PDF step stamps it); the sheet
 * builder scales it to one page wide. Tables print landscape; the memo prints portrait
 * (memoPrint).
 */
export function a4Print(
  orientation: PrintRequest["orientation"],
  digits: DigitStyle,
  repeatRows?: { first: number; last: number },
): PrintRequest {
  return {
    ...a4Page(orientation, digits, repeatRows),
    footer: { center: "หน้า {page} จาก {pages}" },
  };
}

function a4Page(
  orientation: PrintRequest["orientation"],
  digits: DigitStyle,
  repeatRows?: { first: number; last: number },
): PrintRequest {
  return {
    paper: "A4",
    orientation,
    margins: { top: 2, bottom: 2, left: 3, right: 2, header: 0.8, footer: 0.8 },
    centerHorizontally: true,
    // Each document starts at page 1 in Excel too, even printed with the workbook's other sheets.
    firstPageNumber: 1,
    pageNumberDigits: digits,
    ...(repeatRows ? { repeatRows } : {}),
  };
}

/**
 * The memo (บันทึกข้อความ) as the typing rules of ระเบียบงานสารบรรณ number it: nothing on the
 * first page, "- ๒ -" at the top centre from the second page on.
 */
export function memoPrint(digits: DigitStyle): PrintRequest {
  return { ...a4Page("portrait", digits), header: { center: "- {page} -" }, bareFirstPage: true };
}
