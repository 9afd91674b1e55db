import {
  FORBIDDEN_SHEET_NAME_CHARS,
  MAX_CELL_TEXT_LENGTH,
  MAX_LIST_LITERAL_LENGTH,
  MAX_SHEET_NAME_LENGTH,
  MAX_VALIDATION_ERROR_LENGTH,
  MAX_VALIDATION_PROMPT_LENGTH,
  itemsWithin,
  sheetNameProblem,
  sheetSpecProblems,
} from "./sheetLimits";
import type { ChartSpec, SheetSpec } from "./sheetSpec";
import { a1Range, sheetSpecWith } from "../testing/builders";
import { MAX_COLUMNS, MAX_ROWS } from "./a1";
import { cellRange } from "./cellRange";

function spec(changes: Partial<SheetSpec> = {}): SheetSpec {
  return sheetSpecWith({
    columns: [{ width: 10 }, { width: 10 }, { width: 10 }],
    rows: [["ก", "ข", "ค"]],
    ...changes,
  });
}

const chart = (changes: Partial<ChartSpec> = {}): ChartSpec => ({
  kind: "column-clustered",
  title: "คะแนน",
  source: a1Range("A1:C11"),
  position: a1Range("E2:L20"),
  fallbackDataBars: [a1Range("B2:B11"), a1Range("C2:C11")],
  fallbackColor: "#5B9BD5",
  ...changes,
});

/** Two list items whose comma-joined text is exactly `total` characters. */
const itemsOfLength = (total: number): string[] => ["ก".repeat(total - 2), "ข"];

describe("sheetLimits", () => {
  it("states Excel's limits", () => {
    expect(MAX_SHEET_NAME_LENGTH).toBe(31);
    expect(MAX_CELL_TEXT_LENGTH).toBe(32_767);
    expect(MAX_LIST_LITERAL_LENGTH).toBe(255);
    expect(MAX_VALIDATION_PROMPT_LENGTH).toBe(255);
    expect(MAX_VALIDATION_ERROR_LENGTH).toBe(224);
    expect(FORBIDDEN_SHEET_NAME_CHARS.test("a[b")).toBe(true);
  });

  describe("sheetNameProblem", () => {
    it.each([
      "รายงาน",
      "เปรียบเทียบคะแนน ITA",
      "a".repeat(31), // exactly the limit
      "ก".repeat(31),
      "ปี 2567 (รอบ 6 เดือน)", // brackets other than [] are fine
      "ผล-ITA_2567.v2",
      "a'b", // an apostrophe inside is fine
      "Sheet 1",
      "x",
    ])("%j is allowed", (name) => {
      expect(sheetNameProblem(name)).toBeNull();
    });

    it.each<[string, string]>([
      ["", "ชื่อชีตว่าง"],
      ["   ", "ชื่อชีตว่าง"],
      ["\t", "ชื่อชีตว่าง"],
      ["a".repeat(32), "ยาวเกิน 31 ตัวอักษร"],
      ["ก".repeat(40), "ยาวเกิน 31 ตัวอักษร"],
      ["a[b", "อักขระต้องห้าม"],
      ["a]b", "อักขระต้องห้าม"],
      ["a:b", "อักขระต้องห้าม"],
      ["a*b", "อักขระต้องห้าม"],
      ["a?b", "อักขระต้องห้าม"],
      ["ก/ข", "อักขระต้องห้าม"],
      ["ก\\ข", "อักขระต้องห้าม"],
      ["'รายงาน", "ขึ้นต้นหรือลงท้ายด้วย '"],
      ["รายงาน'", "ขึ้นต้นหรือลงท้ายด้วย '"],
      ["'", "ขึ้นต้นหรือลงท้ายด้วย '"],
      ["[" + "a".repeat(40), "ยาวเกิน 31 ตัวอักษร"], // length is reported first
      ["'a/b", "อักขระต้องห้าม"], // forbidden characters before the apostrophe
    ])("%j → %s", (name, expected) => {
      const problem = sheetNameProblem(name);
      expect(problem).not.toBeNull();
      expect(problem).toContain(expected);
    });

    it("quotes the name it rejects", () => {
      expect(sheetNameProblem("ผล:ITA")).toContain('"ผล:ITA"');
    });
  });

  describe("sheetSpecProblems", () => {
    it("accepts a sheet within every limit", () => {
      expect(
        sheetSpecProblems(
          spec({
            rows: [
              ["x".repeat(MAX_CELL_TEXT_LENGTH), null, 5],
              [true, { date: "2024-09-30" }],
            ],
            merges: [a1Range("A1:C1")],
            styles: [
              { range: a1Range("A1:C2"), style: { wrap: true } },
              { range: a1Range("B2"), style: {} },
            ],
            validations: [
              {
                range: a1Range("C2:C100"),
                source: { items: itemsOfLength(MAX_LIST_LITERAL_LENGTH) },
                allowBlank: true,
              },
              {
                range: a1Range("B2:B100"),
                source: { sheet: "รายการเลือก", range: a1Range("A1:A300") },
                allowBlank: false,
              }, // a sheet range is not checked here
            ],
            conditionalFormats: [
              {
                kind: "less-than",
                range: a1Range("B2:B11"),
                value: 85,
                style: { fill: "#FFC7CE" },
              },
              { kind: "data-bar", range: a1Range("C2:C11"), color: "#5B9BD5" },
            ],
            charts: [chart()],
          }),
        ),
      ).toEqual([]);
    });

    it.each<[string, Partial<SheetSpec>, string[]]>([
      ["a bad name", { name: "ผล/ITA" }, ["อักขระต้องห้าม"]],
      ["an empty name", { name: "" }, ["ชื่อชีตว่าง"]],
      [
        "text over the cell limit",
        { rows: [[], [null, null, "x".repeat(MAX_CELL_TEXT_LENGTH + 1)]] },
        ["แถว 2 คอลัมน์ 3: ข้อความยาวเกิน 32767"],
      ],
      [
        "two long cells",
        { rows: [["x".repeat(40_000), "y".repeat(32_768)]] },
        ["แถว 1 คอลัมน์ 1", "แถว 1 คอลัมน์ 2"],
      ],
      [
        "a malformed merge",
        { merges: [a1Range("A1:C1"), cellRange(1, 3, 1, 1)] },
        ['ช่วงเซลล์ "C1:A1" ไม่ถูกต้อง'],
      ],
      [
        "a malformed style range",
        { styles: [{ range: cellRange(0, 1), style: {} }] },
        ['ช่วงเซลล์ "A0" ไม่ถูกต้อง'],
      ],
      [
        "a style range of a fraction of a row",
        { styles: [{ range: cellRange(1.5, 1), style: {} }] },
        ['ช่วงเซลล์ "A1.5" ไม่ถูกต้อง'],
      ],
      [
        "a validation on a malformed range",
        {
          validations: [
            { range: cellRange(1, 1, MAX_ROWS + 1, 1), source: { items: ["ก"] }, allowBlank: true },
          ],
        },
        ['ช่วงเซลล์ "A1:A1048577" ไม่ถูกต้อง'],
      ],
      [
        "a conditional format on a malformed range",
        {
          conditionalFormats: [
            {
              kind: "data-bar",
              range: cellRange(1, MAX_COLUMNS + 1, 9, MAX_COLUMNS + 1),
              color: "#000000",
            },
          ],
        },
        ['ช่วงเซลล์ "XFE1:XFE9" ไม่ถูกต้อง'],
      ],
      [
        "a chart with a malformed source",
        { charts: [chart({ source: cellRange(11, 3, 1, 1) })] },
        ['ช่วงเซลล์ "C11:A1" ไม่ถูกต้อง'],
      ],
      [
        "a chart with a malformed corner",
        { charts: [chart({ position: cellRange(2, 5, 20, 0) })] },
        ['ช่วงเซลล์ "E2:20" ไม่ถูกต้อง'],
      ],
      [
        "a chart with a malformed fallback",
        { charts: [chart({ fallbackDataBars: [a1Range("B2:B11"), cellRange(0, 2)] })] },
        ['ช่วงเซลล์ "B0" ไม่ถูกต้อง'],
      ],
      [
        "a literal list one character over 255",
        {
          validations: [
            {
              range: a1Range("C2:C9"),
              source: { items: itemsOfLength(MAX_LIST_LITERAL_LENGTH + 1) },
              allowBlank: true,
            },
          ],
        },
        ["รายการตัวเลือกของ C2:C9 ยาวเกิน 255"],
      ],
      [
        "128 one-letter items: exactly 255 with the commas",
        {
          validations: [
            {
              range: a1Range("C2"),
              source: { items: Array.from({ length: 128 }, () => "ก") },
              allowBlank: true,
            },
          ],
        }, // 128 + 127 commas = 255
        [],
      ],
      [
        "a literal list of 129 one-letter items",
        {
          validations: [
            {
              range: a1Range("C2"),
              source: { items: Array.from({ length: 129 }, () => "ก") },
              allowBlank: true,
            },
          ],
        }, // 129 + 128 = 257
        ["ยาวเกิน 255"],
      ],
      [
        "a dropdown prompt of 256 characters and an error message of 225",
        {
          validations: [
            {
              range: a1Range("C2"),
              source: { items: ["ก"] },
              allowBlank: true,
              prompt: "ก".repeat(256),
              errorMessage: "ข".repeat(225),
            },
          ],
        },
        ["คำแนะนำของรายการตัวเลือก C2 ยาวเกิน 255", "ข้อความเตือนของรายการตัวเลือก C2 ยาวเกิน 224"],
      ],
      [
        "a dropdown prompt of 255 characters and an error message of 224",
        {
          validations: [
            {
              range: a1Range("C2"),
              source: { items: ["ก"] },
              allowBlank: true,
              prompt: "ก".repeat(255),
              errorMessage: "ข".repeat(224),
            },
          ],
        },
        [],
      ],
      [
        "everything at once, in order: name, text, ranges, lists",
        {
          name: "a".repeat(32),
          rows: [["x".repeat(32_768)]],
          merges: [cellRange(0, 26)],
          validations: [
            {
              range: cellRange(1, 0, 1, MAX_COLUMNS),
              source: { items: itemsOfLength(300) },
              allowBlank: true,
            },
          ],
        },
        ["ยาวเกิน 31", "ข้อความยาวเกิน", 'ช่วงเซลล์ "Z0"', 'ช่วงเซลล์ "1:XFD1"', "รายการตัวเลือกของ 1:XFD1"],
      ],
    ])("%s", (_what, changes, expected) => {
      const problems = sheetSpecProblems(spec(changes));
      expect(problems).toHaveLength(expected.length);
      expected.forEach((text, i) => expect(problems[i]).toContain(text));
    });

    it("names the sheet in every problem about its content", () => {
      const problems = sheetSpecProblems(
        spec({ name: "รายงานผล", merges: [cellRange(2, 2, 1, 1)], rows: [["x".repeat(32_768)]] }),
      );
      expect(problems).toHaveLength(2);
      for (const p of problems) expect(p).toContain('ชีต "รายงานผล"');
    });

    it("only counts text, not numbers or dates", () => {
      expect(
        sheetSpecProblems(spec({ rows: [[1e300, { date: "x".repeat(40_000) }, true]] })),
      ).toEqual([]);
    });

    it("checks the helper that builds literal lists", () => {
      expect(itemsOfLength(255).join(",")).toHaveLength(255);
      expect(itemsOfLength(256).join(",")).toHaveLength(256);
      expect(itemsOfLength(300).join(",")).toHaveLength(300);
    });
  });
});

describe("itemsWithin", () => {
  it("joins whole items, or as many as fit and …", () => {
    expect(itemsWithin(["ก", "ข"], 10)).toBe("ก, ข");
    expect(itemsWithin(["กขค", "งจฉ", "ชซฌ"], 12)).toBe("กขค, งจฉ …");
    expect(itemsWithin(["กขคงจฉชซฌญ"], 5)).toBe("…");
  });
});
