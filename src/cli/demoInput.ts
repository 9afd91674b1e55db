import type { IndicatorNumber } from "../domain/framework/indicators";
import type { Hundredths } from "../domain/numbers/hundredths";
import { BLANK_MEASURE, type Measure } from "../domain/model/measure";
import type { ReportInput } from "../domain/model/reportInput";
import { DEFAULT_LAYOUT } from "../domain/model/reportLayout";
import { EMPTY_TEXTS } from "../domain/model/reportTexts";

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
  measures: [
    measure(
      8,
      "มาตรการลดขั้นตอนและบริการออนไลน์",
      "คำร้องออนไลน์และเครื่องอ่านบัตร",
      "เปิดแบบคำร้องออนไลน์ 5 งาน และยกเลิกการขอสำเนาบัตรประชาชนเมื่อใช้เครื่องอ่านบัตร",
      "สำนักปลัด",
      "ไตรมาส 1-4",
      "เปิดแบบคำร้องออนไลน์ครบ 5 งานเมื่อวันที่ 16 ธ.ค. 2567 มีผู้ใช้ 214 ราย",
      "ดำเนินการแล้ว",
      "ผู้รับบริการไม่ต้องถ่ายสำเนาเอกสาร",
    ),
    measure(
      8,
      "มาตรการลดขั้นตอนและบริการออนไลน์",
      "สำรวจความพึงพอใจต่อบริการออนไลน์",
      "สำรวจความพึงพอใจต่อบริการออนไลน์และนำผลมาปรับปรุง",
      "สำนักปลัด",
      "ไตรมาส 3-4",
      "เก็บแบบสำรวจแล้ว 180 ชุด อยู่ระหว่างสรุปผล",
      "อยู่ระหว่างดำเนินการ",
      "ความพึงพอใจไม่น้อยกว่าร้อยละ 85",
    ),
    measure(
      7,
      "มาตรการสื่อสารข้อมูลให้ประชาชนเข้าถึงง่าย",
      "ตอบคำถามออนไลน์ภายใน 1 วันทำการ",
      "ตอบคำถามทางเพจและไลน์ภายใน 1 วันทำการ และประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต",
      "สำนักปลัด (งานประชาสัมพันธ์)",
      "ตลอดปีงบประมาณ",
      "ตอบคำถาม 132 เรื่อง เฉลี่ยภายใน 5 ชั่วโมง",
      "ดำเนินการแล้ว",
      "ตอบทุกคำถามภายใน 1 วันทำการ",
    ),
    measure(
      6,
      "มาตรการมาตรฐานการให้บริการ",
      "ประกาศขั้นตอนและระยะเวลาให้บริการ",
      "ติดประกาศขั้นตอนและระยะเวลาของทุกงานบริการที่จุดบริการและเว็บไซต์",
      "ทุกสำนัก/กอง",
      "ไตรมาส 1-2",
      "ติดประกาศครบ 14 งานบริการเมื่อวันที่ 20 ม.ค. 2568",
      "ดำเนินการแล้ว",
      "ทุกงานบริการมีประกาศขั้นตอน",
    ),
    measure(
      4,
      "มาตรการกำกับการใช้ทรัพย์สินของราชการ",
      "แบบฟอร์มยืมและการสุ่มตรวจทรัพย์สิน",
      "ใช้แบบฟอร์มขออนุญาตยืมทรัพย์สินและสุ่มตรวจรถส่วนกลางทุกไตรมาส",
      "กองคลัง (งานพัสดุ)",
      "ไตรมาส 1-4",
      "สุ่มตรวจครบ 4 ไตรมาส ไม่พบการใช้ผิดวัตถุประสงค์",
      "ดำเนินการแล้ว",
      "การยืมทุกครั้งมีแบบฟอร์มอนุมัติ",
    ),
    measure(
      10,
      "มาตรการไม่รับของขวัญ (No Gift Policy)",
      "ประกาศเจตนารมณ์และรายงานการรับของขวัญ",
      "นายกเทศมนตรีประกาศเจตนารมณ์และรายงานผลการรับของขวัญเมื่อสิ้นปี",
      "สำนักปลัด",
      "ไตรมาส 1 และ 4",
      "ประกาศเจตนารมณ์เมื่อวันที่ 1 ต.ค. 2567 และสรุปรายงานเมื่อวันที่ 15 ก.ย. 2568",
      "ดำเนินการแล้ว",
      "ไม่มีการรับของขวัญ",
    ),
  ],
  problems: "บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบบริการออนไลน์ จึงต้องอบรมเพิ่มเติม",
  remedies: "จัดอบรมการใช้ระบบออนไลน์ให้บุคลากรทุกกอง และทบทวนความคืบหน้าในการประชุมประจำเดือน",
  memo: {
    unit: "สำนักปลัด งานวิเคราะห์นโยบายและแผน",
    number: "นน 52001/",
    to: "นายกเทศมนตรีตำบลทุ่งงามพัฒนา",
  },
  signatories: [
    { role: "ผู้รายงาน", name: "นางสาวพรรณี ตั้งใจงาม", position: "นักวิเคราะห์นโยบายและแผนชำนาญการ" },
    { role: "ผู้ตรวจสอบ", name: "นายวิชัย มั่นคงดี", position: "ปลัดเทศบาลตำบลทุ่งงามพัฒนา" },
    { role: "ทราบ", name: "นายสมศักดิ์ ใฝ่ธรรม", position: "นายกเทศมนตรีตำบลทุ่งงามพัฒนา" },
  ],
  layout: {
    ...DEFAULT_LAYOUT,
    yearEnd: { ...DEFAULT_LAYOUT.yearEnd, grouping: "heading", statusColumn: false, cover: false },
  },
  texts: EMPTY_TEXTS,
};

function measure(
  indicator: Measure["indicator"],
  heading: string,
  title: string,
  methods: string,
  unit: string,
  period: string,
  result: string,
  status: Measure["status"],
  outcome: string,
): Measure {
  return {
    ...BLANK_MEASURE,
    indicator,
    heading,
    title,
    methods,
    unit,
    period,
    result,
    status,
    outcome,
  };
}
