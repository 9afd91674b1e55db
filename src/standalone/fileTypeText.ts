const SAVE_AS = 'แล้วบันทึกเป็น "สมุดงาน Excel (.xlsx)"';

/** What to tell about a file that is not an .xlsx workbook, by its extension; null for .xlsx or none. */
export function fileTypeText(fileName: string): string | null {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  switch (ext) {
    case "xlsx":
      return null;
    case "xls":
    case "xlsm":
    case "xlsb":
      return `ไฟล์ .${ext} เป็นสมุดงาน Excel ชนิดอื่นซึ่งหน้านี้อ่านไม่ได้ กรุณาเปิดใน Excel ${SAVE_AS}`;
    case "ods":
      return `ไฟล์ .ods เป็นสเปรดชีตของ LibreOffice/OpenOffice กรุณาเปิดใน LibreOffice Calc แล้วเลือก ไฟล์ › บันทึกเป็น › ชนิดไฟล์ "Excel 2007-365 (.xlsx)"`;
    case "csv":
      return `ไฟล์ .csv มีแต่ข้อมูลของแผ่นงานเดียว ไม่มีชีตข้อมูลครบ กรุณาเปิดสมุดงาน ITA ที่เป็นไฟล์ .xlsx หรือกด "เริ่มสมุดงานใหม่"`;
    case "":
      return `ไฟล์นี้ไม่มีนามสกุล และไม่ใช่สมุดงาน Excel (.xlsx) กรุณาเลือกไฟล์ .xlsx`;
    default:
      return `ไฟล์ .${ext} ไม่ใช่สมุดงาน Excel กรุณาเลือกไฟล์ .xlsx (สมุดงาน ITA) หรือกด "เริ่มสมุดงานใหม่"`;
  }
}
