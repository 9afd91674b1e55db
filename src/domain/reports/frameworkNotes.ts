import {
  formulaText,
  levelsText,
  numberRangesText,
  statusText,
  thaiList,
} from "../framework/frameworkText";
import type { YearResult } from "../scoring/yearResult";

/** Years that share the same text, as "ปี 2566 และ 2567". */
function grouped(
  years: readonly YearResult[],
  textOf: (y: YearResult) => string,
): { years: string; text: string }[] {
  const groups = new Map<string, number[]>();
  for (const y of years) groups.set(textOf(y), [...(groups.get(textOf(y)) ?? []), y.fiscalYearBE]);
  return [...groups].map(([text, ys]) => ({ years: `ปี ${thaiList(ys.map(String))}`, text }));
}

/**
 * What a reader of the figures must know about the frameworks behind them: how the overall score
 * is computed and the level bands of the years shown, each from its year's record.
 */
export function formulaNotes(years: readonly YearResult[]): string[] {
  const formulas = grouped(years, (y) => formulaText(y.framework));
  const levels = grouped(years, (y) => levelsText(y.framework.levelScheme));
  return [
    formulas.length === 1
      ? `หมายเหตุ: ${formulas[0]!.text}`
      : `หมายเหตุ: ${formulas.map((f) => `${f.years} ${f.text}`).join(" ")}`,
    ...levels.map((l) => `ระดับผลการประเมิน${l.years}: ${l.text}`),
  ];
}

/**
 * The status of each year's framework where it is not a verified built-in record: provisional,
 * assumed from an earlier year, or supplied by the user. Every report that prints a score or a
 * level prints these.
 */
export function statusNotes(years: readonly YearResult[]): string[] {
  return [
    ...new Set(
      [...years.map((y) => statusText(y.framework)), ...years.map(publishedNote)].filter(
        (t) => t !== "",
      ),
    ),
  ];
}

/**
 * Where a year's indicator scores are incomplete: which indicators have none, which totals are
 * the NACC's published ones rather than computed, which are not known, and that the overall
 * score was weighted from the instruments' where none was published. Empty otherwise.
 */
export function publishedNote(year: YearResult): string {
  if (year.missing.length === 0) return "";
  const f = year.framework;
  const none =
    year.missing.length === f.indicators.length
      ? "ไม่มีคะแนนรายตัวชี้วัด"
      : `ไม่มีคะแนนตัวชี้วัดที่ ${numberRangesText(year.missing)}`;
  const label = (k: string) => (k === "overall" ? "คะแนนรวม ITA" : `คะแนนแบบวัด ${k}`);
  const unknown = f.instruments
    .map((i) => i.code)
    .filter((c) => !year.instruments.some((i) => i.code === c));
  return (
    `ปี ${year.fiscalYearBE} ${none} ${thaiList(year.published.map(label))} จึงเป็นคะแนนที่ ป.ป.ช. ประกาศ ไม่ได้คำนวณจากคะแนนรายตัวชี้วัด` +
    (unknown.length ? ` และไม่มีคะแนนแบบวัด ${thaiList(unknown)}` : "") +
    (year.published.includes("overall") ? "" : " คะแนนรวม ITA คำนวณจากคะแนนแบบวัดตามน้ำหนักของเกณฑ์")
  );
}
