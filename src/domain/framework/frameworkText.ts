import { issueMessage, type IssueParams } from "../issues/issueCatalogue";
import { formatHundredths, type Hundredths } from "../numbers/hundredths";
import type { IndicatorNumber } from "./indicators";
import type { ItaFramework } from "./itaFramework";
import type { LevelScheme } from "./levels";

/** A score as the documents write a bar: "85", "84.99", "90.50" (Arabic digits). */
export function barText(h: Hundredths): string {
  return formatHundredths(h, "arabic").replace(/\.00$/, "");
}

/**
 * Numbers as short ranges: [1, 2, 3, 4, 5, 7, 9, 10] → "1–5, 7, 9–10".
 *
 * @example
 * numberRangesText([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) //=> "1–10"
 */
export function numberRangesText(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/** The indicator numbers of a year as ranges, e.g. "1–10". */
export function indicatorNumbersText(framework: ItaFramework): string {
  return numberRangesText(framework.indicators.map((i) => i.number));
}

/** The indicators of one instrument as ranges, e.g. "1–5" for IIT. */
export function instrumentIndicatorsText(framework: ItaFramework, code: string): string {
  return numberRangesText(
    framework.indicators.filter((i) => i.instrument === code).map((i) => i.number),
  );
}

/** Thai "a b และ c". */
export function thaiList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(" ")} และ ${items.at(-1)}`;
}

/** "IIT ร้อยละ 30 EIT ร้อยละ 30 และ OIT ร้อยละ 40" */
export function weightsText(framework: ItaFramework): string {
  return thaiList(
    framework.instruments.map(
      (i) => `${i.code} ร้อยละ ${barText(Math.round(i.weightPercent * 100))}`,
    ),
  );
}

/** "IIT 30 : EIT 30 : OIT 40", for a table label. */
export function weightsRatioText(framework: ItaFramework): string {
  return framework.instruments
    .map((i) => `${i.code} ${barText(Math.round(i.weightPercent * 100))}`)
    .join(" : ");
}

/** How the overall score is computed, as a note says it. */
export function formulaText(framework: ItaFramework): string {
  const n = framework.indicators.length;
  return framework.overallFormula === "weighted-instrument-means"
    ? `คะแนนรวม ITA คำนวณจากค่าเฉลี่ยของแต่ละแบบวัดถ่วงน้ำหนัก ${weightsText(framework)} ปัดทศนิยมสองตำแหน่งแบบปัดครึ่งขึ้น ไม่ใช่ค่าเฉลี่ยของ ${n} ตัวชี้วัด`
    : `คะแนนรวม ITA คำนวณจากค่าเฉลี่ยของคะแนนทั้ง ${n} ตัวชี้วัด ปัดทศนิยมสองตำแหน่งแบบปัดครึ่งขึ้น`;
}

/**
 * The bands of a scheme in words, from the top:
 * "ผ่านดีเยี่ยม (คะแนนรวมและทุกแบบวัดตั้งแต่ 95) … ต้องปรับปรุง (70–84.99) ต้องปรับปรุงโดยด่วน (ต่ำกว่า 70)".
 */
export function levelsText(scheme: LevelScheme): string {
  return scheme.bands
    .map((band, i) => {
      const above = scheme.bands.slice(0, i).findLast((b) => b.minOverall > band.minOverall);
      const sameAsAbove = i > 0 && scheme.bands[i - 1]!.minOverall === band.minOverall;
      const min = barText(band.minOverall);
      let rule: string;
      if (band.minEachInstrument !== undefined)
        rule =
          band.minEachInstrument === band.minOverall
            ? `คะแนนรวมและทุกแบบวัดตั้งแต่ ${min}`
            : `คะแนนรวมตั้งแต่ ${min} และทุกแบบวัดตั้งแต่ ${barText(band.minEachInstrument)}`;
      else if (sameAsAbove) rule = `คะแนนรวมตั้งแต่ ${min}`;
      else if (!above) rule = `ตั้งแต่ ${min}`;
      else if (band.minOverall === 0) rule = `ต่ำกว่า ${barText(above.minOverall)}`;
      else rule = `${min}–${barText(above.minOverall - 1)}`;
      return `${band.level} (${rule})`;
    })
    .join(" ");
}

/** What the warning about an assumed year says: the year, the record it borrows, and whose that is. */
export function assumedYearParams(framework: ItaFramework): IssueParams<"year-framework-assumed"> {
  return {
    year: framework.fiscalYearBE,
    base: framework.basedOn?.fiscalYearBE ?? framework.fiscalYearBE,
    baseProvisional: framework.basedOn?.status === "provisional",
    supplied: framework.origin === "supplied",
  };
}

/**
 * What a year's record is, in a sentence for the validation list and the report notes; "" for a
 * verified built-in record, which needs no note.
 *
 * @example
 * statusText(frameworkFor(2570)!) //=> "ยังไม่มีเกณฑ์ ITA ของปี 2570 จึงใช้เกณฑ์ของปี 2569 (ข้อมูลเบื้องต้น) แทน …"
 */
export function statusText(framework: ItaFramework): string {
  const y = framework.fiscalYearBE;
  // The same sentence as the check's warning, so the report and the check list agree.
  if (framework.status === "assumed")
    return issueMessage("year-framework-assumed", assumedYearParams(framework));
  if (framework.origin === "supplied")
    return `เกณฑ์ ITA ของปี ${y} เป็นเกณฑ์ที่ผู้จัดทำรายงานกำหนด${framework.source ? ` (${framework.source})` : ""}${framework.status === "provisional" ? " ยังเป็นข้อมูลเบื้องต้น" : ""}`;
  if (framework.status === "provisional")
    return `เกณฑ์ของปี ${y} ยังเป็นข้อมูลเบื้องต้น รอยืนยันกับคู่มือการประเมินของ ป.ป.ช.`;
  return "";
}

/** The numbers of the indicators a score map lacks, as ranges; "" when none is missing. */
export function missingIndicatorsText(
  framework: ItaFramework,
  has: (n: IndicatorNumber) => boolean,
): string {
  return numberRangesText(framework.indicators.map((i) => i.number).filter((n) => !has(n)));
}

/** An instrument as the reports name it: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)". */
export function instrumentLabel(framework: ItaFramework, code: string): string {
  const inst = framework.instruments.find((i) => i.code === code);
  return inst ? `${inst.name} (${inst.code})` : code;
}
