import { frameworkFor, frameworkSetWith } from "./frameworkSet";
import {
  barText,
  formulaText,
  indicatorNumbersText,
  instrumentIndicatorsText,
  levelsText,
  numberRangesText,
  statusText,
  weightsRatioText,
  weightsText,
} from "./frameworkText";
import type { ItaFramework } from "./itaFramework";

describe("numberRangesText", () => {
  it.each<[number[], string]>([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "1–10"],
    [[9, 10], "9–10"],
    [[6], "6"],
    [[1, 2, 3, 5, 7, 8, 12], "1–3, 5, 7–8, 12"],
    [[3, 1, 2, 2], "1–3"], // any order, repeats once
    [[], ""],
  ])("%j → %s", (numbers, expected) => {
    expect(numberRangesText(numbers)).toBe(expected);
  });
});

describe("barText", () => {
  it.each<[number, string]>([
    [8500, "85"],
    [9250, "92.50"],
    [8499, "84.99"],
    [0, "0"],
  ])("%d → %s", (h, expected) => {
    expect(barText(h)).toBe(expected);
  });
});

describe("the built-in frame in words", () => {
  const f = frameworkFor(2567)!;
  it("numbers, members, weights and formula", () => {
    expect(indicatorNumbersText(f)).toBe("1–10");
    expect(instrumentIndicatorsText(f, "EIT")).toBe("6–8");
    expect(weightsText(f)).toBe("IIT ร้อยละ 30 EIT ร้อยละ 30 และ OIT ร้อยละ 40");
    expect(weightsRatioText(f)).toBe("IIT 30 : EIT 30 : OIT 40");
    expect(formulaText(f)).toBe(
      "คะแนนรวม ITA คำนวณจากค่าเฉลี่ยของแต่ละแบบวัดถ่วงน้ำหนัก IIT ร้อยละ 30 EIT ร้อยละ 30 และ OIT ร้อยละ 40 ปัดทศนิยมสองตำแหน่งแบบปัดครึ่งขึ้น ไม่ใช่ค่าเฉลี่ยของ 10 ตัวชี้วัด",
    );
  });

  it.each<[number, string]>([
    [
      2566,
      "ผ่านดีเยี่ยม (คะแนนรวมและทุกแบบวัดตั้งแต่ 95) ผ่านดี (คะแนนรวมและทุกแบบวัดตั้งแต่ 85) ผ่าน (คะแนนรวมตั้งแต่ 85) ต้องปรับปรุง (70–84.99) ต้องปรับปรุงโดยด่วน (ต่ำกว่า 70)",
    ],
    [
      2565,
      "AA (ตั้งแต่ 95) A (85–94.99) B (75–84.99) C (65–74.99) D (55–64.99) E (50–54.99) F (ต่ำกว่า 50)",
    ],
  ])("levels of %d", (year, expected) => {
    expect(levelsText(frameworkFor(year)!.levelScheme)).toBe(expected);
  });
});

describe("statusText", () => {
  const supplied: ItaFramework = {
    ...frameworkFor(2569)!,
    fiscalYearBE: 2570,
    origin: "supplied",
    status: "verified",
    source: "คู่มือ ITA 2570",
  };
  it.each<[string, ItaFramework, string]>([
    ["verified built-in", frameworkFor(2567)!, ""],
    [
      "provisional",
      frameworkFor(2569)!,
      "เกณฑ์ของปี 2569 ยังเป็นข้อมูลเบื้องต้น รอยืนยันกับคู่มือการประเมินของ ป.ป.ช.",
    ],
    [
      "assumed",
      frameworkFor(2570)!,
      "ยังไม่มีเกณฑ์ ITA ของปี 2570 จึงใช้เกณฑ์ของปี 2569 (ข้อมูลเบื้องต้น) แทน ผลอาจเปลี่ยนเมื่อ ป.ป.ช. ประกาศคู่มือการประเมินปี 2570",
    ],
    ["supplied", supplied, "เกณฑ์ ITA ของปี 2570 เป็นเกณฑ์ที่ผู้จัดทำรายงานกำหนด (คู่มือ ITA 2570)"],
    [
      "supplied provisional",
      { ...supplied, status: "provisional", source: "" },
      "เกณฑ์ ITA ของปี 2570 เป็นเกณฑ์ที่ผู้จัดทำรายงานกำหนด ยังเป็นข้อมูลเบื้องต้น",
    ],
    [
      "assumed from a supplied record",
      frameworkFor(2571, frameworkSetWith([supplied]))!,
      "ยังไม่มีเกณฑ์ ITA ของปี 2571 จึงใช้เกณฑ์ของปี 2570 ที่ผู้จัดทำรายงานกำหนดไว้แทน ผลอาจเปลี่ยนเมื่อ ป.ป.ช. ประกาศคู่มือการประเมินปี 2571",
    ],
  ])("%s", (_what, framework, expected) => {
    expect(statusText(framework)).toBe(expected);
  });
});
