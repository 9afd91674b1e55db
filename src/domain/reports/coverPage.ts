import type { ReportInput } from "../model/reportInput";
import { organizationFullName, organizationPlace } from "../model/organization";
import { reportTitle } from "../model/reportTexts";
import { SheetBuilder } from "../sheet/sheetBuilder";
import type { SheetSpec } from "../sheet/sheetSpec";
import { digitsOf, roundLine } from "./reportText";
import { a4Print, REPORT_TAB_COLOR } from "./reportStyle";
import { balancedLines } from "./balancedLines";

/** The cover's one column, in Excel character units (a portrait A4 page inside its margins). */
const COVER_COLUMN = 86;

/** What a cover names: the report's title and its sheet, which the cover sheet is named after. */
export interface CoverOf {
  readonly title: string;
  readonly sheet: string;
  /** The round under the fiscal year (the progress report: รอบ 6 เดือน (…)); the year-end report has none. */
  readonly withRound: boolean;
}

/** The kind a cover's own title is keyed by in texts.titles: "progress-cover" for the progress report's cover. */
export const coverTitleKind = (kind: string) => `${kind}-cover`;

/**
 * The title a report's cover prints: the user's title for the cover where they wrote one (seed
 * 000's cover words its title otherwise than its report), else the report's title (the user's or
 * the product's).
 */
export const coverTitle = (input: ReportInput, kind: string, product: string): string =>
  reportTitle(input.texts, coverTitleKind(kind), reportTitle(input.texts, kind, product));

/** The cover sheet's name: "ปก" and the report's sheet, e.g. ปกรายงานผลประจำปี. */
export const coverSheetName = (sheet: string) => `ปก${sheet}`;

/**
 * The cover page of seeds 000 and 001, as a sheet of its own before its report (a page in the
 * same sheet would sit under the report's frozen and repeated header rows): the report's title,
 * the fiscal year, the round under it where the report has one, and the organisation with its place,
 * centred on one portrait A4 page without a page number. Sizes follow the report's font. The title
 * is set on even lines (balancedLines), so no line ends inside a compound (ความ|โปร่งใส).
 */
export function buildCoverSheet(input: ReportInput, of: CoverOf): SheetSpec {
  const d = digitsOf(input);
  const size = input.font.size;
  const b = new SheetBuilder({
    name: coverSheetName(of.sheet),
    role: "report",
    defaultFont: input.font,
    columns: [{ width: COVER_COLUMN }],
    tabColor: REPORT_TAB_COLOR,
  });
  const centred = { horizontal: "center", vertical: "middle", wrap: true } as const;
  const space = (points: number) => b.setHeight(b.addRow(), points);
  space(150);
  // A title longer than a line is set on even lines broken between words, never a full line and a tail.
  const titleFont = { bold: true, size: size + 12 };
  b.addBanner(balancedLines(of.title, [COVER_COLUMN], titleFont), { ...centred, font: titleFont });
  space(24);
  // The fiscal year, then the round under it (seed 000; the report's own heading says them in that order).
  b.addBanner(d(`ประจำปีงบประมาณ พ.ศ. ${input.fiscalYearBE}`), {
    ...centred,
    font: { bold: true, size: size + 8 },
  });
  if (of.withRound) b.addBanner(d(roundLine(input)), { ...centred, font: { size: size + 4 } });
  space(200);
  b.addBanner(d(organizationFullName(input.organization)), {
    ...centred,
    font: { bold: true, size: size + 8 },
  });
  b.addBanner(d(organizationPlace(input.organization)), { ...centred, font: { size: size + 4 } });
  // The reports' A4 setup without the page number in the footer: a cover is not numbered.
  const { paper, orientation, margins, centerHorizontally } = a4Print("portrait", input.digitStyle);
  return b.build({
    print: {
      paper,
      orientation,
      margins,
      ...(centerHorizontally ? { centerHorizontally } : {}),
      onePage: true,
    },
  });
}
