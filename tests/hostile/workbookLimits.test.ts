import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { INPUT_LIMITS } from "../../src/domain/input/inputLimits";
import { XlsxWorkbookReader } from "../../src/xlsx/xlsxWorkbookReader";
import {
  cli,
  expectThaiOnly,
  inputWorkbookBytes,
  insertAfter,
  MEASURES,
  SETTINGS,
  tempDir,
  validateJson,
  withParts,
  withSheetXml,
  writeBytes,
} from "./hostileFiles";

/**
 * Limits that speak (issue 14, class 2): workbooks whose stored ranges, sizes or row numbers
 * would make loading them run for minutes or fill the memory. Each is either read as the same
 * input (a range over whole columns is clipped, never iterated) or refused with a Thai message
 * naming the place and the limit, exit 2, before the expensive work.
 */

const dir = tempDir("ita-hostile-limits-");
let seed: Buffer;
let seedIssues: string[];

beforeAll(async () => {
  seed = await inputWorkbookBytes();
  seedIssues = (await validateJson(writeBytes(dir, "seed.xlsx", seed))).issues.map(
    (i) => `${i.code}@${i.cell}`,
  );
});

/** Reads like the seed: same exit code and the same issues. */
async function expectReadLikeSeed(file: string): Promise<void> {
  const r = await validateJson(file);
  expect(r.code).toBe(0);
  expect(r.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(seedIssues);
}

async function expectRefused(file: string, ...phrases: string[]): Promise<void> {
  for (const command of ["validate", "build"]) {
    const r = await cli(
      command,
      file,
      ...(command === "build" ? ["-o", join(dir, "never.xlsx")] : []),
    );
    expect(r.code).toBe(2);
    for (const p of phrases) expect(r.err).toContain(p);
    expectThaiOnly(r.all, file);
  }
  expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
}

describe("ranges stored over whole columns are clipped to the used area, never iterated", () => {
  it.each([
    [
      "every dropdown of the Measures sheet on A3:J1048576",
      (x: string) => x.replace(/sqref="[^"]*"/g, 'sqref="A3:J1048576"'),
    ],
    [
      "dropdowns in the whole-column form A:A and C:J",
      (x: string) => x.replace(/sqref="[^"]*"/g, 'sqref="A:A C:J"'),
    ],
    [
      "a dropdown on every cell of the sheet",
      (x: string) => x.replace(/sqref="[^"]*"/, 'sqref="A1:XFD1048576"'),
    ],
    [
      "the dimension over the whole sheet",
      (x: string) => x.replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"'),
    ],
    [
      "a column format up to column two billion",
      (x: string) =>
        x.replace(/<col /, '<col min="11" max="2000000000" width="9" customWidth="1"/><col '),
    ],
    [
      "a styled empty cell in the last row of the sheet",
      (x: string) =>
        x.replace("</sheetData>", '<row r="1048576"><c r="J1048576" s="1"/></row></sheetData>'),
    ],
  ])("%s: read as the same input", async (_, edit) => {
    const file = writeBytes(dir, `clip-${_.length}.xlsx`, await withSheetXml(seed, MEASURES, edit));
    await expectReadLikeSeed(file);
  });

  it("a merge over a whole column of the Settings sheet: read as the same input", async () => {
    const edit = (x: string) =>
      x.includes("<mergeCells")
        ? x.replace("</mergeCells>", '<mergeCell ref="H1:H1048576"/></mergeCells>')
        : insertAfter(
            "sheetData",
            '<mergeCells count="1"><mergeCell ref="H1:H1048576"/></mergeCells>',
          )(x);
    await expectReadLikeSeed(
      writeBytes(dir, "merge-column.xlsx", await withSheetXml(seed, SETTINGS, edit)),
    );
  });

  it("keeps the merges and dropdowns a file really has, where the values are", async () => {
    const bytes = await withSheetXml(seed, MEASURES, (x) =>
      x.replace(/sqref="([A-J])3:[A-J]\d+"/g, 'sqref="$13:$11048576"'),
    );
    const ws = (await XlsxWorkbookReader.fromBuffer(bytes)).workbook.getWorksheet(MEASURES)!;
    expect(ws.getCell("A3").dataValidation?.type).toBe("list");
    expect(ws.getCell("A900").dataValidation?.type).toBe("list"); // room below the last row
    expect(ws.getCell("A100000").dataValidation).toBeUndefined();
    const settings = (await XlsxWorkbookReader.fromBuffer(seed)).workbook.getWorksheet(SETTINGS)!;
    expect(settings.model.merges.length).toBeGreaterThan(0);
    expect(settings.getCell(settings.model.merges[0]!.split(":")[1]!).isMerged).toBe(true);
  });
});

describe("sizes over a limit are refused with the limit and the place", () => {
  it("a value below the last row read names its cell", async () => {
    const row = INPUT_LIMITS.sheetRows + 1;
    const edit = (x: string) =>
      x.replace(
        "</sheetData>",
        `<row r="${row}"><c r="C${row}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`,
      );
    await expectRefused(
      writeBytes(dir, "row-beyond.xlsx", await withSheetXml(seed, MEASURES, edit)),
      'ชีต "มาตรการ"',
      `C${row}`,
      "30,000",
    );
  });

  it("more merged areas on one sheet than the limit", async () => {
    const rows = 25_001;
    const merges = Array.from(
      { length: rows },
      (_, i) => `<mergeCell ref="K${i + 1}:L${i + 1}"/><mergeCell ref="M${i + 1}:N${i + 1}"/>`,
    ).join("");
    const edit = (x: string) =>
      x
        .replace(
          "</sheetData>",
          `<row r="${rows}"><c r="J${rows}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`,
        )
        .replace(
          /<mergeCells[\s\S]*?<\/mergeCells>|(?=<dataValidations)/,
          `<mergeCells count="${rows * 2}">${merges}</mergeCells>`,
        );
    await expectRefused(
      writeBytes(dir, "merges.xlsx", await withSheetXml(seed, MEASURES, edit)),
      'ชีต "มาตรการ"',
      "50,002",
      "50,000",
    );
  });

  it("an image that unpacks to more than a part may hold (packed small)", async () => {
    const big = new Uint8Array(INPUT_LIMITS.partBytes + 1024 * 1024);
    const file = writeBytes(
      dir,
      "big-image.xlsx",
      await withParts(seed, { "xl/media/image1.png": big }),
    );
    await expectRefused(file, '"xl/media/image1.png"', "64 MB", "รูปภาพ");
  });

  it("a part whose size in the zip lies is measured by unpacking, and stopped at the limit", async () => {
    const bytes = await withParts(seed, {
      "xl/media/image2.png": new Uint8Array(INPUT_LIMITS.partBytes + 1024 * 1024),
    });
    const lying = Buffer.from(bytes);
    // Central directory (PK\1\2) and local header (PK\3\4) of the image: declare 1,000 bytes.
    const name = Buffer.from("xl/media/image2.png");
    for (const [sig, sizeAt, nameAt] of [
      [0x02014b50, 24, 46],
      [0x04034b50, 22, 30],
    ] as const)
      for (
        let i = lying.indexOf(Buffer.from(new Uint32Array([sig]).buffer));
        i >= 0;
        i = lying.indexOf(Buffer.from(new Uint32Array([sig]).buffer), i + 4)
      )
        if (lying.subarray(i + nameAt, i + nameAt + name.length).equals(name))
          lying.writeUInt32LE(1000, i + sizeAt);
    await expectRefused(
      writeBytes(dir, "lying-size.xlsx", lying),
      '"xl/media/image2.png"',
      "64 MB",
    );
  });

  it("a file over the size limit is refused before it is read", async () => {
    const file = writeBytes(
      dir,
      "huge.xlsx",
      await withParts(seed, { "xl/media/noise.bin": randomBytes(INPUT_LIMITS.fileBytes) }),
    );
    await expectRefused(file, "20 MB");
    const json = writeBytes(
      dir,
      "huge.json",
      `{"padding":"${"ก".repeat(INPUT_LIMITS.fileBytes / 3 + 10)}"}`,
    );
    await expectRefused(json, "20 MB");
  });

  it("more parts than an .xlsx may hold", async () => {
    const zip = await JSZip.loadAsync(seed);
    for (let i = 0; i <= INPUT_LIMITS.parts; i++) zip.file(`xl/extra/part${i}.xml`, "<x/>");
    const file = writeBytes(dir, "parts.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    await expectRefused(file, "5,000");
  });
});
