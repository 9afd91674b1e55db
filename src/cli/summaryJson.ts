import { numberRangesText } from "../domain/framework/frameworkText";
import type { ValidationIssue } from "../domain/issues/validationIssue";
import { formatHundredths, fromHundredths } from "../domain/numbers/hundredths";
import type { ScoreSummary } from "../domain/scoring/scoreSummary";
import { toArabicDigits } from "../domain/thai/digits";

/** Every computed figure as plain JSON numbers with at most two decimals. */
export function summaryToJson(summary: ScoreSummary, issues: readonly ValidationIssue[]): unknown {
  const n = fromHundredths;
  const c = summary.comparison;
  return {
    years: summary.years.map((y) => ({
      fiscalYearBE: y.fiscalYearBE,
      provisional: y.provisional,
      framework: {
        status: y.framework.status,
        origin: y.framework.origin,
        basedOnYearBE: y.framework.basedOn?.fiscalYearBE ?? null,
      },
      indicators: y.indicators.map((i) => ({
        number: i.number,
        name: i.name,
        instrument: i.instrument,
        score: n(i.score),
      })),
      instruments: Object.fromEntries(y.instruments.map((i) => [i.code, n(i.score)])),
      overall: n(y.overall),
      level: y.level,
      // Where the indicators are incomplete: those without a score, and the totals taken as published.
      missingIndicators: y.missing,
      publishedTotals: y.published,
    })),
    comparison: c && {
      previousYearBE: c.previousYearBE,
      currentYearBE: c.currentYearBE,
      indicators: c.indicators.map((i) => ({
        number: i.number,
        previous: n(i.previous),
        current: n(i.current),
        change: n(i.delta),
        text: i.text,
      })),
      overall: {
        previous: n(c.overall.previous),
        current: n(c.overall.current),
        change: n(c.overall.delta),
        text: c.overall.text,
      },
      level: { previous: c.previousLevel, current: c.currentLevel },
    },
    issues: issuesToJson(issues),
  };
}

/** Issues as plain JSON objects: code, severity, sheet, cell, path and the Thai message. */
export function issuesToJson(issues: readonly ValidationIssue[]) {
  return issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    sheet: i.sheet ?? null,
    cell: i.cell ?? null,
    path: i.path ?? null,
    message: i.message,
  }));
}

/** A short Thai table of the figures for a terminal. */
export function summaryToText(summary: ScoreSummary): string {
  const f = (h: number) => formatHundredths(h, "arabic");
  const lines: string[] = [];
  for (const y of summary.years) {
    const inst = y.instruments.length
      ? `  (${y.instruments.map((i) => `${i.code} ${f(i.score)}`).join("  ")})`
      : "";
    const status = {
      verified: "",
      provisional: " [เกณฑ์เบื้องต้น]",
      assumed: ` [ใช้เกณฑ์ปี ${y.framework.basedOn?.fiscalYearBE}]`,
    }[y.framework.status];
    const weighted = y.published.includes("overall") ? "" : "; คะแนนรวมคำนวณจากคะแนนแบบวัด";
    const published = y.missing.length
      ? ` [ใช้คะแนนที่ประกาศ: ${y.published.map((k) => (k === "overall" ? "คะแนนรวม" : k)).join(", ")}; ไม่มีคะแนนตัวชี้วัดที่ ${numberRangesText(y.missing)}${weighted}]`
      : "";
    lines.push(
      `ปี ${y.fiscalYearBE}: คะแนนรวม ${f(y.overall)} ระดับ ${y.level}${inst}${status}${y.framework.origin === "supplied" ? " [เกณฑ์ที่ผู้ใช้กำหนด]" : ""}${published}`,
    );
  }
  if (summary.years.length === 0)
    lines.push(
      "ยังไม่มีปีที่มีคะแนนครบทุกตัวชี้วัด จึงยังไม่มีคะแนนให้สรุป (รายงานผลตามมาตรการสร้างได้โดยไม่ต้องมีคะแนน)",
    );
  const c = summary.comparison;
  if (c) {
    lines.push(`เปลี่ยนแปลง ${c.previousYearBE} → ${c.currentYearBE}:`);
    for (const i of c.indicators)
      lines.push(
        `  ตัวชี้วัดที่ ${i.number}: ${f(i.previous)} → ${f(i.current)}  ${toArabicDigits(i.text)}`,
      );
    lines.push(
      `  คะแนนรวม: ${f(c.overall.previous)} → ${f(c.overall.current)}  ${toArabicDigits(c.overall.text)}`,
    );
  }
  return lines.join("\n");
}
