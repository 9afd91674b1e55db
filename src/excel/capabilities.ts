/** What the running Excel can do, from its API sets; detected once at start. */
export interface OfficeCapabilities {
  /** ExcelApi 1.7: getRangeByIndexes, freeze panes, tab colour. */
  readonly api17: boolean;
  /** ExcelApi 1.8: data validation, createWorkbook. */
  readonly dataValidation: boolean;
  /** ExcelApi 1.9: page layout (orientation, margins, fit, print titles, header and footer). */
  readonly pageLayout: boolean;
  /** ExcelApi 1.6: conditional formats. */
  readonly conditionalFormats: boolean;
}

export const ALL_CAPABILITIES: OfficeCapabilities = {
  api17: true,
  dataValidation: true,
  pageLayout: true,
  conditionalFormats: true,
};

/** Asks Office which API sets it supports. */
export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): OfficeCapabilities {
  return {
    api17: isSetSupported("ExcelApi", "1.7"),
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    pageLayout: isSetSupported("ExcelApi", "1.9"),
    conditionalFormats: isSetSupported("ExcelApi", "1.6"),
  };
}

/** Thai notes for the user on what this Excel cannot do. */
export function missingCapabilityNotes(caps: OfficeCapabilities): string[] {
  const notes: string[] = [];
  if (!caps.pageLayout)
    notes.push("ไม่ได้ตั้งค่าหน้ากระดาษ (A4 แนวนอน ระยะขอบ หัวตารางซ้ำทุกหน้า เลขหน้า) เพราะ Excel รุ่นนี้ไม่รองรับ ExcelApi 1.9");
  if (!caps.dataValidation) notes.push("ไม่ได้สร้างรายการตัวเลือก (dropdown) เพราะ Excel รุ่นนี้ไม่รองรับ ExcelApi 1.8");
  if (!caps.conditionalFormats) notes.push("ไม่ได้เน้นสีคะแนนต่ำกว่า 85 เพราะ Excel รุ่นนี้ไม่รองรับ ExcelApi 1.6");
  if (!caps.api17) notes.push("ไม่ได้ตรึงแถวหัวตารางและสีแท็บ เพราะ Excel รุ่นนี้ไม่รองรับ ExcelApi 1.7");
  return notes;
}
