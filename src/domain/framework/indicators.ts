/** The three ITA instruments (แบบวัด). */
export type InstrumentCode = "IIT" | "EIT" | "OIT";

/** Indicator numbers 1–10 as used from ITA 2562 on. */
export type IndicatorNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export const INDICATOR_NUMBERS: readonly IndicatorNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** One indicator (ตัวชี้วัด): its canonical Thai name and the variants seen in real reports. */
export interface Indicator {
  readonly number: IndicatorNumber;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly instrument: InstrumentCode;
}

/** One instrument with its Thai name and its weight in the overall score. */
export interface Instrument {
  readonly code: InstrumentCode;
  readonly name: string;
  /** Weight in percent of the overall ITA score (30, 30, 40 from 2562). */
  readonly weightPercent: number;
}

/** The ten indicators of the IIT/EIT/OIT design (2562 to at least 2567). */
export const INDICATORS_2562: readonly Indicator[] = [
  { number: 1, name: "การปฏิบัติหน้าที่", aliases: [], instrument: "IIT" },
  { number: 2, name: "การใช้งบประมาณ", aliases: [], instrument: "IIT" },
  { number: 3, name: "การใช้อำนาจ", aliases: [], instrument: "IIT" },
  {
    number: 4,
    name: "การใช้ทรัพย์สินของราชการ",
    aliases: ["การใช้ทรัพย์สินของทางราชการ"],
    instrument: "IIT",
  },
  { number: 5, name: "การแก้ไขปัญหาการทุจริต", aliases: [], instrument: "IIT" },
  { number: 6, name: "คุณภาพการดำเนินงาน", aliases: [], instrument: "EIT" },
  { number: 7, name: "ประสิทธิภาพการสื่อสาร", aliases: [], instrument: "EIT" },
  {
    number: 8,
    name: "การปรับปรุงระบบการทำงาน",
    aliases: ["การปรับปรุงการทำงาน"],
    instrument: "EIT",
  },
  {
    number: 9,
    name: "การเปิดเผยข้อมูล",
    aliases: ["การเปิดเผยข้อมูลข่าวสาร"],
    instrument: "OIT",
  },
  {
    number: 10,
    name: "การป้องกันการทุจริต",
    aliases: ["การป้องกันการการทุจริต"],
    instrument: "OIT",
  },
];

export const INSTRUMENTS_2562: readonly Instrument[] = [
  { code: "IIT", name: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", weightPercent: 30 },
  { code: "EIT", name: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", weightPercent: 30 },
  { code: "OIT", name: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", weightPercent: 40 },
];

/** True when n is an indicator number 1–10. */
export function isIndicatorNumber(n: unknown): n is IndicatorNumber {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 10;
}
