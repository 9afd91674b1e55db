import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { FRAMEWORK_SHEET } from "../../src/domain/input/frameworkLayout";

const dir = mkdtempSync(join(tmpdir(), "ita-cli-framework-sheet-"));

/** The demo's input workbook with the sheet that `init --with-framework` makes, for the demo's year 2568. */
async function demoWithFrameworkSheet(
  edit: (sheet: ExcelJS.Worksheet, row: (label: string) => number) => void,
): Promise<string> {
  const blank = join(dir, `blank-${Math.random().toString(36).slice(2)}.xlsx`);
  expect((await cli("init", blank, "--with-framework")).code).toBe(0);
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(blank);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "demo-input.xlsx"));
  const sheet = wb.addWorksheet(FRAMEWORK_SHEET);
  source.getWorksheet(FRAMEWORK_SHEET)!.eachRow((r, n) => {
    sheet.getRow(n).values = r.values as ExcelJS.CellValue[];
  });
  const row = (label: string) => {
    let found = 0;
    sheet.eachRow((r, n) => {
      if (!found && r.getCell(1).value === label) found = n;
    });
    return found;
  };
  sheet.getCell(`B${row("ปีที่ประเมิน (พ.ศ.)")}`).value = 2568;
  edit(sheet, row);
  const file = join(dir, `with-sheet-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("the framework sheet through the command line", () => {
  beforeAll(async () => {
    expect((await cli("demo", "--out", dir)).code).toBe(0);
  });

  it("init --with-framework adds the sheet with the next year's draft, and init alone does not", async () => {
    const plain = join(dir, "plain.xlsx");
    const withSheet = join(dir, "with.xlsx");
    expect((await cli("init", plain)).code).toBe(0);
    const made = await cli("init", withSheet, "--with-framework");
    expect(made.out).toContain(`ชีต "${FRAMEWORK_SHEET}"`);
    const names = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb;
    };
    expect((await names(plain)).getWorksheet(FRAMEWORK_SHEET)).toBeUndefined();
    const sheet = (await names(withSheet)).getWorksheet(FRAMEWORK_SHEET)!;
    expect(sheet.getCell("A1").value).toBe("เกณฑ์การประเมิน ITA ปี 2570 ที่ใช้คิดคะแนน");
  });

  it("scores the year by the sheet's record: another pass mark and weights give other figures, named as the author's", async () => {
    const file = await demoWithFrameworkSheet((sheet, row) => {
      const weights = row("รหัส");
      sheet.getCell(`C${weights + 1}`).value = 20;
      sheet.getCell(`C${weights + 3}`).value = 50;
      sheet.getCell(`B${row("ที่มาของเกณฑ์")}`).value = "ทดลองน้ำหนัก 20:30:50";
    });
    const plain = JSON.parse((await cli("summary", join(dir, "demo-input.xlsx"), "--json")).out);
    const r = await cli("summary", file, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const year = json.years.find((y: { fiscalYearBE: number }) => y.fiscalYearBE === 2568);
    const before = plain.years.find((y: { fiscalYearBE: number }) => y.fiscalYearBE === 2568);
    expect(year.framework).toMatchObject({ origin: "supplied" });
    expect(before.framework).toMatchObject({ origin: "built-in" });
    const { IIT, EIT, OIT } = year.instruments as Record<string, number>;
    expect(year.overall).toBeCloseTo(0.2 * IIT! + 0.3 * EIT! + 0.5 * OIT!, 1);
    expect(year.overall).not.toBe(before.overall);
  });

  it("refuses a sheet with a mistake, naming its cell", async () => {
    const file = await demoWithFrameworkSheet((sheet, row) => {
      sheet.getCell(`B${row("เกณฑ์ผ่าน (คะแนน)")}`).value = "แปดสิบห้า";
    });
    const r = await cli("validate", file);
    expect(r.code).toBe(1);
    expect(r.err + r.out).toContain(`ชีต "${FRAMEWORK_SHEET}" เซลล์ B`);
  });
});
