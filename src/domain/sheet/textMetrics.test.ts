import fc from "fast-check";
import {
  columnWidthPoints,
  rowHeightPoints,
  textHeightPoints,
  textWidthPoints,
  usableWidthPixels,
  wrappedLineCount,
} from "./textMetrics";

const F16 = { size: 16 };
/** Layout pixels of a text at 16 pt (every glyph a whole number of them). */
const px16 = (text: string, bold = false) =>
  Math.round(textWidthPoints(text, { size: 16, bold }) * 1.2935);

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
    it.each<[string, number]>([
      ["", 0],
      ["ก", 8], // 383 font units at 21 px (16 pt) → 8.04 → 8 px
      ["ง", 6], // 292 → 6.13
      ["ณ", 11], // 539 → 11.3
      [" ", 4], // 214 → 4.49
      ["๑", 9], // Thai digits 446 → 9.37
      ["1", 8], // Arabic digits 359 → 7.54
      ["กข ", 20],
    ])("%j is %d layout pixels at 16 pt", (text, pixels) => {
      expect(px16(text)).toBe(pixels);
    });

    it.each([
      ["\u0e31", "mai han-akat ั"],
      ["\u0e34", "sara i ิ"],
      ["\u0e35", "sara ii ี"],
      ["\u0e38", "sara u ุ"],
      ["\u0e47", "maitaikhu ็"],
      ["\u0e48", "mai ek ่"],
      ["\u0e49", "mai tho ้"],
      ["\u0e4c", "thanthakhat ์"],
    ])("the combining mark %j (%s) has no width", (mark) => {
      expect(textWidthPoints(mark, F16)).toBe(0);
      expect(textWidthPoints(`ก${mark}`, F16)).toBe(textWidthPoints("ก", F16));
    });

    it("rounds each glyph, so the width is not proportional to the size", () => {
      // ก is 383/1000 em: 8 px at 21 px (16 pt) but 16 px at 43 px (32 pt), not 16.4.
      expect(textWidthPoints("ก", { size: 32 })).toBeCloseTo(16 / 1.2935, 9);
    });

    it("draws bold wider", () => {
      for (const text of REAL_TEXTS) expect(px16(text, true)).toBeGreaterThan(px16(text));
    });
  });

  describe("widths", () => {
    it.each<[number, number]>([
      [0, 0],
      [1, 5.55],
      [10, 55.5],
      [60, 333],
    ])("a column %d characters wide is %d pt, as LibreOffice opens it", (chars, points) => {
      expect(columnWidthPoints(chars)).toBeCloseTo(points, 9);
    });

    it("takes every column of a merged cell in whole pixels, less the padding", () => {
      // 15 characters are 83.25 pt = 107.7 px: 107; 30 are 215.4: 215.
      expect(usableWidthPixels([15])).toBe(107 - 4);
      expect(usableWidthPixels([15, 30])).toBe(107 + 215 - 4);
      expect(usableWidthPixels([15, 30])).toBeLessThan(usableWidthPixels([45]));
    });

    it("gives an indented cell less room", () => {
      expect(usableWidthPixels([30], 1)).toBe(usableWidthPixels([30]) - 9);
      expect(usableWidthPixels([30], 2)).toBe(usableWidthPixels([30]) - 19);
    });
  });

  describe("heights", () => {
    it.each<[number, number, number]>([
      // LibreOffice 7.4's optimal heights of TH Sarabun cells, in points.
      [1, 16, 19.7],
      [2, 16, 35.8],
      [3, 16, 52.95],
      [8, 16, 138.8],
      [1, 20, 24.46],
      [2, 20, 46.26],
      [2, 14, 32.8],
      [5, 29, 161.89],
    ])("%d lines at %d pt are %d pt tall", (lines, size, points) => {
      expect(textHeightPoints(lines, size)).toBeCloseTo(points, 0);
      expect(Math.abs(textHeightPoints(lines, size) - points)).toBeLessThan(0.1);
    });

    it.each<[number, number]>([
      [19.7, 20.25],
      [36, 36],
      [35.81, 36],
      [0.1, 0.75],
    ])("rounds %d pt up to whole pixels: %d pt", (points, rounded) => {
      expect(rowHeightPoints(points)).toBeCloseTo(rounded, 9);
    });
  });

  describe("wrappedLineCount", () => {
    const cell = (text: string) => [(px16(text) + 4) / (5.55 * 1.2935) + 0.01];

    it.each<[string, number, string]>([
      ["", 1, "empty text still takes a line"],
      ["a\nb", 2, "an explicit newline starts a line"],
      ["\n", 2, "a lone newline is two empty lines"],
      ["ก\n\nข", 3, "an empty line between counts"],
    ])("%j → %d lines (%s)", (text, expected) => {
      expect(wrappedLineCount(text, [40], F16)).toBe(expected);
    });

    it("fits a line exactly as wide as the cell, and not one pixel more", () => {
      const text = "ประชุมชี้แจงบุคลากร";
      const width = cell(text);
      expect(wrappedLineCount(text, width, F16)).toBe(1);
      expect(wrappedLineCount(`${text}ก`, width, F16)).toBe(2);
    });

    it("breaks Thai between words, not inside them", () => {
      // Room for "ประชุมชี้แจง" but not for the whole: "บุคลากร" moves down whole.
      const lines = wrappedLineCount("ประชุมชี้แจงบุคลากร", cell("ประชุมชี้แจงบุคลา"), F16);
      expect(lines).toBe(2);
      // "บุคลากร" alone fits on the second line; breaking inside would not need it to.
      expect(wrappedLineCount("ประชุมชี้แจงบุคลากรบุคลากร", cell("ประชุมชี้แจงบุคลา"), F16)).toBe(2);
    });

    it("lets spaces hang past the edge", () => {
      const text = "ประชุม ชี้แจง";
      expect(wrappedLineCount(`${text}      `, cell(text), F16)).toBe(1);
    });

    it("keeps no-break spaces with the word after them", () => {
      const indent = "\u00a0".repeat(8);
      // The cell holds the indent and "ประชุม" but not "ประชุมชี้แจง": a break after the
      // indent would be allowed for ordinary spaces only.
      const width = cell(`${indent}ประชุม`);
      expect(wrappedLineCount(`${indent}ประชุมชี้แจง`, width, F16)).toBe(2);
      expect(wrappedLineCount(`${indent}ประชุม`, width, F16)).toBe(1);
    });

    it("never starts a line with a closing bracket", () => {
      const width = cell("ประชุม (ITA");
      expect(wrappedLineCount("ประชุม (ITA)", width, F16)).toBe(2);
      expect(wrappedLineCount("ประชุม (ITA", width, F16)).toBe(1);
    });

    it("breaks a word longer than a line between its letters", () => {
      expect(wrappedLineCount("ก".repeat(40), cell("ก".repeat(10)), F16)).toBe(4);
    });

    describe("words longer than any line (typed without spaces, or pasted)", () => {
      const usable = usableWidthPixels([40]); // 283 px: 35 letters ก of 8 px each
      /** Thai letters and vowels in a repeatable order that no dictionary knows as words. */
      const soup = (length: number, seed: number) => {
        const letters = "กขคงจฉชซญฎฐณดตถทธนบปผพฟภมยรลวศษสหอฮะาิีึืุู";
        let x = seed;
        return Array.from(
          { length },
          () => letters[(x = (x * 1103515245 + 12345) & 0x7fffffff) % letters.length],
        ).join("");
      };
      const sentence = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ";

      const perLine = Math.floor(usable / px16("a"));

      it.each([100, 1_000, 5_000, 35_000, 100_000])(
        "breaks a Latin word of %d letters between letters, full lines",
        (length) => {
          expect(wrappedLineCount("a".repeat(length), [40], F16)).toBe(Math.ceil(length / perLine));
        },
      );

      it.each([1_000, 35_000, 100_000])(
        "breaks %d letters ก (read as words กก, กกก) at those words: 33 to 35 a line",
        (length) => {
          const lines = wrappedLineCount("ก".repeat(length), [40], F16);
          expect(lines).toBeGreaterThanOrEqual(Math.ceil(length / 35));
          expect(lines).toBeLessThanOrEqual(Math.ceil(length / 33));
        },
      );

      it("breaks 35,000 letters of Thai words without spaces at the words: more lines than the ink needs, not many more", () => {
        const text = sentence.repeat(600).slice(0, 35_000);
        const lines = wrappedLineCount(text, [40], F16);
        const ink = Math.ceil(px16(text) / usable);
        expect(lines).toBeGreaterThanOrEqual(ink);
        expect(lines).toBeLessThan(ink * 1.25); // the longest of these words is a quarter of the line
      });

      it("counts 20 different words of 35,000 letters each, each as its ink needs", () => {
        // Each word once took seconds and a gigabyte: 300 of them did not finish in 6 minutes.
        for (let seed = 1; seed <= 20; seed++) {
          const word = soup(35_000, seed);
          const lines = wrappedLineCount(word, [40], F16);
          const ink = Math.ceil(px16(word) / usable);
          expect([seed, lines >= ink, lines < ink * 1.5]).toEqual([seed, true, true]);
        }
      });

      it("grows in step with the word: twice the letters, twice the lines", () => {
        const short = wrappedLineCount(sentence.repeat(300), [40], F16);
        const long = wrappedLineCount(sentence.repeat(600), [40], F16);
        expect(Math.abs(long - 2 * short)).toBeLessThanOrEqual(2);
      });

      it("counts a long word between ordinary ones as it counts it alone, plus their lines", () => {
        const word = "a".repeat(perLine * 100); // 100 full lines
        expect(wrappedLineCount(`${word}\nประชุมชี้แจง`, [40], F16)).toBe(101);
        expect(wrappedLineCount(`ประชุม ${word} ชี้แจง`, [40], F16)).toBe(102);
      });
    });

    it("grows as text is added", () => {
      const counts = [1, 2, 4, 8, 16].map((n) =>
        wrappedLineCount("ประชุมชี้แจงบุคลากร ".repeat(n), [30], F16),
      );
      for (let i = 1; i < counts.length; i++)
        expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
      expect(counts[0]).toBe(1);
      expect(counts.at(-1)).toBeGreaterThan(counts[0]!);
    });

    it.each(REAL_TEXTS)("shrinks as the column widens: %j", (text) => {
      let previous = Number.POSITIVE_INFINITY;
      for (let chars = 2; chars <= 120; chars++) {
        const lines = wrappedLineCount(text, [chars], F16);
        expect([chars, lines]).toEqual([chars, Math.min(lines, previous)]);
        previous = lines;
      }
      expect(wrappedLineCount(text, [2], F16)).toBeGreaterThan(previous);
      expect(previous).toBe(text.split("\n").length); // wide enough: one line a paragraph
    });

    it.each(REAL_TEXTS)("needs more lines at a bigger font: %j", (text) => {
      expect(wrappedLineCount(text, [30], { size: 20 })).toBeGreaterThanOrEqual(
        wrappedLineCount(text, [30], F16),
      );
      expect(wrappedLineCount(text, [30], F16)).toBeGreaterThanOrEqual(
        wrappedLineCount(text, [30], { size: 14 }),
      );
    });

    describe("properties", () => {
      const piece = fc.constantFrom(
        "ก",
        "ข",
        "ิ",
        "่",
        " ",
        "A",
        "a",
        "1",
        "๑",
        "ประชุม",
        "ชี้แจง",
        "(",
        ")",
      );
      const paragraph = fc.array(piece, { maxLength: 40 }).map((a) => a.join(""));
      const text = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((p) => p.join("\n"));
      const size = fc.constantFrom(10, 12, 14, 16, 20);
      const chars = fc.integer({ min: 6, max: 60 }); // every single letter fits a line

      it("never fits more text on a line than the line holds (errs tall, never short)", () => {
        fc.assert(
          fc.property(text, chars, size, (t, w, s) => {
            const usable = usableWidthPixels([w]);
            const needed = t.split("\n").reduce((n, p) => {
              // Spaces may fall at line ends, where they take no room: count the rest only.
              const ink = Math.round(textWidthPoints(p.replace(/ /g, ""), { size: s }) * 1.2935);
              return n + Math.max(1, Math.ceil(ink / usable - 1e-9));
            }, 0);
            expect(wrappedLineCount(t, [w], { size: s })).toBeGreaterThanOrEqual(needed);
          }),
          { numRuns: 1000 },
        );
      });

      it("counts each paragraph on its own", () => {
        fc.assert(
          fc.property(paragraph, paragraph, chars, size, (a, b, w, s) => {
            const f = { size: s };
            expect(wrappedLineCount(`${a}\n${b}`, [w], f)).toBe(
              wrappedLineCount(a, [w], f) + wrappedLineCount(b, [w], f),
            );
          }),
        );
      });

      it("never needs fewer lines when a word is appended", () => {
        fc.assert(
          fc.property(text, paragraph, chars, size, (a, b, w, s) => {
            const f = { size: s };
            expect(wrappedLineCount(`${a} ${b}`, [w], f)).toBeGreaterThanOrEqual(
              wrappedLineCount(a, [w], f),
            );
          }),
          { numRuns: 500 },
        );
      });
    });
  });
});
