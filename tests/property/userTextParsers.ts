/**
 * Every parser of user text, each with the alphabet its input is made of and the long inputs
 * that made backtracking patterns slow (runs of spaces inside a date, long digit runs, repeated
 * qualifiers). Shared by the property test (tests/property/linearParsers.property.test.ts) and
 * the bench (bench/parsers.ts), which times them against a generous bound.
 */
import { parseYearBE } from "../../src/domain/input/parseYear";
import { parseScore } from "../../src/domain/numbers/parseScore";
import { findDatesInText, findYearsInText } from "../../src/domain/thai/findDates";
import { parsePeriod } from "../../src/domain/thai/parsePeriod";
import { parseThaiDate } from "../../src/domain/thai/parseThaiDate";
import { checkText } from "../../src/domain/issues/textChecks";
import { isHttpUrl } from "../../src/domain/validation/httpLink";

export interface UserTextParser {
  readonly name: string;
  readonly parse: (text: string) => unknown;
  /** The characters and short pieces the parser's real input is made of. */
  readonly alphabet: readonly string[];
  /** Inputs of about `n` characters built to make a backtracking pattern slow. */
  readonly worstCases: (n: number) => readonly string[];
}

const DIGITS = [..."0123456789๐๑๒๓๔๕๖๗๘๙"];
const SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u200b"];
const PUNCTUATION = [".", ",", "-", "–", "/", ":", "(", ")", '"', "'"];
const THAI_LETTERS = [..."กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาิีุูเแโใไ่้๊๋็์ัำ"];
const DATE_WORDS = [
  "ม.ค.",
  "ก.พ.",
  "ต.ค.",
  "มีนาคม",
  "กันยายน",
  "พ.ศ.",
  "พ",
  "ศ",
  "เดือน",
  "วันที่",
  "2567",
  "๒๕๖๘",
  "64",
];
const PERIOD_WORDS = [
  "ไตรมาส",
  "ที่",
  "ถึง",
  "จนถึง",
  "ตั้งแต่",
  "ปีงบประมาณ",
  "ตลอด",
  "ทั้ง",
  "ปี",
  "รอบ",
  "เดือนแรก",
  "และ",
  "ของ",
  "ประจำ",
];

/** `piece` repeated to about n characters. */
export const run = (piece: string, n: number) =>
  piece.repeat(Math.max(1, Math.ceil(n / piece.length))).slice(0, n);

const dateAlphabet = [...DIGITS, ...SPACES, ...PUNCTUATION, ...THAI_LETTERS, ...DATE_WORDS];

export const USER_TEXT_PARSERS: readonly UserTextParser[] = [
  {
    name: "parseScore",
    parse: parseScore,
    alphabet: [...DIGITS, ...SPACES, ".", ",", "-", "+", "e"],
    worstCases: (n) => [
      `1.${run("0", n)}1`,
      `${run("9", n)},`,
      run(" ", n) + "98.5",
      `9${run(".0", n)}`,
    ],
  },
  {
    name: "parseYearBE",
    parse: parseYearBE,
    alphabet: [...DIGITS, ...SPACES, "พ.ศ.", "พ", ".", "ศ"],
    worstCases: (n) => [run(" ", n) + "x", `พ.ศ.${run(" ", n)}2567`, run("2567", n)],
  },
  {
    name: "parseThaiDate",
    parse: parseThaiDate,
    alphabet: dateAlphabet,
    worstCases: (n) => [
      `30${run(" ", n)}x`,
      `30 ก${run(" ", n)}x`,
      `1${run("ก ", n)}x`,
      `30 กันยายน พ.${run(" ", n)}`,
      `${run(" ", n)}30 กันยายน 2567${run(" ", n)}`,
    ],
  },
  {
    name: "findDatesInText",
    parse: findDatesInText,
    alphabet: dateAlphabet,
    worstCases: (n) => [
      `1 มค พ${run(" ", n)}`,
      run("1 ม.ค. 2566 ", n),
      run(`1${" ".repeat(50)}มค${" ".repeat(50)}พ${" ".repeat(50)}`, n),
      run("1 ", n),
      `1 ม.${run(". ", n)}`,
    ],
  },
  {
    name: "findYearsInText",
    parse: findYearsInText,
    alphabet: dateAlphabet,
    worstCases: (n) => [run("1 ม.ค. 2566 ปี 2567 ", n), run("2566", n), run("2,566.", n)],
  },
  {
    name: "parsePeriod",
    parse: (text) => parsePeriod(text, 2568),
    alphabet: [...dateAlphabet, ...PERIOD_WORDS],
    worstCases: (n) => [
      `ต.ค. ${run("ปีงบประมาณ 2566 ", n)}`,
      `ต.ค.${run(" (ต.ค.)", n)}`,
      `1${run(" ", n)}x`,
      run("(", n / 2) + run(")", n / 2),
      `ไตรมาส ${run("1, ", n)}`,
    ],
  },
  {
    name: "checkText",
    parse: checkText,
    alphabet: [...DIGITS, ...SPACES, ...PUNCTUATION, ...THAI_LETTERS, "र", "ລ", "A", "é"],
    worstCases: (n) => [
      run("1", n),
      run("1.", n),
      `${run("1", n)}๑`,
      run("ก", n),
      `${run("๑,", n)}1`,
    ],
  },
  {
    name: "isHttpUrl",
    parse: isHttpUrl,
    alphabet: [
      ...THAI_LETTERS,
      ...DIGITS,
      ".",
      "/",
      ":",
      "%",
      "?",
      "=",
      "&",
      "https://",
      "www.",
      ".go.th",
    ],
    worstCases: (n) => [
      `https://example.go.th/${run("ก", n)}`,
      `https://${run("a.", n)}th`,
      run("https://", n),
    ],
  },
];
