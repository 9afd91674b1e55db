import { indicatorOf, frameworkFor, LAST_FRAMEWORK_YEAR } from "../framework/itaFramework";
import { IssueCollector, type IssuePlace } from "../issues/issueCollector";
import { MEASURES_SHEET } from "../input/measuresLayout";
import type { Measure, MeasureField } from "../model/measure";
import type { ReportInput } from "../model/reportInput";
import type { ValidationIssue } from "../issues/validationIssue";
import { formatHundredths } from "../numbers/hundredths";
import { DEFAULT_THRESHOLDS } from "../scoring/standing";
import { findDatesInText, findYearsInText } from "../thai/findDates";
import { fiscalYearRange, isWithin, roundRange } from "../thai/fiscalYear";
import { parsePeriod } from "../thai/parsePeriod";
import { compareThaiDates, formatThaiDate } from "../thai/thaiDate";
import { isHttpUrl } from "./httpLink";
import { measurePlace } from "./measurePlace";
import { reportTextProblems } from "../issues/textChecks";

/** Results that say nothing a reader can check (seed 003 wrote one for every measure). */
const GENERIC_RESULTS = new Set(["ดำเนินการแล้ว", "ดำเนินการแล้วเสร็จ", "ดำเนินการเรียบร้อย", "ดำเนินการเรียบร้อยแล้ว", "เรียบร้อย", "เสร็จสิ้น", "แล้วเสร็จ"]);
const TEXT_FIELDS = ["heading", "title", "methods", "unit", "period", "result", "outcome", "suggestions", "remark"] as const;

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
/** A number the user typed before a title: "1)", "1.", "๑.", "1.2", "(3)". */
const USER_NUMBER = /^\s*\(?[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]\s*/;

/**
 * Checks the measures against each other, the scores and the reporting round. Never throws and
 * never changes the input; every issue names the cell (or JSON path) it concerns.
 */
export function validateMeasures(input: ReportInput, measuresPlace: IssuePlace = { sheet: MEASURES_SHEET }): ValidationIssue[] {
  const issues = new IssueCollector();
  const fy = input.fiscalYearBE;
  const year = fiscalYearRange(fy);
  const round = roundRange(fy, input.round);
  const roundName = input.round === "six-month" ? "รอบ 6 เดือน" : "ปีงบประมาณ";
  const when = (m: Measure) => `${m.indicator === null ? "" : `ตัวชี้วัดที่ ${m.indicator} `}"${m.title || "ไม่มีชื่อ"}"`;
  // The report the round calls for: its grouping decides whether an indicator or a heading is needed.
  const list = input.round === "six-month" ? input.layout.progress : input.layout.yearEnd;
  const someHeading = input.measures.some((m) => m.heading.trim() !== "");

  const seenResults = new Map<string, Measure>();
  const seenMeasures = new Map<string, Measure>();
  for (const m of input.measures) {
    const at = (field: MeasureField) => measurePlace(m, field);
    for (const field of TEXT_FIELDS) reportTextProblems(m[field], at(field), issues);

    if (m.title === "") issues.error("required-empty", at("title"), `กรุณากรอกชื่อมาตรการ/แนวทางของแถวนี้ (${when(m)})`);
    if (m.indicator === null && list.grouping === "indicator")
      issues.warning(
        "indicator-missing",
        at("indicator"),
        `ยังไม่ได้ระบุตัวชี้วัดของมาตรการ ${when(m)} รายงานที่จัดกลุ่มตามตัวชี้วัดจะแสดงมาตรการนี้ในกลุ่ม "ไม่ระบุตัวชี้วัด"`,
      );
    if (m.heading.trim() === "" && list.grouping === "heading" && someHeading)
      issues.warning("heading-missing", at("heading"), `ยังไม่ได้กรอกหัวข้อมาตรการของ ${when(m)} รายงานที่จัดกลุ่มตามหัวข้อจะแสดงมาตรการนี้โดยไม่มีหัวข้อ`);
    const ownNumber = USER_NUMBER.exec(m.title);
    if (ownNumber && input.layout.numbering === "auto")
      issues.warning(
        "title-numbered-twice",
        at("title"),
        `ชื่อมาตรการขึ้นต้นด้วยเลข "${ownNumber[0].trim()}" และตั้งค่าให้โปรแกรมใส่เลขลำดับด้วย รายงานจะมีเลขสองชุด กรุณาลบเลขออกจากชื่อ หรือเลือก "เลขลำดับมาตรการ" เป็น "ตามที่พิมพ์ไว้ในชื่อมาตรการ"`,
      );
    for (const field of ["methods", "unit", "period"] as const)
      if (m[field] === "") issues.warning("required-empty", at(field), `ยังไม่ได้กรอก${FIELD_NAMES[field]}ของมาตรการ ${when(m)}`);
    if (m.status === "") issues.warning("status-empty", at("status"), `ยังไม่ได้เลือกสถานะของมาตรการ ${when(m)}`);
    if (m.status === "ดำเนินการแล้ว" && m.result === "")
      issues.warning("result-missing", at("result"), `มาตรการ ${when(m)} มีสถานะดำเนินการแล้ว แต่ยังไม่ได้กรอกผลการดำเนินการ`);
    if (GENERIC_RESULTS.has(squash(m.result)))
      issues.warning("result-generic", at("result"), `ผลการดำเนินการ "${m.result}" ไม่ได้บอกสิ่งที่ทำ ควรระบุกิจกรรม วันที่ จำนวน หรือหลักฐาน`);

    for (const found of findDatesInText(m.result)) {
      const shown = found.text.trim();
      if (!isWithin(found.date, year))
        issues.warning("date-outside-year", at("result"), `วันที่ "${shown}" อยู่นอกปีงบประมาณ ${fy} (${formatThaiDate(year.start, "abbr", "arabic")} – ${formatThaiDate(year.end, "abbr", "arabic")})`);
      else if (!isWithin(found.date, round))
        issues.warning("date-outside-round", at("result"), `วันที่ "${shown}" อยู่นอก${roundName} (${formatThaiDate(round.start, "abbr", "arabic")} – ${formatThaiDate(round.end, "abbr", "arabic")})`);
    }
    for (const field of ["result", "methods", "title"] as const)
      for (const y of findYearsInText(m[field]))
        if (y.yearBE > fy || y.yearBE < fy - 1)
          issues.warning("year-stale", at(field), `ข้อความกล่าวถึงปี พ.ศ. ${y.yearBE} ซึ่งไม่ใช่ปีงบประมาณ ${fy} หรือปีก่อนหน้า อาจคัดลอกมาจากเอกสารเก่า`);

    const period = parsePeriod(m.period, fy);
    if (period.kind !== "unparsed") {
      const { start, end } = period.range;
      if (compareThaiDates(start, year.start) < 0 || compareThaiDates(end, year.end) > 0)
        issues.warning("period-outside-year", at("period"), `ระยะเวลา "${m.period}" เกินปีงบประมาณ ${fy}`);
      else if (compareThaiDates(start, round.end) > 0)
        issues.warning("period-outside-round", at("period"), `ระยะเวลา "${m.period}" เริ่มหลัง${roundName}นี้ จึงยังไม่ควรรายงานผลในรอบนี้`);
    }

    if (m.evidenceUrl !== "" && !isHttpUrl(m.evidenceUrl))
      issues.warning("evidence-url-invalid", at("evidenceUrl"), `"${m.evidenceUrl}" ไม่ใช่ลิงก์เว็บที่ถูกต้อง (ต้องขึ้นต้นด้วย https:// หรือ http://)`);

    const resultKey = squash(m.result);
    const earlier = seenResults.get(resultKey);
    if (resultKey.length >= 20 && earlier && earlier.indicator !== null && m.indicator !== null && earlier.indicator !== m.indicator)
      issues.warning("result-duplicate", at("result"), `ผลการดำเนินการซ้ำกับของตัวชี้วัดที่ ${earlier.indicator} ทุกตัวอักษร ควรเขียนผลที่เฉพาะกับตัวชี้วัดนี้`);
    else if (resultKey.length >= 20 && !earlier) seenResults.set(resultKey, m);

    const measureKey = `${m.indicator ?? ""}|${squash(m.heading)}|${squash(m.title)}|${squash(m.methods)}`;
    if (seenMeasures.has(measureKey))
      issues.warning("measure-duplicate", at("title"), `มาตรการนี้ซ้ำกับแถวก่อนหน้า (ตัวชี้วัด ชื่อ และวิธีการเหมือนกัน)`);
    else seenMeasures.set(measureKey, m);
  }

  // Every indicator below the pass mark in the latest year needs at least one measure.
  const latest = [...input.scores.keys()].at(-1);
  const framework = frameworkFor(latest ?? LAST_FRAMEWORK_YEAR);
  // Measures without an indicator cannot count here, so the warning says how many there are;
  // when no measure names one, the user does not link measures to indicators (seed 001) and
  // the check has nothing to go on.
  const unlinked = input.measures.filter((m) => m.indicator === null).length;
  const linked = input.measures.length - unlinked;
  if (latest !== undefined && framework && (linked > 0 || input.measures.length === 0)) {
    for (const [n, score] of input.scores.get(latest)!) {
      if (score >= DEFAULT_THRESHOLDS.pass || input.measures.some((m) => m.indicator === n)) continue;
      issues.warning(
        "indicator-without-measure",
        measuresPlace,
        `ตัวชี้วัดที่ ${n} ${indicatorOf(framework, n).name} ได้ ${formatHundredths(score, "arabic")} คะแนนในปี ${latest} ต่ำกว่าเกณฑ์ 85 แต่ยังไม่มีมาตรการ` +
          (unlinked ? ` (มี ${unlinked} มาตรการที่ไม่ได้ระบุตัวชี้วัด ถ้ามาตรการใดเป็นของตัวชี้วัดนี้ กรุณาระบุ)` : ""),
      );
    }
  }
  return issues.issues;
}

const FIELD_NAMES: Record<"methods" | "unit" | "period", string> = {
  methods: "วิธีการดำเนินการ",
  unit: "ผู้รับผิดชอบ",
  period: "ระยะเวลาดำเนินการ",
};
