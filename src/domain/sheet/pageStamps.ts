import type { HeaderFooter, PrintSetup, SheetSpec } from "./sheetSpec";
import { inDigitStyle } from "../thai/digits";

/** One piece of header or footer text as printed on one page of one document. */
export interface PageStamp {
  readonly band: "header" | "footer";
  readonly section: "left" | "center" | "right";
  readonly text: string;
}

const SECTIONS = ["left", "center", "right"] as const;

/**
 * The header and footer texts of page `page` (1-based) of a document of `pages` pages, with
 * `{page}`, `{pages}` and `{sheet}` filled in and the numbers in the sheet's page-number digits:
 * what the PDF step stamps, each document numbered on its own. A bare first page has none; the
 * front-matter pages (a foreword of one page or more) have none and are not counted either: the
 * page after them is page 1.
 *
 * @example
 * pageStamps({ ...memoPrint("thai"), scale: 100, pageBreaks: [] }, "บันทึกข้อความ", 2, 3)
 * //=> [{ band: "header", section: "center", text: "- ๒ -" }]
 */
export function pageStamps(
  print: PrintSetup,
  sheetName: string,
  page: number,
  pages: number,
): PageStamp[] {
  // Front matter (only with a bare first page) is unnumbered and uncounted; the memo's bare page 1 is counted.
  const uncounted = print.bareFirstPage ? Math.max(0, Math.floor(print.frontMatterPages ?? 0)) : 0;
  if (print.bareFirstPage && page <= Math.max(uncounted, 1)) return [];
  const digits = print.pageNumberDigits ?? "arabic";
  const fill = (text: string) =>
    text.replace(/\{page\}|\{pages\}|\{sheet\}/g, (token) =>
      token === "{sheet}"
        ? sheetName
        : inDigitStyle(String((token === "{page}" ? page : pages) - uncounted), digits),
    );
  const stamps: PageStamp[] = [];
  const band = (name: PageStamp["band"], hf: HeaderFooter | undefined) => {
    for (const section of SECTIONS) {
      const text = hf?.[section];
      if (text) stamps.push({ band: name, section, text: fill(text) });
    }
  };
  band("header", print.header);
  band("footer", print.footer);
  return stamps;
}

/**
 * The sheet as it is written for the PDF step: without header and footer, which the PDF step
 * stamps itself (each document numbered on its own, in its digits).
 */
export function withoutHeaderFooter(spec: SheetSpec): SheetSpec {
  if (!spec.print) return spec;
  const print: { -readonly [K in keyof PrintSetup]: PrintSetup[K] } = { ...spec.print };
  delete print.header;
  delete print.footer;
  delete print.bareFirstPage;
  delete print.frontMatterPages;
  return { ...spec, print };
}
