import { renderSpecAsText, renderWorkbookAsText } from "./renderSpecAsText";
import type { CellStyle, CellValue, ListValidation, PrintSetup, SheetSpec } from "./sheetSpec";
import { a1Range, sheetSpecWith } from "../testing/builders";

function spec(changes: Partial<SheetSpec> = {}): SheetSpec {
  return sheetSpecWith({ columns: [{ width: 10 }, { width: 20 }], ...changes });
}

const PRINT: PrintSetup = {
  paper: "A4",
  orientation: "landscape",
  margins: { top: 2, bottom: 2, left: 3, right: 2, header: 0.8, footer: 0.8 },
  scale: 77,
  pageBreaks: [],
};

/** The lines of a rendering after its four header lines (name, font, columns, "rows:"). */
const body = (s: SheetSpec) => renderSpecAsText(s).split("\n").slice(4, -1);

describe("renderSpecAsText", () => {
  it("renders a minimal sheet", () => {
    expect(renderSpecAsText(spec())).toBe(
      ["== รายงาน (report)", "font: TH SarabunPSK 16", "columns: A=10 B=20", "rows:", ""].join(
        "\n",
      ),
    );
  });

  it("renders a full sheet: grid, then merges, heights, styles, freeze, lists, formats, charts, print", () => {
    const s = spec({
      role: "input",
      tabColor: "#1F4E79",
      columns: [{ width: 9 }, { width: 30, hidden: true }, { width: 12.5 }],
      rows: [["หัวเรื่อง"], ["ก", 98.43, true], [], [null, { date: "2024-09-30" }, false]],
      rowHeights: { 1: 30, 4: 22.5 },
      merges: [a1Range("A1:C1")],
      styles: [
        {
          range: a1Range("A1:C1"),
          style: {
            font: {
              name: "TH Sarabun New",
              size: 20,
              bold: true,
              italic: true,
              underline: true,
              color: "#FF0000",
            },
            horizontal: "center",
          },
        },
        {
          range: a1Range("B2:B4"),
          style: {
            numberFormat: "0.00",
            fill: "#DDEBF7",
            vertical: "top",
            wrap: true,
            indent: 2,
            border: { line: "thin", where: "grid" },
          },
        },
      ],
      freeze: { rows: 1, columns: 1 },
      validations: [
        {
          range: a1Range("C2:C9"),
          source: { items: ["ดำเนินการแล้ว", "ยังไม่ดำเนินการ"] },
          allowBlank: true,
        },
        {
          range: a1Range("B2:B9"),
          source: { sheet: "รายการเลือก", range: a1Range("A1:A15") },
          allowBlank: false,
        },
      ],
      conditionalFormats: [
        {
          kind: "less-than",
          range: a1Range("B2:B11"),
          value: 85,
          style: { font: { color: "#9C0006" }, fill: "#FFC7CE" },
        },
        { kind: "data-bar", range: a1Range("C2:C11"), color: "#5B9BD5" },
      ],
      charts: [
        {
          kind: "column-clustered",
          title: "คะแนนรายตัวชี้วัด",
          source: a1Range("A1:C11"),
          position: a1Range("E2:L20"),
          fallbackDataBars: [a1Range("B2:B11"), a1Range("C2:C11")],
          fallbackColor: "#5B9BD5",
        },
      ],
      print: {
        ...PRINT,
        repeatRows: { first: 4, last: 5 },
        printArea: a1Range("A1:C40"),
        centerHorizontally: true,
        header: { left: "ITA", right: "{sheet}" },
        footer: { center: "หน้า {page} จาก {pages}" },
      },
    });
    expect(renderSpecAsText(s)).toBe(
      [
        "== รายงาน (input, tab #1F4E79)",
        "font: TH SarabunPSK 16",
        "columns: A=9 B=30 hidden C=12.5",
        "rows:",
        "   1 | หัวเรื่อง",
        "   2 | ก | 98.43 | true",
        "   3 | ",
        "   4 |  | date:2024-09-30 | false",
        "merges: A1:C1",
        "heights: 1=30 4=22.5",
        "styles:",
        "  A1:C1: font(TH Sarabun New 20 bold italic underline #FF0000), h-center",
        "  B2:B4: fill #DDEBF7, format 0.00, v-top, wrap, indent 2, border grid thin",
        "freeze: rows 1, columns 1",
        "list C2:C9: ดำเนินการแล้ว,ยังไม่ดำเนินการ (blank ok)",
        "list B2:B9: ='รายการเลือก'!$A$1:$A$15",
        "when B2:B11 < 85: font(#9C0006), fill #FFC7CE",
        "data bars C2:C11 #5B9BD5",
        'chart column-clustered "คะแนนรายตัวชี้วัด" of A1:C11 at E2:L20 (without Excel: data bars B2:B11 C2:C11)',
        "print: A4 landscape, scale 77%, margins cm t2 b2 l3 r2 h0.8 f0.8, repeat rows 4-5, area A1:C40, centred",
        'header: left "ITA", right "{sheet}"',
        'footer: center "หน้า {page} จาก {pages}"',
        "",
      ].join("\n"),
    );
  });

  describe("the header line", () => {
    it.each<[Partial<SheetSpec>, string]>([
      [{}, "== รายงาน (report)"],
      [{ role: "lists", hidden: true }, "== รายงาน (lists, hidden)"],
      [{ hidden: false }, "== รายงาน (report)"],
      [{ tabColor: "#00FF00", hidden: true }, "== รายงาน (report, hidden, tab #00FF00)"],
      [{ name: "เปรียบเทียบคะแนน ITA" }, "== เปรียบเทียบคะแนน ITA (report)"],
    ])("%j → %s", (changes, expected) => {
      expect(renderSpecAsText(spec(changes)).split("\n")[0]).toBe(expected);
    });
  });

  describe("cells", () => {
    it.each<[CellValue, string]>([
      ["ก", "ก"],
      [0, "0"],
      [-3.25, "-3.25"],
      [true, "true"],
      [{ date: "2023-04-05" }, "date:2023-04-05"],
      ["บรรทัดแรก\nบรรทัดสอง", "บรรทัดแรก\\nบรรทัดสอง"], // newlines cannot break the grid
      ["ก\n\nข", "ก\\n\\nข"],
      ["ก\tข", "ก\\tข"],
      ["C:\\งาน", "C:\\\\งาน"], // a backslash is doubled, so "\\n" stays readable
      ["\\n", "\\\\n"], // a typed backslash-n differs from a newline
    ])("%j → %s", (value, expected) => {
      expect(body(spec({ rows: [[value, "x"]] }))).toEqual([`   1 | ${expected} | x`]);
    });

    it.each<[CellValue[], string]>([
      [["ก", null, null], "   1 | ก"], // trailing blanks are dropped
      [["ก", "", ""], "   1 | ก"],
      [[null, null, "ค"], "   1 |  |  | ค"], // leading blanks are kept
      [["ก", null, "ค"], "   1 | ก |  | ค"],
      [[], "   1 | "],
      [[null], "   1 | "],
    ])("%j → %j", (row, expected) => {
      expect(body(spec({ rows: [row] }))).toEqual([expected]);
    });

    it("numbers rows to the right in four places", () => {
      const rows = Array.from({ length: 12 }, (_, i) => [`r${i + 1}`]);
      const lines = body(spec({ rows }));
      expect(lines[0]).toBe("   1 | r1");
      expect(lines[11]).toBe("  12 | r12");
    });

    it("keeps a multi-line cell on one line of the rendering", () => {
      const text = renderSpecAsText(spec({ rows: [["ก\nข\nค"], ["ง"]] }));
      expect(text.split("\n")).toHaveLength(4 + 2 + 1);
    });
  });

  describe("styles", () => {
    it.each<[CellStyle, string]>([
      [{}, ""],
      [{ font: { bold: true } }, "font(bold)"],
      [{ font: { size: 20 } }, "font(20)"],
      [{ font: {} }, "font()"],
      [{ horizontal: "justify", vertical: "bottom" }, "h-justify, v-bottom"],
      [{ wrap: false, indent: 0 }, ""], // off and zero are not shown
      [{ border: { line: "dotted", where: "bottom", color: "#000000" } }, "border bottom dotted"],
      [
        { numberFormat: "[$-D00041E]0.00;[$-D00041E]-0.00;[$-D00041E]0.00" },
        "format [$-D00041E]0.00;[$-D00041E]-0.00;[$-D00041E]0.00",
      ],
    ])("%j → %j", (style, expected) => {
      expect(body(spec({ styles: [{ range: a1Range("A1"), style }] }))).toEqual([
        "styles:",
        `  A1: ${expected}`,
      ]);
    });
  });

  describe("lists", () => {
    it.each<[ListValidation, string]>([
      [{ range: a1Range("A2:A9"), source: { items: ["ก"] }, allowBlank: false }, "list A2:A9: ก"],
      [
        { range: a1Range("A2"), source: { items: ["1", "2", "3"] }, allowBlank: true },
        "list A2: 1,2,3 (blank ok)",
      ],
      [
        {
          range: a1Range("G3:G500"),
          source: { sheet: "รายการเลือก", range: a1Range("A1:A3") },
          allowBlank: true,
          allowOther: true,
          prompt: "เลือก",
        },
        "list G3:G500: ='รายการเลือก'!$A$1:$A$3 (blank ok) (other values ok)\n  prompt: เลือก",
      ],
      [
        {
          range: a1Range("D3"),
          source: { items: ["1", "2"] },
          allowBlank: false,
          errorMessage: "กรุณาเลือก 1 หรือ 2",
        },
        "list D3: 1,2\n  error: กรุณาเลือก 1 หรือ 2",
      ],
    ])("%j → %s", (validation, expected) => {
      // Prompts and error messages are part of what a user sees, so the rendering shows them.
      expect(body(spec({ validations: [validation] }))).toEqual(expected.split("\n"));
    });
  });

  describe("print", () => {
    it.each<[Partial<PrintSetup>, string[]]>([
      [{}, ["print: A4 landscape, scale 77%, margins cm t2 b2 l3 r2 h0.8 f0.8"]],
      [
        { orientation: "portrait" },
        ["print: A4 portrait, scale 77%, margins cm t2 b2 l3 r2 h0.8 f0.8"],
      ],
      [
        { centerHorizontally: false },
        ["print: A4 landscape, scale 77%, margins cm t2 b2 l3 r2 h0.8 f0.8"],
      ],
      [
        { repeatRows: { first: 3, last: 3 } },
        ["print: A4 landscape, scale 77%, margins cm t2 b2 l3 r2 h0.8 f0.8, repeat rows 3-3"],
      ],
      [
        { footer: { left: "ก", center: "", right: "{page}" } },
        [
          "print: A4 landscape, scale 77%, margins cm t2 b2 l3 r2 h0.8 f0.8",
          'footer: left "ก", right "{page}"',
        ],
      ],
      [
        { pageBreaks: [12, 30] },
        [
          "print: A4 landscape, scale 77%, margins cm t2 b2 l3 r2 h0.8 f0.8",
          "pages start at rows: 12 30",
        ],
      ],
      [
        { header: {} },
        ["print: A4 landscape, scale 77%, margins cm t2 b2 l3 r2 h0.8 f0.8", "header: "],
      ],
    ])("%j", (changes, expected) => {
      expect(body(spec({ print: { ...PRINT, ...changes } }))).toEqual(expected);
    });

    it("says nothing about printing without a print setup", () => {
      expect(renderSpecAsText(spec())).not.toContain("print:");
    });
  });

  it("leaves out the sections a sheet does not have", () => {
    const text = renderSpecAsText(spec({ rows: [["ก"]] }));
    for (const word of [
      "merges:",
      "heights:",
      "styles:",
      "freeze:",
      "list ",
      "when ",
      "data bars",
      "chart ",
      "print:",
      "header:",
      "footer:",
    ])
      expect(text).not.toContain(word);
  });

  it("always ends with one newline", () => {
    for (const s of [
      spec(),
      spec({ rows: [["ก"]], merges: [a1Range("A1:B1")] }),
      spec({ print: PRINT }),
    ]) {
      const text = renderSpecAsText(s);
      expect(text.endsWith("\n")).toBe(true);
      expect(text.endsWith("\n\n")).toBe(false);
    }
  });

  describe("renderWorkbookAsText", () => {
    it("renders the sheets in tab order, one after the other", () => {
      const first = spec({ name: "หนึ่ง", rows: [["ก"]] });
      const second = spec({ name: "สอง", rows: [["ข"]] });
      expect(renderWorkbookAsText({ sheets: [first, second] })).toBe(
        `${renderSpecAsText(first)}\n${renderSpecAsText(second)}`,
      );
    });

    it("renders an empty workbook as nothing", () => {
      expect(renderWorkbookAsText({ sheets: [] })).toBe("");
    });
  });
});
