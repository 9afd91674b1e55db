import { textWidthPoints, wrappedLineCount, type TextFont } from "../sheet/textMetrics";

/**
 * A title set on as few lines as its cell allows, with the lines as even as the words permit
 * (a cover's title in two halves rather than a full line and a short tail), broken only between
 * Thai words: Intl.Segmenter finds them, and a break never falls inside a compound the segmenter
 * splits, after a prefix that makes a noun (ความ|โปร่งใส, การ|ใช้) or before a part that ends one
 * (ดำเนิน|การ, หน่วย|งาน). The breaks are written as line breaks, so Excel and LibreOffice both
 * print the lines chosen here. A text that fits on one line, or has no break allowed, is as given.
 */
export function balancedLines(
  text: string,
  columnChars: readonly number[],
  font: TextFont,
): string {
  if (text.includes("\n") || text.length > MAX_LENGTH || typeof Intl.Segmenter !== "function")
    return text;
  if (wrappedLineCount(text, columnChars, font) <= 1) return text;
  const units = breakUnits(text);
  const fits = (line: string) => wrappedLineCount(line, columnChars, font) <= 1;
  for (let lines = 2; lines <= Math.min(units.length, MAX_LINES); lines++) {
    const best = evenest(units, lines, fits, font);
    if (best) return best.join("\n");
  }
  return text;
}

/** Titles are short; a longer text is left to the cell's own wrapping. */
const MAX_LENGTH = 300;
const MAX_LINES = 6;
/** Words after which a line never breaks: prefixes that make a noun of what follows. */
const NO_BREAK_AFTER = new Set(["ความ", "การ"]);
/** Words before which a line never breaks: the second halves of compounds the segmenter splits. */
const NO_BREAK_BEFORE = new Set(["การ", "งาน", "ๆ", "ฯ"]);

const segmenter =
  typeof Intl.Segmenter === "function" ? new Intl.Segmenter("th", { granularity: "word" }) : null;

/** The text cut where a line may break: word boundaries, less the ones inside compounds and before spaces. */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  // A prefix only where it starts a unit: the การ of ดำเนิน|การ ends a word, and a line may break after it.
  let prefix = false;
  for (const { segment } of segmenter!.segment(text)) {
    const word = segment.trim();
    const glued: boolean = units.length > 0 && (word === "" || prefix || NO_BREAK_BEFORE.has(word));
    if (glued) units[units.length - 1] += segment;
    else units.push(segment);
    prefix = !glued && NO_BREAK_AFTER.has(word);
  }
  return units;
}

/** The split of the units into `lines` lines that all fit, with the widest line the narrowest; null if none. */
function evenest(
  units: readonly string[],
  lines: number,
  fits: (line: string) => boolean,
  font: TextFont,
): string[] | null {
  let best: { lines: string[]; widest: number } | null = null;
  const visit = (start: number, left: number, taken: string[], widest: number) => {
    if (left === 1) {
      const line = units.slice(start).join("").trim();
      if (!fits(line)) return;
      const w = Math.max(widest, textWidthPoints(line, font));
      if (!best || w < best.widest) best = { lines: [...taken, line], widest: w };
      return;
    }
    for (let end = start + 1; end <= units.length - left + 1; end++) {
      const line = units.slice(start, end).join("").trim();
      if (!fits(line)) break;
      visit(end, left - 1, [...taken, line], Math.max(widest, textWidthPoints(line, font)));
    }
  };
  visit(0, lines, [], 0);
  return best === null ? null : (best as { lines: string[] }).lines;
}
