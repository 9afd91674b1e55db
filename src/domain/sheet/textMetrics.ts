/**
 * Rough text measurement for Thai report fonts (TH SarabunPSK / TH Sarabun New), used to give
 * rows explicit heights in files written without Excel: LibreOffice does not grow rows that have
 * no stored height, and Excel only autofits them on edit. Errs on the tall side.
 */

/** Thai above/below vowels and tone marks take no horizontal space. */
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

/** Approximate advance of one character in em, for the Sarabun family. */
function advanceEm(ch: string): number {
  if (COMBINING.test(ch)) return 0;
  if (ch === " ") return 0.22;
  if (/[\u0e00-\u0e7f]/.test(ch)) return 0.4;
  if (/[A-Z]/.test(ch)) return 0.55;
  return 0.45;
}

/** Width of a single line of text in points at a font size. */
export function textWidthPoints(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += advanceEm(ch);
  return em * fontSize;
}

/** Points of a column given in Excel character units (Calibri 11 digits, 7 px each). */
export function columnWidthPoints(widthChars: number): number {
  return (widthChars * 7 + 5) * 0.75;
}

/** Line height in points of the Sarabun fonts, whose stacked marks need a tall line. */
export function lineHeightPoints(fontSize: number): number {
  return fontSize * 1.4;
}

/**
 * Lines a text needs in a cell of the given width when wrapped at spaces or, for Thai
 * without spaces, anywhere. Explicit line breaks start new lines.
 */
export function wrappedLineCount(text: string, widthPoints: number, fontSize: number): number {
  const usable = Math.max(widthPoints - 6, fontSize);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let current = 0;
    let count = 1;
    for (const word of paragraph.split(/(?<= )/)) {
      const w = textWidthPoints(word, fontSize);
      if (current + w <= usable) {
        current += w;
      } else if (w <= usable) {
        count += current > 0 ? 1 : 0;
        current = w;
      } else {
        // A long run of Thai (no spaces): it breaks inside, filling lines.
        const total = current + w;
        count += Math.ceil(total / usable) - 1;
        // A run that ends exactly at a line's end leaves that line full, not empty.
        current = total % usable || usable;
      }
    }
    lines += count;
  }
  return lines;
}

/** Height in points of a row whose tallest cell needs `lines` lines. */
export function rowHeightForLines(lines: number, fontSize: number): number {
  return Math.ceil(lines * lineHeightPoints(fontSize) + 3);
}
