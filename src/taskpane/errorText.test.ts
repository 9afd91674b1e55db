import { WorkbookWriteError } from "../app/ports";
import { errorText } from "./errorText";

describe("errorText", () => {
  it("passes on the adapters' Thai messages, which already say what to do", () => {
    expect(
      errorText(new WorkbookWriteError("Excel ไม่อนุญาตให้เขียน กรุณายกเลิกการป้องกัน", "AccessDenied")),
    ).toBe("Excel ไม่อนุญาตให้เขียน กรุณายกเลิกการป้องกัน");
    expect(errorText(Object.assign(new Error("ไฟล์ว่างเปล่า"), { name: "XlsxReadError" }))).toBe(
      "ไฟล์ว่างเปล่า",
    );
  });

  it("gives an Office.js error that reached the screen unwrapped its Thai wording", () => {
    const office = Object.assign(new Error("Excel is in cell-editing mode."), {
      code: "InvalidOperationInCellEditMode",
    });
    expect(errorText(office)).toMatch(/^Excel กำลังแก้ไขเซลล์อยู่ กรุณากด Enter/);
  });

  it("says what to do about anything unexpected, and keeps its detail", () => {
    expect(errorText(new TypeError("x is undefined"))).toMatch(
      /^เกิดข้อผิดพลาดที่ไม่คาดคิด กรุณาลองอีกครั้ง.*\(รายละเอียด: x is undefined\)$/,
    );
    expect(errorText("plain")).toMatch(/\(รายละเอียด: plain\)$/);
  });
});
