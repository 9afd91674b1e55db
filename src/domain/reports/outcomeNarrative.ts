import { organizationFullName } from "../model/organization";
import { type ReportInput } from "../model/reportInput";
import { formatHundredths } from "../numbers/hundredths";
import type { ScoreSummary } from "../scoring/scoreSummary";
import { barText, numberRangesText } from "../framework/frameworkText";

/**
 * The outcome paragraph of a year-end report, written from the computed figures only, so it
 * can never claim that every indicator passed while one did not (seed 001's fault).
 */
export function outcomeNarrative(input: ReportInput, summary: ScoreSummary): string | null {
  const current = summary.years.at(-1);
  if (!current) return null;
  const f = (h: number) => formatHundredths(h, "arabic");
  const org = organizationFullName(input.organization);
  const pass = current.framework.passMark;
  const bar = barText(pass);
  const below = current.indicators.filter((i) => i.score < pass);
  const passed = current.indicators.length - below.length;
  const parts = [
    `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของ${org} ประจำปีงบประมาณ พ.ศ. ${current.fiscalYearBE} ` +
      `ได้คะแนนรวม ${f(current.overall)} คะแนน จากคะแนนเต็ม 100 คะแนน อยู่ในระดับ “${current.level}”`,
  ];
  const c = summary.comparison;
  if (c) {
    const move =
      c.overall.trend === "same"
        ? "เท่ากับ"
        : c.overall.trend === "up"
          ? `เพิ่มขึ้น ${f(Math.abs(c.overall.delta))} คะแนน จาก`
          : `ลดลง ${f(Math.abs(c.overall.delta))} คะแนน จาก`;
    const level =
      c.previousLevel === c.currentLevel
        ? `ระดับคงเดิม`
        : `ระดับเปลี่ยนจาก “${c.previousLevel}” เป็น “${c.currentLevel}”`;
    parts.push(
      `${move}ปีงบประมาณ พ.ศ. ${c.previousYearBE} (${f(c.overall.previous)} คะแนน) ${level}`,
    );
  } else parts.push(`(ยังไม่มีผลคะแนนปีงบประมาณ พ.ศ. ${current.fiscalYearBE - 1} ให้เปรียบเทียบ)`);
  const of = current.missing.length
    ? `ตัวชี้วัดที่มีคะแนน (ไม่มีคะแนนตัวชี้วัดที่ ${numberRangesText(current.missing)})`
    : "ตัวชี้วัด";
  if (current.indicators.length === 0) parts.push("(ไม่มีคะแนนรายตัวชี้วัด)");
  else if (below.length === 0 && current.missing.length === 0)
    parts.push(`ทุกตัวชี้วัดทั้ง ${current.indicators.length} ตัวชี้วัดได้คะแนนผ่านเกณฑ์ ${bar} คะแนน`);
  else if (below.length === 0)
    parts.push(`ผ่านเกณฑ์ ${bar} คะแนน ${passed} จาก ${current.indicators.length} ${of}`);
  else
    parts.push(
      `ผ่านเกณฑ์ ${bar} คะแนน ${passed} จาก ${current.indicators.length} ${of} ตัวชี้วัดที่ยังต่ำกว่าเกณฑ์ ได้แก่ ` +
        below.map((i) => `ตัวชี้วัดที่ ${i.number} ${i.name} (${f(i.score)} คะแนน)`).join(" และ ") +
        ` ซึ่งต้องกำหนดมาตรการปรับปรุงในปีถัดไป`,
    );
  return `${parts.join(" ")} รายละเอียดตามตารางเปรียบเทียบคะแนน`;
}
