import type { IndicatorNumber } from "../domain/framework/indicators";
import type { Hundredths } from "../domain/scoring/hundredths";
import type { ReportInput } from "../domain/input/reportInput";

const scores = (list: readonly Hundredths[]) =>
  new Map(list.map((h, i) => [(i + 1) as IndicatorNumber, h] as const));

/** A fictional municipality of our own, used by `ita-report demo`. */
export const DEMO_INPUT: ReportInput = {
  organization: { kind: "เทศบาลตำบล", name: "ทุ่งงามพัฒนา", district: "สันติสุข", province: "น่าน" },
  fiscalYearBE: 2568,
  round: "full-year",
  reportDate: { yearBE: 2568, month: 9, day: 30 },
  digitStyle: "thai",
  font: { name: "TH SarabunPSK", size: 16 },
  scores: new Map([
    [2567, scores([9874, 9612, 9750, 9488, 9920, 9135, 8842, 8710, 9300, 9875])],
    [2568, scores([9910, 9733, 9702, 9651, 10000, 9388, 9016, 8394, 9586, 10000])],
  ]),
  officialTotals: new Map([[2568, { overall: 9537 }]]),
  measures: [],
  problems: "บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบบริการออนไลน์ จึงต้องอบรมเพิ่มเติม",
  remedies: "จัดอบรมการใช้ระบบออนไลน์ให้บุคลากรทุกกอง และทบทวนความคืบหน้าในการประชุมประจำเดือน",
  memo: { unit: "สำนักปลัด งานวิเคราะห์นโยบายและแผน", number: "นน 52001/", to: "นายกเทศมนตรีตำบลทุ่งงามพัฒนา" },
  signatories: [
    { role: "ผู้รายงาน", name: "นางสาวพรรณี ตั้งใจงาม", position: "นักวิเคราะห์นโยบายและแผนชำนาญการ" },
    { role: "ผู้ตรวจสอบ", name: "นายวิชัย มั่นคงดี", position: "ปลัดเทศบาลตำบลทุ่งงามพัฒนา" },
    { role: "ทราบ", name: "นายสมศักดิ์ ใฝ่ธรรม", position: "นายกเทศมนตรีตำบลทุ่งงามพัฒนา" },
  ],
};
