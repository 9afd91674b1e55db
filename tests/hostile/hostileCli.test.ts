import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { MEASURE_COLUMNS } from "../../src/domain/input/measuresLayout";
import type { Measure } from "../../src/domain/model/measure";
import type { ReportInput } from "../../src/domain/model/reportInput";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import { FIXTURE_DIR, loadFixture } from "../helpers/fixtures";

/**
 * Hostile files thrown at the command line, in process: every one must end in a Thai message
 * and exit code 1 (input errors) or 2 (unreadable file), never a crash (70) or a stack trace.
 * Files are made from seed 001's input workbook and changed the way people change them.
 */

const dir = mkdtempSync(join(tmpdir(), "ita-hostile-cli-"));
const SETTINGS = "ข้อมูลรายงาน";
const SCORES = "คะแนน ITA";
const MEASURES = "มาตรการ";

/** Words in Latin letters that a Thai message may contain: names of things, not English prose. */
const ALLOWED_LATIN = new Set([
  "ITA",
  "Excel",
  "xlsx",
  "xls",
  "json",
  "JSON",
  "docx",
  "zip",
  "init",
  "ita",
  "report",
  "force",
  "pdf",
  "PDF",
  "LibreOffice",
  "NAME",
  "REF",
  "VALUE",
  "DIV",
]);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** File paths in messages are the user's own names, not message text. */
const PATHS = new RegExp(`(?:${escapeRe(dir)}|${escapeRe(FIXTURE_DIR)})[^\\s"]*`, "g");

/** What a user sees is Thai, names no internals and shows no stack trace. */
function expectThaiOnly(text: string): void {
  const shown = text.replace(PATHS, "");
  expect(shown).toMatch(/[\u0e00-\u0e7f]/);
  expect(shown).not.toMatch(/\n\s+at /);
  expect(shown).not.toContain("ไม่คาดคิด"); // main()'s last resort for a crash
  // Quoted text is the user's own (a title, a cell's content), not the message's words.
  const words = shown.replace(/"[^"\n]*"/g, "").match(/[A-Za-z]{3,}/g) ?? [];
  const latin = words.filter((w) => !ALLOWED_LATIN.has(w));
  expect(latin).toEqual([]);
}

async function seedWorkbookBytes(input: ReportInput = loadFixture("seed001")): Promise<Buffer> {
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets(input) });
  return writer.toBuffer();
}

let seedBytes: Buffer;

async function seedWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(seedBytes as unknown as ArrayBuffer);
  return wb;
}

/** Seed 001's workbook changed by `edit`, saved under `name`. */
async function edited(
  name: string,
  edit: (wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<string> {
  const wb = await seedWorkbook();
  await edit(wb);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

function bytesFile(name: string, bytes: Buffer | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

/** The values of columns 1–n of a row, as ExcelJS holds them. */
const rowValues = (ws: ExcelJS.Worksheet, row: number, n: number): ExcelJS.CellValue[] =>
  Array.from({ length: n }, (_, c) => ws.getCell(row, c + 1).value);

/** Every value of every sheet of an .xlsx file, by sheet name. */
async function workbookValues(file: string): Promise<Record<string, unknown[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, ws.getSheetValues()]));
}

beforeAll(async () => {
  seedBytes = await seedWorkbookBytes();
});

describe("the seed workbook these cases start from", () => {
  it("is valid and builds", async () => {
    const file = bytesFile("seed.xlsx", seedBytes);
    expect((await cli("validate", file)).code).toBe(0);
    const r = await cli("build", file, "-o", join(dir, "seed-report.xlsx"));
    expect(r.code).toBe(0);
  });
});

describe("input sheets missing or renamed", () => {
  it.each([
    ["the settings sheet is deleted", SETTINGS, null],
    ["the scores sheet is deleted", SCORES, null],
    ["the settings sheet is renamed", SETTINGS, "ข้อมูลรายงาน (2)"],
    ["the scores sheet is renamed", SCORES, "Sheet1"],
    ["the scores sheet name gets a trailing space", SCORES, "คะแนน ITA "],
  ])("%s: names the sheet it cannot find, exit 1", async (_, name, renamed) => {
    const file = await edited(
      `sheet-${Buffer.from(`${name}${renamed}`).toString("hex").slice(0, 24)}.xlsx`,
      (wb) => {
        const ws = sheet(wb, name);
        if (renamed === null) wb.removeWorksheet(ws.id);
        else ws.name = renamed;
      },
    );
    for (const command of ["validate", "summary", "build"]) {
      const r = await cli(
        command,
        file,
        ...(command === "build" ? ["-o", join(dir, "never.xlsx")] : []),
      );
      expect(r.code).toBe(1);
      expect(r.all).toContain(`ชีต "${name}": ไม่พบชีตชื่อนี้ในสมุดงาน`);
      expectThaiOnly(r.all);
    }
    expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
  });

  it("without the measures sheet, a measures report is refused by name", async () => {
    const file = await edited("no-measures.xlsx", (wb) =>
      wb.removeWorksheet(sheet(wb, MEASURES).id),
    );
    const r = await cli("build", file, "-o", join(dir, "never.xlsx"), "--reports", "year-end");
    expect(r.code).toBe(1);
    expect(r.err).toContain('สร้างชีต "รายงานผลประจำปี" ไม่ได้ เพราะยังไม่มีมาตรการ');
    expectThaiOnly(r.all);
    expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
  });

  it("a renamed measures sheet reads as a workbook without measures, and says so", async () => {
    // A scores-only workbook is allowed, so this is a warning and the score table is built.
    const file = await edited("renamed-measures.xlsx", (wb) => {
      sheet(wb, MEASURES).name = "มาตรการ ปี 67";
    });
    const r = await cli("build", file, "-o", join(dir, "renamed-measures-report.xlsx"));
    expect(r.code).toBe(0);
    expect(r.err).toContain('ชีต "มาตรการ"');
    expect(r.err).toContain("ยังไม่มีมาตรการ");
    expectThaiOnly(r.all);
  });
});

describe("protected sheets", () => {
  it("are read like any other: same result, and the file is not changed", async () => {
    const file = await edited("protected.xlsx", async (wb) => {
      for (const ws of wb.worksheets)
        await ws.protect("รหัสลับ", { selectLockedCells: true, formatCells: false });
    });
    const before = readFileSync(file);
    const plain = await cli("summary", bytesFile("plain.xlsx", seedBytes), "--json");
    const r = await cli("summary", file, "--json");
    expect(r.code).toBe(0);
    expect(r.out).toBe(plain.out);
    expect((await cli("build", file, "-o", join(dir, "protected-report.xlsx"))).code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("columns of the measures sheet", () => {
  let expected: Record<string, unknown[]>;

  beforeAll(async () => {
    const out = join(dir, "columns-expected.xlsx");
    expect((await cli("build", bytesFile("columns-seed.xlsx", seedBytes), "-o", out)).code).toBe(0);
    expected = await workbookValues(out);
  });

  it.each([
    [
      "reversed",
      (ws: ExcelJS.Worksheet) => {
        for (let r = 2; r <= 12; r++) {
          const values = rowValues(ws, r, 10).reverse();
          values.forEach((v, c) => (ws.getCell(r, c + 1).value = v));
        }
      },
    ],
    [
      "with extra columns before, between and after",
      (ws: ExcelJS.Worksheet) => {
        ws.spliceColumns(1, 0, ["", "ลำดับ", ...Array.from({ length: 10 }, (_, i) => i + 1)]);
        ws.spliceColumns(5, 0, ["", "หมายเหตุ", "ดูแฟ้มที่ 3"]);
        // After the last column: the sheet's own columns plus the two inserted above.
        const after = MEASURE_COLUMNS.length + 3;
        ws.getCell(2, after).value = "งบประมาณ (บาท)";
        ws.getCell(3, after).value = 45_000;
      },
    ],
    [
      "with spaces and line breaks in the headers",
      (ws: ExcelJS.Worksheet) => {
        ws.getCell("B2").value = "มาตรการ/\nแนวทาง";
        ws.getCell("E2").value = " ระยะเวลา ดำเนินการ ";
      },
    ],
  ])("%s: give the same reports as the original", async (name, edit) => {
    const file = await edited(`columns-${name.length}.xlsx`, (wb) => edit(sheet(wb, MEASURES)));
    expect((await cli("validate", file)).code).toBe(0);
    const out = join(dir, `columns-${name.length}-report.xlsx`);
    expect((await cli("build", file, "-o", out)).code).toBe(0);
    expect(await workbookValues(out)).toEqual(expected);
  });

  it.each([
    ["renamed", "B2", "ชื่อมาตรการ", "มาตรการ/แนวทาง"],
    ["deleted", "C2", null, "วิธีการดำเนินการ"],
  ])("a required column %s: names the header it needs, exit 1", async (_, cell, value, header) => {
    const file = await edited(`column-${header.length}.xlsx`, (wb) => {
      const ws = sheet(wb, MEASURES);
      if (value === null) ws.spliceColumns(ws.getCell(cell).fullAddress.col, 1);
      else ws.getCell(cell).value = value;
    });
    const r = await cli("build", file, "-o", join(dir, "never.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`ชีต "มาตรการ" เซลล์ A2: ไม่พบคอลัมน์ "${header}" ในแถวหัวตาราง`);
    expectThaiOnly(r.all);
  });
});

describe("merged cells", () => {
  it.each([
    // A title merged over the rows of its activities: only the first row keeps the value.
    ["measures B3:B5 (a title over three rows)", MEASURES, ["B3:B5"], ["B4", "B5"]],
    // A merged title and header: the header row is gone.
    ["measures header A1:J2", MEASURES, ["A1:J2"], []],
    // Labels merged over several settings rows: those settings cannot be found.
    ["settings A4:C6", SETTINGS, ["A4:C6"], ["B4"]],
    // The year row merged into the title: the years are gone.
    ["scores A1:E2", SCORES, ["A1:E2"], ["D2", "E2"]],
  ])("%s: every lost value is an issue in Thai, exit 1", async (_, name, merges, cells) => {
    const file = await edited(`merged-${name.length}-${merges[0]}.xlsx`.replace(":", "-"), (wb) => {
      const ws = sheet(wb, name);
      for (const m of [...(ws.model.merges ?? [])]) ws.unMergeCells(m);
      for (const m of merges) ws.mergeCells(m);
    });
    const r = await cli("validate", file, "--json");
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.out) as {
      severity: string;
      sheet: string | null;
      cell: string | null;
      message: string;
    }[];
    expect(issues.some((i) => i.severity === "error" && i.sheet === name)).toBe(true);
    for (const cell of cells)
      expect(issues).toContainEqual(expect.objectContaining({ sheet: name, cell }));
    expectThaiOnly(issues.map((i) => i.message).join("\n"));
    const b = await cli("build", file, "-o", join(dir, "never.xlsx"));
    expect(b.code).toBe(1);
    expectThaiOnly(b.all);
  });

  it("text merged across two columns leaves the second empty: a warning, not a crash", async () => {
    const file = await edited("merged-text.xlsx", (wb) => sheet(wb, MEASURES).mergeCells("B3:C3"));
    const r = await cli("validate", file, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toContainEqual(
      expect.objectContaining({ severity: "warning", sheet: MEASURES, cell: "C3" }),
    );
  });
});

describe("cells with errors or formulas", () => {
  it("Excel error values in every input sheet are named by cell, exit 1", async () => {
    const error = (e: string) => ({ error: e }) as ExcelJS.CellValue;
    const file = await edited("errors.xlsx", (wb) => {
      sheet(wb, SETTINGS).getCell("B7").value = error("#REF!"); // fiscal year
      sheet(wb, SETTINGS).getCell("B9").value = error("#VALUE!"); // report date
      sheet(wb, SCORES).getCell("E4").value = {
        formula: "1/0",
        result: error("#DIV/0!"),
      } as ExcelJS.CellValue;
      sheet(wb, MEASURES).getCell("A3").value = error("#NAME?");
      sheet(wb, MEASURES).getCell("C4").value = {
        formula: "X99",
        result: error("#N/A"),
      } as ExcelJS.CellValue;
    });
    const r = await cli("validate", file, "--json");
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.out) as { sheet: string; cell: string; message: string }[];
    for (const [name, cell] of [
      [SETTINGS, "B7"],
      [SETTINGS, "B9"],
      [SCORES, "E4"],
      [MEASURES, "A3"],
      [MEASURES, "C4"],
    ])
      expect(issues).toContainEqual(expect.objectContaining({ sheet: name, cell }));
    expect(issues.find((i) => i.cell === "B9")!.message).toContain("#VALUE!");
    expect(issues.find((i) => i.cell === "E4")!.message).toMatch(/[\u0e00-\u0e7f]/);
    expectThaiOnly(issues.map((i) => i.message).join("\n"));
    const b = await cli("build", file, "-o", join(dir, "never.xlsx"));
    expect(b.code).toBe(1);
    expectThaiOnly(b.all);
  });

  it("formulas are read by their computed values, as Excel shows them", async () => {
    const file = await edited("formulas.xlsx", (wb) => {
      const scores = sheet(wb, SCORES);
      const e4 = scores.getCell("E4").value as number;
      scores.getCell("E4").value = { formula: `${e4}+0`, result: e4 } as ExcelJS.CellValue;
      sheet(wb, MEASURES).getCell("D3").value = {
        formula: '"สำนัก"&"ปลัด"',
        result: "สำนักปลัด",
      } as ExcelJS.CellValue;
    });
    const plain = await cli("summary", bytesFile("formulas-plain.xlsx", seedBytes), "--json");
    const r = await cli("summary", file, "--json");
    expect(r.code).toBe(0);
    expect(r.out).toBe(plain.out);
  });

  it("text that looks like a formula or an error value is user text, not a crash", async () => {
    const file = await edited("formula-text.xlsx", (wb) => {
      sheet(wb, SCORES).getCell("E5").value = "=SUM(E4:E14)";
      sheet(wb, MEASURES).getCell("F3").value = "#N/A";
    });
    const r = await cli("validate", file, "--json");
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.out) as { message: string }[];
    expect(issues).toContainEqual(
      expect.objectContaining({ sheet: SCORES, cell: "E5", code: "score-not-a-number" }),
    );
    expectThaiOnly(issues.map((i) => i.message).join("\n"));
  });
});

describe("10,000 measure rows", () => {
  it("are validated and built into a report without a crash", async () => {
    const seed = loadFixture("seed001");
    // Five-digit numbers in the titles: never mistaken for a Buddhist-era year.
    const measures: Measure[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...seed.measures[i % seed.measures.length]!,
      title: `${seed.measures[i % seed.measures.length]!.title} ชุดที่ ${10_001 + i}`,
    }));
    const file = bytesFile("10k.xlsx", await seedWorkbookBytes({ ...seed, measures }));
    const v = await cli("validate", file, "--json");
    expect(v.code).toBe(0);
    // Only seed 001's own warnings: its plan lists indicators 8 and 9, which no measure names.
    expect(JSON.parse(v.out).map((i: { code: string; cell: string }) => [i.code, i.cell])).toEqual([
      ["indicator-measure-unnamed", "E11"],
      ["indicator-measure-unnamed", "E12"],
    ]);
    const out = join(dir, "10k-report.xlsx");
    const b = await cli("build", file, "-o", out);
    expect(b.code).toBe(0);
    expect(b.out).toContain("รายงานผลประจำปี");
    // Reading 20,000 report rows back would double the time; the file is a zip of some size.
    const report = readFileSync(out);
    expect(report.subarray(0, 4).toString("hex")).toBe("504b0304");
    expect(report.length).toBeGreaterThan(200_000);
  }, 180_000);
});

describe("files that are not an input workbook", () => {
  const half = (b: Buffer) => b.subarray(0, Math.floor(b.length / 2));

  it.each<[string, string, () => Buffer | string, string]>([
    ["a valid .xlsx cut in half", "truncated.xlsx", () => half(seedBytes), "เสียหายหรือไม่ครบ"],
    [
      "the first 100 bytes of a valid .xlsx",
      "head.xlsx",
      () => seedBytes.subarray(0, 100),
      "เสียหายหรือไม่ครบ",
    ],
    [
      "text with an .xlsx extension",
      "text.xlsx",
      () => "ตัวชี้วัดที่,คะแนน\n1,98.5\n",
      "ไม่ใช่ไฟล์ Excel (.xlsx)",
    ],
    [
      "a PDF renamed to .xlsx",
      "pdf.xlsx",
      () => "%PDF-1.7\n%âãÏÓ\n1 0 obj\n",
      "ไม่ใช่ไฟล์ Excel (.xlsx)",
    ],
    [
      "an old .xls or password-protected workbook",
      "ole.xlsx",
      () => Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1024)]),
      "รุ่นเก่า (.xls) หรือสมุดงานที่ตั้งรหัสผ่าน",
    ],
    [
      "a zip that is not a workbook",
      "plain-zip.xlsx",
      () => readFileSync(join(dir, "plain.zip")),
      "ไม่มีแผ่นงาน Excel",
    ],
    ["an empty .xlsx", "empty.xlsx", () => Buffer.alloc(0), "ว่างเปล่า (0 ไบต์)"],
    ["an empty .json", "empty.json", () => Buffer.alloc(0), "ว่างเปล่า (0 ไบต์)"],
  ])("%s: says what it is in Thai, exit 2", async (_, name, bytes, text) => {
    if (name === "plain-zip.xlsx") {
      // A real zip archive (one text file, stored), built by hand so no zip tool is needed.
      writeFileSync(join(dir, "plain.zip"), storedZip("อ่านก่อน.txt", "สวัสดี"));
    }
    const file = bytesFile(name, bytes());
    for (const command of ["validate", "summary", "build"]) {
      const r = await cli(
        command,
        file,
        ...(command === "build" ? ["-o", join(dir, "never.xlsx")] : []),
      );
      expect(r.code).toBe(2);
      expect(r.err).toContain(text);
      expectThaiOnly(r.err);
    }
    expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
  });

  it.each([
    ["an array", "[1, 2, 3]"],
    ["null", "null"],
    ["a number", "2567"],
    ["a string", '"ITA"'],
  ])(".json that is %s: exit 1 with a Thai message", async (what, text) => {
    const file = bytesFile(`${what.replace(/ /g, "-")}.json`, text);
    for (const command of ["validate", "summary", "build"]) {
      const r = await cli(
        command,
        file,
        ...(command === "build" ? ["-o", join(dir, "never.xlsx")] : []),
      );
      expect(r.code).toBe(1);
      expect(r.all).toContain("ข้อมูลต้องเป็นออบเจ็กต์ JSON");
      expectThaiOnly(r.all);
    }
  });

  it("reads .json saved with a byte-order mark (Windows Notepad)", async () => {
    const file = bytesFile(
      "bom.json",
      `\ufeff${readFileSync(join(FIXTURE_DIR, "seed001.json"), "utf8")}`,
    );
    expect((await cli("validate", file)).code).toBe(0);
  });
});

describe("output files", () => {
  it("refuses to write the report over its own input file, which stays as it was", async () => {
    const file = bytesFile("own.xlsx", seedBytes);
    for (const args of [
      ["-o", file],
      ["-o", join(dir, "own-report.xlsx"), "--pdf", file],
      ["-o", join(dir, ".", "own.xlsx")],
    ]) {
      const r = await cli("build", file, ...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain("จะไม่เขียนทับไฟล์ข้อมูล");
      expectThaiOnly(r.err);
    }
    expect(readFileSync(file).equals(seedBytes)).toBe(true);
  });

  it.each([
    ["a folder that does not exist", () => join(dir, "no-such-folder", "r.xlsx"), "ไม่พบโฟลเดอร์"],
    ["a folder", () => dir, "เป็นโฟลเดอร์"],
  ])("an output path that is %s: exit 2 with a Thai reason", async (_, out, reason) => {
    const r = await cli("build", join(FIXTURE_DIR, "seed001.json"), "-o", out());
    expect(r.code).toBe(2);
    expect(r.err).toContain(reason);
    // Seed 001's warnings name its scores by JSON path (scores.2567.8), the input's own names.
    expectThaiOnly(r.err.replace(/scores\.\d+\.\d+/g, ""));
  });
});

/** A zip archive with one stored (uncompressed) file. */
function storedZip(name: string, content: string): Buffer {
  const nameBytes = Buffer.from(name, "utf8");
  const data = Buffer.from(content, "utf8");
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localSize = local.length + nameBytes.length + data.length;
  const centralSize = central.length + nameBytes.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
