import { balancedLines } from "./balancedLines";
import { textWidthPoints, wrappedLineCount } from "../sheet/textMetrics";
import { PROGRESS_REPORT_TITLE } from "./progressReport";
import { YEAR_END_REPORT_TITLE } from "./yearEndReport";

/** The cover's title font (16 pt body + 12) and its one column of 86 characters. */
const cover = { size: 28, bold: true } as const;
const column = [86];
const widths = (lines: string[]) => lines.map((l) => textWidthPoints(l, cover));

describe("balancedLines", () => {
  it.each([
    [
      PROGRESS_REPORT_TITLE,
      ["รายงานผลการดำเนินการตามมาตรการส่งเสริม", "คุณธรรมและความโปร่งใสภายในหน่วยงาน"],
    ],
    [YEAR_END_REPORT_TITLE, ["รายงานผลการดำเนินการเพื่อส่งเสริม", "คุณธรรมและความโปร่งใสภายในหน่วยงาน"]],
  ])(
    "sets a cover title too long for a line on two even lines, between words: %s",
    (title, expected) => {
      expect(wrappedLineCount(title, column, cover)).toBe(2);
      const lines = balancedLines(title, column, cover).split("\n");
      expect(lines).toEqual(expected);
      expect(lines.join("")).toBe(title);
      for (const line of lines) expect(wrappedLineCount(line, column, cover)).toBe(1);
      const [a, b] = widths(lines);
      // Even: the lines differ by less than a fifth of the longer one (a greedy wrap leaves 2:1).
      expect(Math.abs(a! - b!)).toBeLessThan(Math.max(a!, b!) / 5);
    },
  );

  it("never splits ความ|โปร่งใส, ดำเนิน|การ or หน่วย|งาน, at any width", () => {
    for (let chars = 20; chars <= 86; chars += 3) {
      const lines = balancedLines(PROGRESS_REPORT_TITLE, [chars], cover).split("\n");
      expect(lines.join("")).toBe(PROGRESS_REPORT_TITLE);
      for (let i = 1; i < lines.length; i++) {
        expect(lines[i - 1]).not.toMatch(/(ความ|ดำเนิน|หน่วย)$/);
        expect(lines[i]).not.toMatch(/^(การ|งาน|โปร่งใส)/);
      }
      expect(lines.some((l) => l.includes("ความโปร่งใส"))).toBe(true);
    }
  });

  it("uses more lines only when fewer cannot hold the words", () => {
    const narrow = [50];
    const greedy = wrappedLineCount(PROGRESS_REPORT_TITLE, narrow, cover);
    expect(greedy).toBe(3);
    const lines = balancedLines(PROGRESS_REPORT_TITLE, narrow, cover).split("\n");
    expect(lines.length).toBe(greedy);
    for (const line of lines) expect(wrappedLineCount(line, narrow, cover)).toBe(1);
  });

  it("leaves a text that fits on one line, or has its own line breaks, as it is", () => {
    expect(balancedLines(PROGRESS_REPORT_TITLE, column, { size: 16 })).toBe(PROGRESS_REPORT_TITLE);
    expect(balancedLines("ปกรายงาน", column, cover)).toBe("ปกรายงาน");
    const own = "รายงานผลการดำเนินการ\nเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานของเทศบาล";
    expect(balancedLines(own, column, cover)).toBe(own);
  });
});
