/**
 * What the running Excel can do, from its API sets; detected once at start. The adapter uses an
 * Excel member newer than the manifest's minimum (ExcelApi 1.4) only where one of these says the
 * host has it (tests/excel/apiSets.test.ts checks that against @types/office-js).
 */
export interface OfficeCapabilities {
  /** ExcelApi 1.6: conditional formats (scores below the pass mark, marked cells). */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.6: Application.suspendApiCalculationUntilNextSync. */
  readonly calculationSuspension: boolean;
  /** ExcelApi 1.7: tab colour, freeze panes. */
  readonly api17: boolean;
  /** ExcelApi 1.8: data validation (dropdowns). */
  readonly dataValidation: boolean;
  /** ExcelApi 1.8: Excel.createWorkbook. */
  readonly createWorkbook: boolean;
  /** ExcelApi 1.8: Runtime.enableEvents, so that a build's own writes fire no change events. */
  readonly eventSuppression: boolean;
  /** ExcelApi 1.9: page layout (orientation, margins, fit, print titles, header and footer, page breaks). */
  readonly pageLayout: boolean;
  /** ExcelApi 1.9: format.indentLevel. */
  readonly indent: boolean;
  /** ExcelApi 1.9: WorksheetCollection.onChanged. */
  readonly changeEvents: boolean;
}

/** Asks Office which API sets it supports. */
export function detectCapabilities(
  isSetSupported: (name: string, version: string) => boolean,
): OfficeCapabilities {
  return {
    conditionalFormats: isSetSupported("ExcelApi", "1.6"),
    calculationSuspension: isSetSupported("ExcelApi", "1.6"),
    api17: isSetSupported("ExcelApi", "1.7"),
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    createWorkbook: isSetSupported("ExcelApi", "1.8"),
    eventSuppression: isSetSupported("ExcelApi", "1.8"),
    pageLayout: isSetSupported("ExcelApi", "1.9"),
    indent: isSetSupported("ExcelApi", "1.9"),
    changeEvents: isSetSupported("ExcelApi", "1.9"),
  };
}

/** Everything: the capabilities of a current Excel. */
export const ALL_CAPABILITIES: OfficeCapabilities = detectCapabilities(() => true);

/** Thai notes for the user on what this Excel cannot do. */
export function missingCapabilityNotes(caps: OfficeCapabilities): string[] {
  const notes: string[] = [];
  // One note per ExcelApi version.
  const without19 = [
    caps.pageLayout
      ? null
      : "ไม่ได้ตั้งค่าหน้ากระดาษ (A4 แนวนอน ระยะขอบ หัวตารางซ้ำทุกหน้า เลขหน้า จุดขึ้นหน้าใหม่)",
    caps.indent ? null : "ไม่ได้เยื้องข้อความในบันทึกข้อความ",
  ].filter((n) => n !== null);
  if (without19.length > 0)
    notes.push(`${without19.join(" และ")} เพราะ Excel รุ่นนี้ไม่รองรับ ExcelApi 1.9`);
  if (!caps.dataValidation)
    notes.push("ไม่ได้สร้างรายการตัวเลือก (dropdown) เพราะ Excel รุ่นนี้ไม่รองรับ ExcelApi 1.8");
  if (!caps.conditionalFormats)
    notes.push(
      "ไม่ได้เน้นสีคะแนนที่ต่ำกว่าเกณฑ์ผ่าน และระบายสีเซลล์ที่มีปัญหา เพราะ Excel รุ่นนี้ไม่รองรับ ExcelApi 1.6",
    );
  if (!caps.api17) notes.push("ไม่ได้ตรึงแถวหัวตารางและสีแท็บ เพราะ Excel รุ่นนี้ไม่รองรับ ExcelApi 1.7");
  return notes;
}
