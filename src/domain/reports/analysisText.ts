import { barText, instrumentLabel } from "../framework/frameworkText";
import { indicatorOf } from "../framework/itaFramework";
import type { InstrumentCode } from "../framework/indicators";
import { formatHundredths } from "../numbers/hundredths";
import type { ScoreSummary, YearSummary } from "../scoring/scoreSummary";
import {
  rankIndicators,
  thresholdsOf,
  type RankedIndicator,
  type Thresholds,
} from "../scoring/standing";

/** Everything the analysis says about one year, derived from its scores only. */
export interface Analysis {
  readonly year: YearSummary;
  readonly previous: YearSummary | null;
  readonly ranked: readonly RankedIndicator[];
  readonly strengths: readonly RankedIndicator[];
  readonly toDevelop: readonly RankedIndicator[];
  readonly belowPass: readonly RankedIndicator[];
  /** Null when the year has no indicator scores (only published totals). */
  readonly lowest: RankedIndicator | null;
  readonly thresholds: Thresholds;
}

/** Analyses the latest complete year of the summary with its framework's bars; null without one. */
export function analyse(summary: ScoreSummary, thresholds?: Thresholds): Analysis | null {
  const year = summary.years.at(-1);
  if (!year) return null;
  thresholds ??= thresholdsOf(year.framework);
  const ranked = rankIndicators(year, thresholds);
  return {
    year,
    previous: summary.years.length > 1 ? summary.years.at(-2)! : null,
    ranked,
    strengths: ranked.filter((r) => r.standing === "strength"),
    toDevelop: ranked.filter((r) => r.standing !== "strength"),
    belowPass: ranked.filter((r) => r.standing === "below-pass"),
    lowest: ranked.at(-1) ?? null,
    thresholds,
  };
}

const f = (h: number) => formatHundredths(h, "arabic");
const names = (list: readonly RankedIndicator[]) =>
  list.map((i) => `ตัวชี้วัดที่ ${i.number} ${i.name} (${f(i.score)})`).join(" ");

/** The sentences of the analysis. Every count and name comes from `a`, so none can disagree. */
export function analysisSentences(
  a: Analysis,
  organization: string,
): {
  overall: string;
  passCount: string;
  strengths: string;
  toDevelop: string;
  lowest: string;
  /** One sentence per instrument, keyed by code, in the framework's order. */
  instruments: Readonly<Record<InstrumentCode, string>>;
} {
  const y = a.year;
  const total = y.indicators.length;
  const pass = a.thresholds.pass;
  // Indicators without a published score are named as such, never ranked or counted as passed.
  const missingText = (list: readonly number[]) =>
    list.map((n) => `ตัวชี้วัดที่ ${n} ${indicatorOf(y.framework, n).name}`).join(" ");
  const ofScored = y.missing.length ? `ตัวชี้วัดที่มีคะแนน (ไม่มีคะแนน${missingText(y.missing)})` : "ตัวชี้วัด";
  const overall =
    `${organization}ได้คะแนนผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${y.fiscalYearBE} รวม ${f(y.overall)} คะแนน ` +
    `อยู่ในระดับ “${y.level}”` +
    (a.previous
      ? ` เทียบกับปี ${a.previous.fiscalYearBE} ที่ได้ ${f(a.previous.overall)} คะแนน (ระดับ “${a.previous.level}”) ` +
        (y.overall === a.previous.overall
          ? "คะแนนเท่าเดิม"
          : `คะแนน${y.overall > a.previous.overall ? "เพิ่มขึ้น" : "ลดลง"} ${f(Math.abs(y.overall - a.previous.overall))} คะแนน`)
      : "");
  const passed = total - a.belowPass.length;
  const passCount =
    total === 0
      ? ""
      : `ผ่านเกณฑ์ ${barText(pass)} คะแนน ${passed} จาก ${total} ${ofScored}` +
        (a.belowPass.length
          ? ` ต่ำกว่าเกณฑ์ ${a.belowPass.length} ตัวชี้วัด ได้แก่ ${names(a.belowPass)}`
          : "");
  const strengthBar = barText(a.thresholds.strength);
  const strengths =
    total === 0
      ? ""
      : a.strengths.length
        ? `จุดแข็ง (คะแนนตั้งแต่ ${strengthBar} ขึ้นไป) จำนวน ${a.strengths.length} ตัวชี้วัด ได้แก่ ${names(a.strengths)}`
        : `ยังไม่มีตัวชี้วัดที่ได้คะแนนตั้งแต่ ${strengthBar} ขึ้นไป`;
  const toDevelop =
    total === 0
      ? ""
      : a.toDevelop.length
        ? `จุดที่ต้องพัฒนา (คะแนนต่ำกว่า ${strengthBar}) จำนวน ${a.toDevelop.length} ตัวชี้วัด ได้แก่ ${names(a.toDevelop)}`
        : `ไม่มีตัวชี้วัดที่ได้คะแนนต่ำกว่า ${strengthBar}`;
  const lowest = a.lowest
    ? `ตัวชี้วัดที่ได้คะแนนต่ำที่สุด${y.missing.length ? "ในตัวชี้วัดที่มีคะแนน" : ""} คือ ตัวชี้วัดที่ ${a.lowest.number} ${a.lowest.name} ได้ ${f(a.lowest.score)} คะแนน`
    : "";
  const instruments: Record<InstrumentCode, string> = {};
  for (const inst of y.instruments) {
    const weak = a.toDevelop.filter((i) => i.instrument === inst.code);
    const unscored = y.missing.filter((n) => indicatorOf(y.framework, n).instrument === inst.code);
    const bar = barText(pass);
    const verdict = inst.score >= pass ? `ผ่านเกณฑ์ ${bar} คะแนน` : `ต่ำกว่าเกณฑ์ ${bar} คะแนน`;
    const published = y.published.includes(inst.code) ? " (คะแนนที่ ป.ป.ช. ประกาศ)" : "";
    const points = weak.length
      ? ` จุดที่ต้องพัฒนา ${weak.length} ตัวชี้วัด ได้แก่ ${names(weak)}`
      : unscored.length
        ? ""
        : ` ทุกตัวชี้วัดของแบบวัดนี้เป็นจุดแข็ง`;
    instruments[inst.code] =
      `${instrumentLabel(y.framework, inst.code)} ได้ ${f(inst.score)} คะแนน${published} ${verdict}${points}` +
      (unscored.length ? ` ไม่มีคะแนน${missingText(unscored)}` : "");
  }
  return { overall, passCount, strengths, toDevelop, lowest, instruments };
}
