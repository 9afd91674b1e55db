import type ExcelJS from "exceljs";

/** The workbook as .xlsx bytes; unlike Node's Buffer, works in a browser too. */
export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
