import type { CellInput } from "../sheet/cellInput";
import { parseScore, type ParsedScore, type ScoreProblem } from "./parseScore";

const ok = (value: number): ParsedScore => ({ ok: true, value });
const bad = (problem: ScoreProblem): ParsedScore => ({ ok: false, problem });

describe("parseScore", () => {
  describe("numbers", () => {
    it.each<[number, ParsedScore]>([
      [98.67, ok(9867)],
      [98.43, ok(9843)], // binary 98.4300000000000068… still exact
      [81.72, ok(8172)],
      [74.8, ok(7480)], // one decimal
      [100, ok(10_000)], // the top
      [0, ok(0)], // the bottom
      [0.01, ok(1)],
      [98.431, bad("too-many-decimals")],
      [0.1 + 0.2, bad("too-many-decimals")], // float noise is not rounded away
      [100.01, bad("out-of-range")],
      [101, bad("out-of-range")],
      [-1, bad("out-of-range")],
      [-0.01, bad("out-of-range")],
      [100.001, bad("out-of-range")], // both too precise and too big: the range wins
      [-0.001, bad("out-of-range")],
      [Number.NaN, bad("not-a-number")],
      [Number.POSITIVE_INFINITY, bad("not-a-number")],
    ])("%d → %j", (cell, expected) => {
      expect(parseScore(cell)).toEqual(expected);
    });
  });

  describe("text", () => {
    it.each<[string, ParsedScore]>([
      ["98.67", ok(9867)],
      ["๙๘.๖๗", ok(9867)], // Thai digits
      ["๙๘.๔๓", ok(9843)],
      ["9๘.4๓", ok(9843)], // mixed digits
      [" 81.72 ", ok(8172)], // spaces around
      ["8 1 . 7 2", ok(8172)], // spaces anywhere
      ["\u00a081.72\u200b", ok(8172)], // no-break space and zero-width space
      ["\t81.72\n", ok(8172)], // tab and newline
      ["100", ok(10_000)],
      ["100.00", ok(10_000)],
      ["74.8", ok(7480)],
      ["98.430", ok(9843)], // trailing zeros do not count as decimals
      ["98.4300000", ok(9843)],
      ["0098.43", ok(9843)], // leading zeros
      [".5", ok(50)], // no whole part
      ["5.", ok(500)], // no decimals after the point
      ["0", ok(0)],
      ["0.00", ok(0)],
      ["98,43", bad("decimal-comma")], // decimal comma is reported, not guessed
      ["98,67", bad("decimal-comma")],
      ["๙๘,๔๓", bad("decimal-comma")], // in Thai digits too
      ["-98,43", bad("decimal-comma")],
      ["98.431", bad("too-many-decimals")],
      ["๙๘.๔๓๑", bad("too-many-decimals")],
      ["100.01", bad("out-of-range")],
      ["101", bad("out-of-range")],
      ["-5", bad("out-of-range")],
      ["-0.01", bad("out-of-range")],
      ["12345678901234567890", bad("out-of-range")], // absurdly large
      ["", bad("empty")],
      ["   ", bad("empty")],
      ["\u00a0", bad("empty")],
      ["abc", bad("not-a-number")],
      ["ไม่มีข้อมูล", bad("not-a-number")],
      [".", bad("not-a-number")], // a lone point
      ["-", bad("not-a-number")],
      ["98.43.1", bad("not-a-number")], // two points
      ["1e2", bad("not-a-number")], // exponent notation
      ["+98", bad("not-a-number")], // explicit plus sign
      ["98.43%", bad("not-a-number")], // percent sign
      ["98 ,43 ,1", bad("not-a-number")], // commas that are not a decimal comma
      ["1,000.5", bad("not-a-number")], // thousands separator
    ])("%j → %j", (cell, expected) => {
      expect(parseScore(cell)).toEqual(expected);
    });
  });

  describe("other cells", () => {
    it.each<[CellInput, ParsedScore]>([
      [null, bad("empty")],
      [undefined, bad("empty")],
      [{ error: "#N/A" }, bad("cell-error")], // Excel error values
      [{ error: "#DIV/0!" }, bad("cell-error")],
      [{ error: "#REF!" }, bad("cell-error")],
      [true, bad("not-a-number")], // booleans are not scores
      [false, bad("not-a-number")],
    ])("%j → %j", (cell, expected) => {
      expect(parseScore(cell)).toEqual(expected);
    });
  });

  it.each([
    [98.43, "98.43", "๙๘.๔๓"],
    [0, "0", "๐"],
    [100, "100.00", "๑๐๐"],
    [60.5, "60.50", "๖๐.๕"],
  ])("number %d and texts %j, %j agree", (n, arabic, thai) => {
    const expected = parseScore(n);
    expect(expected.ok).toBe(true);
    expect(parseScore(arabic)).toEqual(expected);
    expect(parseScore(thai)).toEqual(expected);
  });
});
