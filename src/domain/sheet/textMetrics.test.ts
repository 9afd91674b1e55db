import fc from "fast-check";
import {
  columnWidthPoints,
  lineHeightPoints,
  rowHeightForLines,
  textWidthPoints,
  wrappedLineCount,
} from "./textMetrics";

/** What wrappedLineCount fills a line up to: the cell less its padding, never under one em. */
const usableWidth = (widthPoints: number, fontSize: number) => Math.max(widthPoints - 6, fontSize);

/** Measures texts as they appear in measures tables (from the seed fixtures). */
const REAL_TEXTS = [
  "ประชุมชี้แจงบุคลากรเมื่อวันที่ 18 ม.ค. 2566 มีผู้เข้าร่วม 34 คน",
  "เผยแพร่แผนผังโครงสร้างทั้งฝ่ายบริหารและฝ่ายประจำบนเว็บไซต์",
  "1.1 เผยแพร่แผนผังโครงสร้างทั้งฝ่ายบริหารและฝ่ายประจำบนเว็บไซต์\n1.2 ปรับปรุงคู่มือการปฏิบัติงานของแต่ละงานให้เป็นมาตรฐานเดียวกัน\n1.3 ประชุมชี้แจงบทบาทของแต่ละส่วนงาน",
  "ย้ายเว็บไซต์แล้วเมื่อวันที่ 12 ธ.ค. 2565 และมอบหมายผู้รับผิดชอบครบทุกข้อ",
  "No Gift Policy: ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่",
];

describe("textMetrics", () => {
  describe("textWidthPoints", () => {
    it.each<[string, number, number]>([
      ["", 16, 0],
      ["ก", 10, 4], // Thai consonant 0.4 em
      ["ำ", 10, 4], // sara am takes space: it is not a combining mark
      ["เ", 10, 4],
      [" ", 10, 2.2], // space 0.22 em
      ["A", 10, 5.5], // Latin capital 0.55 em
      ["a", 10, 4.5], // everything else 0.45 em
      ["1", 10, 4.5],
      ["๑", 10, 4], // Thai digit: Thai block
      ["กข", 10, 8],
      ["ก ข", 10, 10.2],
      ["Aa1", 20, 29],
      ["ก", 16, 6.4], // scales with the font size
    ])("%j at %d pt → %d pt", (text, size, expected) => {
      expect(textWidthPoints(text, size)).toBeCloseTo(expected, 9);
    });

    it.each([
      ["\u0e31", "mai han-akat ั"],
      ["\u0e34", "sara i ิ"],
      ["\u0e35", "sara ii ี"],
      ["\u0e36", "sara ue ึ"],
      ["\u0e37", "sara uee ื"],
      ["\u0e38", "sara u ุ"],
      ["\u0e39", "sara uu ู"],
      ["\u0e3a", "phinthu ฺ"],
      ["\u0e47", "maitaikhu ็"],
      ["\u0e48", "mai ek ่"],
      ["\u0e49", "mai tho ้"],
      ["\u0e4a", "mai tri ๊"],
      ["\u0e4b", "mai chattawa ๋"],
      ["\u0e4c", "thanthakhat ์"],
      ["\u0e4d", "nikhahit ํ"],
      ["\u0e4e", "yamakkan ๎"],
    ])("the combining mark %j (%s) has no width", (mark) => {
      expect(textWidthPoints(mark, 16)).toBe(0);
      expect(textWidthPoints(`ก${mark}`, 16)).toBe(textWidthPoints("ก", 16));
    });

    it.each<[string, string]>([
      ["น้ำ", "นำ"], // tone mark above
      ["ที่", "ท"], // vowel and tone mark stacked
      ["กุ้ง", "กง"],
      ["ปฏิบัติ", "ปฏบต"],
      ["ข้อความ", "ขอความ"],
    ])("%j is as wide as %j without its marks", (marked, bare) => {
      expect(textWidthPoints(marked, 16)).toBeCloseTo(textWidthPoints(bare, 16), 9);
    });
  });

  describe("sizes", () => {
    it.each<[number, number]>([
      [0, 3.75],
      [1, 9],
      [10, 56.25],
      [30, 161.25],
    ])("a column %d characters wide is %d pt", (chars, points) => {
      expect(columnWidthPoints(chars)).toBeCloseTo(points, 9);
    });

    it.each<[number, number]>([
      [10, 14],
      [14, 19.6],
      [16, 22.4],
      [20, 28],
    ])("a %d pt line is %d pt tall", (size, points) => {
      expect(lineHeightPoints(size)).toBeCloseTo(points, 9);
    });
  });

  describe("wrappedLineCount", () => {
    it.each<[string, number, number, number, string]>([
      ["", 100, 10, 1, "empty text still takes a line"],
      ["ก", 100, 10, 1, "one letter"],
      ["กกกก กกกก กกกก", 100, 10, 1, "fits on one line"],
      ["กกกก กกกก กกกก", 46, 10, 2, "usable 40: two words, then the third wraps"],
      ["กกกก กกกก กกกก", 26, 10, 3, "usable 20: one word a line"],
      ["กกกก", 0, 10, 2, "no width at all: one em a line (16 pt over 10)"],
      ["ก".repeat(25), 46, 10, 3, "a Thai run with no spaces breaks anywhere: 100 pt over 40"],
      ["กิ".repeat(25), 46, 10, 3, "marks on the run add nothing"],
      [`ก ${"ก".repeat(25)}`, 46, 10, 3, "a long run continues the line before it: 106.2 pt over 40"],
      ["a\nb", 100, 10, 2, "an explicit newline starts a line"],
      ["\n", 100, 10, 2, "a lone newline is two empty lines"],
      ["ก\n\nข", 100, 10, 3, "an empty line between counts"],
      ["ก\n", 100, 10, 2, "a trailing newline counts"],
      ["กกกก กกกก กกกก\nก", 26, 10, 4, "wrapped lines and newlines add up"],
      // A long run that ends exactly at the end of a line leaves that line full: the next
      // word starts a new line. Usable 10: 4 spaces (8.8) + "1a " (11.2) = 20, then "1".
      ["    1a 1", 16, 10, 3, "a run ending exactly at a line end"],
      // The same at 16 pt: usable 32, 72.8 pt of text cannot fit on two lines.
      [" A1   AกAก A", 38, 16, 3, "a run ending exactly at a line end, 16 pt"],
    ])("%j in %d pt at %d pt → %d lines (%s)", (text, width, size, expected) => {
      expect(wrappedLineCount(text, width, size)).toBe(expected);
    });

    it("grows as text is added", () => {
      const width = columnWidthPoints(30);
      const counts = [1, 2, 4, 8, 16].map((n) => wrappedLineCount("ประชุมชี้แจงบุคลากร ".repeat(n), width, 16));
      for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
      expect(counts[0]).toBe(1);
      expect(counts.at(-1)).toBeGreaterThan(counts[0]!);
    });

    it.each(REAL_TEXTS)("shrinks as the column widens: %j", (text) => {
      let previous = Number.POSITIVE_INFINITY;
      for (let chars = 2; chars <= 120; chars++) {
        const lines = wrappedLineCount(text, columnWidthPoints(chars), 16);
        expect([chars, lines]).toEqual([chars, Math.min(lines, previous)]);
        previous = lines;
      }
      expect(wrappedLineCount(text, columnWidthPoints(2), 16)).toBeGreaterThan(previous);
      expect(previous).toBe(text.split("\n").length); // wide enough: one line a paragraph
    });

    it.each(REAL_TEXTS)("needs more lines at a bigger font: %j", (text) => {
      const width = columnWidthPoints(30);
      expect(wrappedLineCount(text, width, 20)).toBeGreaterThanOrEqual(wrappedLineCount(text, width, 16));
      expect(wrappedLineCount(text, width, 16)).toBeGreaterThanOrEqual(wrappedLineCount(text, width, 14));
    });

    describe("properties", () => {
      const piece = fc.constantFrom("ก", "ข", "ิ", "่", " ", "A", "a", "1", "๑");
      const paragraph = fc.array(piece, { maxLength: 40 }).map((a) => a.join(""));
      const text = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((p) => p.join("\n"));
      const size = fc.constantFrom(10, 12, 14, 16, 20);
      const width = fc.integer({ min: 0, max: 300 });

      it("never fits more text on a line than the line holds (errs tall, never short)", () => {
        fc.assert(
          fc.property(text, width, size, (t, w, s) => {
            const usable = usableWidth(w, s);
            const needed = t
              .split("\n")
              .reduce((n, p) => n + Math.max(1, Math.ceil(textWidthPoints(p, s) / usable - 1e-9)), 0);
            expect(wrappedLineCount(t, w, s)).toBeGreaterThanOrEqual(needed);
          }),
          { numRuns: 2000 },
        );
      });

      it("never fits more text on a line than the line holds, where runs end exactly at a line's end", () => {
        // At 50 pt a Thai letter is 20 pt and a space 11 pt, so with whole-point widths long runs
        // often end exactly at the end of a line; the next word must then start a new line.
        const word = fc
          .tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom("", " ", "  "))
          .map(([n, spaces]) => "ก".repeat(n) + spaces);
        const thaiParagraph = fc.array(word, { maxLength: 12 }).map((w) => w.join(""));
        fc.assert(
          fc.property(thaiParagraph, fc.integer({ min: 50, max: 200 }), (p, usable) => {
            const needed = Math.max(1, Math.ceil(textWidthPoints(p, 50) / usable - 1e-9));
            expect(wrappedLineCount(p, usable + 6, 50)).toBeGreaterThanOrEqual(needed);
          }),
          { numRuns: 1000 },
        );
      });

      it("counts each paragraph on its own", () => {
        fc.assert(
          fc.property(paragraph, paragraph, width, size, (a, b, w, s) => {
            expect(wrappedLineCount(`${a}\n${b}`, w, s)).toBe(wrappedLineCount(a, w, s) + wrappedLineCount(b, w, s));
          }),
        );
      });

      it("never needs fewer lines when text is appended", () => {
        fc.assert(
          fc.property(text, text, width, size, (a, b, w, s) => {
            expect(wrappedLineCount(a + b, w, s)).toBeGreaterThanOrEqual(wrappedLineCount(a, w, s));
          }),
          { numRuns: 1000 },
        );
      });

      it("never needs more lines in a wider column once every word fits", () => {
        fc.assert(
          fc.property(text, fc.integer({ min: 0, max: 200 }), size, (t, extra, s) => {
            const widest = Math.max(0, ...t.split(/\n|(?<= )/).map((word) => textWidthPoints(word, s)));
            const narrow = Math.ceil(widest) + 7; // a point to spare, so float noise cannot decide
            expect(wrappedLineCount(t, narrow + extra, s)).toBeLessThanOrEqual(wrappedLineCount(t, narrow, s));
          }),
          { numRuns: 1000 },
        );
      });
    });
  });

  describe("rowHeightForLines", () => {
    it.each<[number, number, number]>([
      [1, 16, 26], // 22.4 + 3, rounded up
      [2, 16, 48], // 47.8
      [3, 16, 71], // 70.2
      [1, 14, 23], // 22.6
      [1, 20, 31],
      [0, 16, 3], // padding only
    ])("%d lines at %d pt → %d pt", (lines, size, expected) => {
      expect(rowHeightForLines(lines, size)).toBe(expected);
    });

    it("grows with the lines and the font size", () => {
      for (const size of [10, 14, 16, 20, 29]) {
        for (let lines = 1; lines < 40; lines++) {
          expect(rowHeightForLines(lines + 1, size)).toBeGreaterThan(rowHeightForLines(lines, size));
          expect(rowHeightForLines(lines, size + 1)).toBeGreaterThanOrEqual(rowHeightForLines(lines, size));
        }
      }
    });

    it("is always a whole number of points, at least the lines' own height", () => {
      for (const size of [10, 14, 16, 20]) {
        for (let lines = 1; lines <= 20; lines++) {
          const h = rowHeightForLines(lines, size);
          expect(Number.isInteger(h)).toBe(true);
          expect(h).toBeGreaterThanOrEqual(lines * lineHeightPoints(size));
        }
      }
    });
  });
});
