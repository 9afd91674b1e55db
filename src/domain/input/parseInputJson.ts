import {
  firstFrameworkYear,
  frameworkFor,
  frameworkSetWith,
  type FrameworkSet,
} from "../framework/frameworkSet";
import { assumedYearParams, indicatorNumbersText } from "../framework/frameworkText";
import type { IndicatorNumber } from "../framework/indicators";
import { hasIndicator, indicatorOf, type ItaFramework } from "../framework/itaFramework";
import { measuresFramework } from "../scoring/inputFrameworks";
import type { Hundredths } from "../numbers/hundredths";
import { parseScore } from "../numbers/parseScore";
import { fromIsoDate, type ThaiDate } from "../thai/thaiDate";
import { parseThaiDate } from "../thai/parseThaiDate";
import { IssueCollector } from "../issues/issueCollector";
import { instrumentTextKey, warnOfForeignInstrumentTexts } from "./textsLayout";
import { parseYearBE } from "./parseYear";
import {
  DEFAULT_FONT,
  EMPTY_MEMO,
  type MemoSettings,
  type ReportFont,
  type ReportInput,
} from "../model/reportInput";
import { isFontSize } from "../sheet/fontSize";
import { findDuplicateKeys } from "./jsonDuplicateKeys";
import { INPUT_LIMITS } from "./inputLimits";
import { reportDateYearImplausible } from "./reportDateYear";
import { MEASURE_STATUSES, type Measure, type MeasureStatus } from "../model/measure";
import { type OfficialTotals } from "../model/scores";
import { signatoryOfTexts, type Signatory } from "../model/signatory";
import {
  DEFAULT_LAYOUT,
  MEASURE_GROUPINGS,
  MEASURE_NUMBERINGS,
  PLAN_LAYOUTS,
  type MeasureListLayout,
  type ReportLayout,
} from "../model/reportLayout";
import type { InputRead } from "./readInputWorkbook";
import { JSON_PLACES, SIGNATORY_FIELDS, type SignatoryField } from "./inputPlaces";
import { reportYearProblem } from "./yearMessages";
import { reportTextProblems, reportXmlInvalid } from "../issues/textChecks";
import { organizationNameIssues, signatoryNameIssues } from "./nameChecks";
import { JSON_FIELDS, warnOfUnknownKeys } from "./jsonFields";
import { NO_FINDINGS, type IndicatorFindings } from "../model/findings";
import { warnOfForeignFindings } from "./textsLayout";
import { warnOfUnprintedProblems } from "./problemsSectionCheck";
import {
  INSTRUMENT_TEXT_PARTS,
  REPORT_TEXT_KEYS,
  textsOf,
  type InstrumentTextPart,
  type ReportTextKey,
  type ReportTexts,
} from "../model/reportTexts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads the JSON form of the input (docs/input.schema.json). Never throws: malformed JSON and
 * every bad field become issues with the JSON path they concern.
 */
export function parseInputJson(text: string, supplied?: readonly ItaFramework[]): InputRead {
  const issues = new IssueCollector();
  let data: unknown;
  const json = text.replace(/^\uFEFF/, "");
  try {
    data = JSON.parse(json);
  } catch (e) {
    issues.error(
      "json-invalid",
      { path: "$" },
      { where: jsonErrorPlace((e as Error).message, text) },
    );
    return { input: null, issues: issues.issues, places: JSON_PLACES };
  }
  if (!isObject(data)) {
    issues.error("json-invalid", { path: "$" }, { notObject: true });
    return { input: null, issues: issues.issues, places: JSON_PLACES };
  }
  // JSON.parse keeps the last of two equal keys without a word: they are named here.
  for (const { path, key } of findDuplicateKeys(json))
    issues.error("json-duplicate-key", { path }, { key });
  warnOfUnknownKeys(data, "", JSON_FIELDS.input, issues);

  const str = (obj: JsonObject, key: string, path: string, required = true): string => {
    const v = obj[key];
    const at = { path: path === "" ? key : `${path}.${key}` };
    if (typeof v === "string" && v.trim() !== "") {
      reportTextProblems(v, at, issues);
      return v.trim();
    }
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) {
      if (required) issues.error("required-empty", at, { json: "text" });
      return "";
    }
    issues.error("type-invalid", at, { expected: "ข้อความ" });
    return "";
  };

  const org = isObject(data.organization) ? data.organization : {};
  if (!isObject(data.organization))
    issues.error("required-empty", { path: "organization" }, { json: "organization" });
  warnOfUnknownKeys(org, "organization", JSON_FIELDS.organization, issues);
  const organization = {
    name: str(org, "name", "organization"),
    kind: str(org, "kind", "organization"),
    district: str(org, "district", "organization"),
    province: str(org, "province", "organization"),
  };
  organizationNameIssues(organization, (f) => ({ path: `organization.${f}` }), issues);

  const fy = parseYearBE(
    typeof data.fiscalYearBE === "number" || typeof data.fiscalYearBE === "string"
      ? data.fiscalYearBE
      : null,
  );
  if (!fy.ok)
    reportYearProblem(
      issues,
      fy.problem,
      { path: "fiscalYearBE" },
      String(data.fiscalYearBE ?? ""),
    );

  const round = data.round ?? "six-month";
  if (round !== "six-month" && round !== "full-year")
    issues.error(
      "choice-invalid",
      { path: "round" },
      { jsonOptions: `"six-month" หรือ "full-year"` },
    );
  const digitStyle = data.digitStyle ?? "thai";
  if (digitStyle !== "thai" && digitStyle !== "arabic")
    issues.error("choice-invalid", { path: "digitStyle" }, { jsonOptions: `"thai" หรือ "arabic"` });

  let reportDate: ThaiDate | null = null;
  if (typeof data.reportDate === "string") {
    reportDate = fromIsoDate(data.reportDate) ?? parseThaiDate(data.reportDate);
    if (!reportDate)
      issues.error("date-invalid", { path: "reportDate" }, { value: data.reportDate, json: true });
    else if (
      reportDateYearImplausible(
        reportDate,
        fy.ok ? fy.value : null,
        { path: "reportDate" },
        issues,
        fromIsoDate(data.reportDate) !== null,
      )
    )
      reportDate = null;
  }

  const font = readFont(data.font, issues);

  // The user's framework records (--framework) win over the built-in ones of their years.
  const frameworks = frameworkSetWith(supplied);
  const fiscalYearBE = fy.ok ? fy.value : 0;
  const blanks: BlankScores[] = [];
  const scores = readYears(data.scores, "scores", frameworks, issues, (obj, path, framework) =>
    readIndicatorScores(obj, path, framework, issues, blanks),
  );
  const officialTotals = readYears(
    data.officialTotals,
    "officialTotals",
    frameworks,
    issues,
    (obj, path, framework) => readTotals(obj, path, framework, issues),
  );
  warnOfBlanks(blanks, officialTotals, issues);
  const signatories = readSignatories(data.signatories, issues);
  signatoryNameIssues(signatories, (i) => ({ path: `signatories[${i}].name` }), issues);
  // The frame the measures and the instruments' texts refer to.
  const framework = measuresFramework({
    scores,
    fiscalYearBE,
    ...(supplied ? { frameworks: supplied } : {}),
  });
  const input: ReportInput = {
    organization,
    fiscalYearBE,
    round: round === "full-year" ? "full-year" : "six-month",
    reportDate,
    digitStyle: digitStyle === "arabic" ? "arabic" : "thai",
    font,
    scores,
    officialTotals,
    scoresOrigin: { kind: "json" },
    measures: readMeasures(data.measures, framework, issues),
    signatories,
    problems: str(data, "problems", "", false),
    remedies: str(data, "remedies", "", false),
    memo: readMemo(data.memo, issues),
    layout: readLayout(data.layout, issues),
    texts: readTexts(data.texts, issues, framework),
    ...withFindings(readFindings(data.findings, issues)),
    ...(supplied && supplied.length > 0 ? { frameworks: supplied } : {}),
  };
  warnOfUnprintedProblems(
    input.layout,
    input,
    { setting: "layout.progress.problems", off: "false", on: "true" },
    (key) => ({ path: key }),
    issues,
  );
  // A finding for an indicator the analysed frame lacks is kept but printed nowhere: say so.
  warnOfForeignFindings(
    framework,
    input.findings ?? NO_FINDINGS,
    (n) => ({ path: `findings.${n}` }),
    issues,
  );
  return { input, issues: issues.issues, places: JSON_PLACES };
}

function readYears<V>(
  value: Json | undefined,
  path: string,
  frameworks: FrameworkSet,
  issues: IssueCollector,
  readYear: (obj: JsonObject, path: string, framework: ItaFramework) => V,
): Map<number, V> {
  const out = new Map<number, V>();
  // No scores at all is allowed: the reports that need them say so (see unmetNeeds).
  if (value === undefined || value === null) return out;
  if (!isObject(value)) {
    issues.error("type-invalid", { path }, { expected: "ออบเจ็กต์ที่มีปี พ.ศ. เป็นคีย์" });
    return out;
  }
  const keyOfYear = new Map<number, string>();
  for (const key of Object.keys(value).sort()) {
    const year = parseYearBE(key);
    if (!year.ok) {
      reportYearProblem(issues, year.problem, { path: `${path}.${key}` }, key);
      continue;
    }
    // "2568" and "๒๕๖๘" (or "พ.ศ. 2568") are different keys to JSON and the same year to us.
    const same = keyOfYear.get(year.value);
    if (same !== undefined) {
      issues.error(
        "json-duplicate-key",
        { path: `${path}.${key}` },
        { key, same, year: year.value },
      );
      continue;
    }
    keyOfYear.set(year.value, key);
    const framework = frameworkFor(year.value, frameworks);
    if (!framework) {
      issues.error(
        "year-no-framework",
        { path: `${path}.${key}` },
        { year: year.value, first: firstFrameworkYear(frameworks) },
      );
      continue;
    }
    // Said once per year, where the scores are.
    if (framework.status === "assumed" && path === "scores")
      issues.warning(
        "year-framework-assumed",
        { path: `${path}.${key}` },
        assumedYearParams(framework),
      );
    const obj = value[key];
    if (!isObject(obj)) {
      issues.error("type-invalid", { path: `${path}.${key}` }, { expected: "ออบเจ็กต์" });
      continue;
    }
    out.set(year.value, readYear(obj, `${path}.${key}`, framework));
  }
  return out;
}

function scoreAt(
  value: Json | undefined,
  path: string,
  label: string,
  issues: IssueCollector,
): Hundredths | null {
  // An array or object is no score, even when it holds one ([97.33] must not read as 97.33).
  if (typeof value === "object" && value !== null) {
    issues.error("score-not-a-number", { path }, { subject: label, value: shownJson(value) });
    return null;
  }
  const parsed = parseScore(
    typeof value === "number" || typeof value === "string"
      ? value
      : value === undefined
        ? null
        : String(value),
  );
  if (parsed.ok) return parsed.value;
  issues.error(`score-${parsed.problem}`, { path }, { subject: label, value: String(value ?? "") });
  return null;
}

/** The indicators of a year given no score, for the warning once its published totals are known. */
interface BlankScores {
  readonly yearBE: number;
  readonly path: string;
  readonly framework: ItaFramework;
  readonly numbers: readonly IndicatorNumber[];
}

/**
 * Beside other scores of its year, a missing or blank score is likely an oversight: a warning,
 * unless its instrument's published score stands in for it (seed 002's indicator 9 under its OIT).
 */
function warnOfBlanks(
  blanks: readonly BlankScores[],
  totals: ReadonlyMap<number, OfficialTotals>,
  issues: IssueCollector,
): void {
  for (const { yearBE, path, framework, numbers } of blanks) {
    if (numbers.length === framework.indicators.length) continue;
    for (const n of numbers)
      if (totals.get(yearBE)?.[indicatorOf(framework, n).instrument] === undefined)
        issues.warning(
          "score-empty",
          { path: `${path}.${n}` },
          { subject: `คะแนนตัวชี้วัดที่ ${n}`, value: "" },
        );
  }
}

function readIndicatorScores(
  obj: JsonObject,
  path: string,
  framework: ItaFramework,
  issues: IssueCollector,
  blanks: BlankScores[],
): Map<IndicatorNumber, Hundredths> {
  const scores = new Map<IndicatorNumber, Hundredths>();
  // Only the plain number is read ("8"): "08" or " 8" would be taken for indicator 8 and then ignored.
  for (const key of Object.keys(obj))
    if (!hasIndicator(framework, Number(key)) || String(Number(key)) !== key)
      issues.error(
        "indicator-invalid",
        { path: `${path}.${key}` },
        { value: key, numbers: indicatorNumbersText(framework), year: framework.fiscalYearBE },
      );
  const blank: IndicatorNumber[] = [];
  for (const { number: n } of framework.indicators) {
    const value = obj[String(n)];
    // A missing or blank score is no error: the reports use the published totals, or say what they lack.
    if (
      value === undefined ||
      value === null ||
      (typeof value === "string" && value.trim() === "")
    ) {
      blank.push(n);
      continue;
    }
    const h = scoreAt(value, `${path}.${n}`, `คะแนนตัวชี้วัดที่ ${n}`, issues);
    if (h !== null) scores.set(n, h);
  }
  if (blank.length > 0)
    blanks.push({ yearBE: framework.fiscalYearBE, path, framework, numbers: blank });
  return scores;
}

function readTotals(
  obj: JsonObject,
  path: string,
  framework: ItaFramework,
  issues: IssueCollector,
): OfficialTotals {
  const totals: { -readonly [K in keyof OfficialTotals]: OfficialTotals[K] } = {};
  const keys = ["overall", ...framework.instruments.map((i) => i.code)];
  for (const key of Object.keys(obj))
    if (!keys.includes(key))
      issues.warning(
        "total-unknown",
        { path: `${path}.${key}` },
        { key, year: framework.fiscalYearBE, keys: keys.join(", ") },
      );
  for (const key of keys) {
    if (obj[key] === undefined) continue;
    const h = scoreAt(obj[key], `${path}.${key}`, `คะแนน ${key} ที่ประกาศ`, issues);
    if (h !== null) totals[key] = h;
  }
  return totals;
}

function readMeasures(
  value: Json | undefined,
  framework: ItaFramework,
  issues: IssueCollector,
): Measure[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.error("type-invalid", { path: "measures" }, { expected: "อาร์เรย์" });
    return [];
  }
  return withinLimit(value, "measures", INPUT_LIMITS.measures, issues).flatMap(
    (m, i): Measure[] => {
      const path = `measures[${i}]`;
      // A number or a list where a text belongs is said, not read as an empty field.
      const text = (o: JsonObject, k: string) => {
        const v = o[k];
        if (typeof v === "string") return v;
        if (v !== undefined && v !== null)
          issues.error("type-invalid", { path: `${path}.${k}` }, { expected: "ข้อความ" });
        return "";
      };
      if (!isObject(m)) {
        issues.error("type-invalid", { path }, { subject: "มาตรการ", expected: "ออบเจ็กต์" });
        return [];
      }
      warnOfUnknownKeys(m, path, JSON_FIELDS.measure, issues);
      // The indicator may be left out (grouping by heading or a plain list needs none); a bad
      // one is an error, and the measure is still kept.
      const indicator = hasIndicator(framework, m.indicator) ? m.indicator : null;
      if (
        indicator === null &&
        m.indicator !== undefined &&
        m.indicator !== null &&
        m.indicator !== ""
      )
        issues.error(
          "indicator-invalid",
          { path: `${path}.indicator` },
          { value: String(m.indicator), numbers: indicatorNumbersText(framework) },
        );
      const status = text(m, "status");
      if (status !== "" && !MEASURE_STATUSES.includes(status as MeasureStatus))
        issues.error(
          "status-invalid",
          { path: `${path}.status` },
          { statuses: MEASURE_STATUSES.join(" / ") },
        );
      return [
        {
          indicator,
          heading: text(m, "heading"),
          title: text(m, "title"),
          methods: text(m, "methods"),
          unit: text(m, "unit"),
          period: text(m, "period"),
          result: text(m, "result"),
          status: MEASURE_STATUSES.includes(status as MeasureStatus)
            ? (status as MeasureStatus)
            : "",
          outcome: text(m, "outcome"),
          suggestions: text(m, "suggestions"),
          remark: text(m, "remark"),
          evidenceUrl: text(m, "evidenceUrl"),
          weakness: text(m, "weakness"),
          approach: text(m, "approach"),
          tracking: text(m, "tracking"),
          origin: { kind: "json", index: i },
        },
      ];
    },
  );
}

function readSignatories(value: Json | undefined, issues: IssueCollector): Signatory[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.error("type-invalid", { path: "signatories" }, { expected: "อาร์เรย์" });
    return [];
  }
  return withinLimit(value, "signatories", INPUT_LIMITS.signatories, issues).flatMap((s, i) => {
    // A signatory given as text or a number is said at its place, never dropped without a word.
    if (!isObject(s)) {
      issues.error(
        "type-invalid",
        { path: `signatories[${i}]` },
        { subject: "ผู้ลงนาม", expected: "ออบเจ็กต์ (role, name, position)" },
      );
      return [];
    }
    warnOfUnknownKeys(s, `signatories[${i}]`, JSON_FIELDS.signatory, issues);
    const field = (key: SignatoryField) => {
      const v = s[key];
      if (typeof v === "string") {
        reportTextProblems(v, { path: `signatories[${i}].${key}` }, issues);
        return v;
      }
      if (v !== undefined && v !== null)
        issues.error("type-invalid", { path: `signatories[${i}].${key}` }, { expected: "ข้อความ" });
      return "";
    };
    const [role, name, position, comment, rank] = SIGNATORY_FIELDS.map(field) as [
      string,
      string,
      string,
      string,
      string,
    ];
    return [signatoryOfTexts({ role, name, position, comment, rank })];
  });
}

function readMemo(value: Json | undefined, issues: IssueCollector): MemoSettings {
  if (!isObject(value)) return EMPTY_MEMO;
  warnOfUnknownKeys(value, "memo", JSON_FIELDS.memo, issues);
  const text = (k: string) => {
    const v = value[k];
    if (typeof v !== "string") return "";
    reportTextProblems(v, { path: `memo.${k}` }, issues);
    return v.trim();
  };
  return { unit: text("unit"), number: text("number"), to: text("to") };
}

/** `font`: a name and a size, each optional; the size held to the rule every reader uses. */
function readFont(value: Json | undefined, issues: IssueCollector): ReportFont {
  if (value === undefined || value === null) return DEFAULT_FONT;
  if (!isObject(value)) {
    issues.error("type-invalid", { path: "font" }, { expected: "ออบเจ็กต์" });
    return DEFAULT_FONT;
  }
  warnOfUnknownKeys(value, "font", JSON_FIELDS.font, issues);
  let name = DEFAULT_FONT.name;
  if (typeof value.name === "string" && value.name.trim() !== "") {
    reportXmlInvalid(value.name, { path: "font.name" }, issues);
    name = value.name.trim();
  } else if (value.name !== undefined && value.name !== null && typeof value.name !== "string")
    issues.error("type-invalid", { path: "font.name" }, { expected: "ข้อความ" });
  let size = DEFAULT_FONT.size;
  if (typeof value.size === "number" && isFontSize(value.size)) size = value.size;
  else if (value.size !== undefined && value.size !== null)
    issues.error("font-size-invalid", { path: "font.size" }, {});
  return { name, size };
}

/** The first `limit` items of a list, with an error at its path when it holds more. */
function withinLimit(
  list: Json[],
  path: "measures" | "signatories",
  limit: number,
  issues: IssueCollector,
): Json[] {
  if (list.length <= limit) return list;
  issues.error(`${path}-too-many`, { path }, { count: list.length, limit });
  return list.slice(0, limit);
}

/** A JSON value as a message shows it: short, on one line. */
function shownJson(value: Json): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * `texts`: the user's own paragraphs by key, each optional; the instruments' texts under
 * `analysis` and `plan` by instrument code. The keys of earlier files (`analysisIIT`, `planOIT`,
 * any `analysis`/`plan` followed by a code) are read as those; `titles` holds the user's title
 * of each report by its kind. A key we do not know is said, not dropped quietly.
 */
function readTexts(
  value: Json | undefined,
  issues: IssueCollector,
  framework: ItaFramework,
): ReportTexts {
  const texts = isObject(value) ? value : {};
  if (value !== undefined && value !== null && !isObject(value))
    issues.error("type-invalid", { path: "texts" }, { expected: "ออบเจ็กต์" });
  const one = (v: Json | undefined, path: string): string => {
    if (v === undefined || v === null) return "";
    if (typeof v !== "string") {
      issues.error("type-invalid", { path }, { expected: "ข้อความ" });
      return "";
    }
    reportTextProblems(v, { path }, issues);
    return v.trim();
  };
  const instruments: Record<InstrumentTextPart, Record<string, string>> = {
    analysis: {},
    plan: {},
  };
  const paths = new Map<string, string>();
  for (const part of INSTRUMENT_TEXT_PARTS) {
    const byCode = texts[part];
    if (byCode === undefined || byCode === null) continue;
    if (!isObject(byCode)) {
      issues.error(
        "type-invalid",
        { path: `texts.${part}` },
        { expected: 'ออบเจ็กต์ที่มีรหัสแบบวัดเป็นคีย์ เช่น {"IIT": "..."}' },
      );
      continue;
    }
    for (const [code, text] of Object.entries(byCode)) {
      instruments[part][code] = one(text, `texts.${part}.${code}`);
      paths.set(instrumentTextKey(part, code), `texts.${part}.${code}`);
    }
  }
  const titles: Record<string, string> = {};
  if (texts.titles !== undefined && texts.titles !== null) {
    if (!isObject(texts.titles))
      issues.error(
        "type-invalid",
        { path: "texts.titles" },
        { expected: 'ออบเจ็กต์ที่มีชนิดรายงานเป็นคีย์ เช่น {"progress": "..."}' },
      );
    else
      for (const [kind, text] of Object.entries(texts.titles))
        titles[kind] = one(text, `texts.titles.${kind}`);
  }
  for (const key of Object.keys(texts)) {
    if (
      (REPORT_TEXT_KEYS as readonly string[]).includes(key) ||
      (INSTRUMENT_TEXT_PARTS as readonly string[]).includes(key) ||
      key === "titles"
    )
      continue;
    const legacy = /^(analysis|plan)([A-Za-z][A-Za-z0-9]*)$/.exec(key);
    if (legacy) {
      const [part, code] = [legacy[1] as InstrumentTextPart, legacy[2]!];
      if (Object.hasOwn(instruments[part], code))
        issues.error(
          "json-duplicate-key",
          { path: `texts.${key}` },
          { key: `${key} (texts.${part}.${code})` },
        );
      else {
        instruments[part][code] = one(texts[key], `texts.${key}`);
        paths.set(instrumentTextKey(part, code), `texts.${key}`);
      }
      continue;
    }
    issues.warning(
      "text-key-unknown",
      { path: `texts.${key}` },
      {
        key,
        keys: [
          ...REPORT_TEXT_KEYS,
          ...INSTRUMENT_TEXT_PARTS.map((p) => `${p}.<รหัสแบบวัด>`),
          "titles.<ชนิดรายงาน>",
        ].join(", "),
      },
    );
  }
  const read = textsOf(
    (key: ReportTextKey) => one(texts[key], `texts.${key}`),
    instruments,
    titles,
  );
  warnOfForeignInstrumentTexts(
    framework,
    read,
    (part, code) => ({ path: paths.get(instrumentTextKey(part, code))! }),
    issues,
  );
  return read;
}

const withFindings = (findings: IndicatorFindings) => (findings.size > 0 ? { findings } : {});

/**
 * `findings`: the user's finding about each indicator they wrote one for, keyed by the
 * indicator's number ("8"); a key that is no indicator number or a value that is not text is an
 * error at its path, an empty text is left out.
 */
function readFindings(value: Json | undefined, issues: IssueCollector): IndicatorFindings {
  if (value === undefined || value === null) return NO_FINDINGS;
  if (!isObject(value)) {
    issues.error(
      "type-invalid",
      { path: "findings" },
      { expected: 'ออบเจ็กต์ที่มีเลขตัวชี้วัดเป็นคีย์ เช่น {"8": "..."}' },
    );
    return NO_FINDINGS;
  }
  const findings = new Map<number, string>();
  for (const [key, text] of Object.entries(value)) {
    const path = `findings.${key}`;
    if (!/^[1-9][0-9]?$/.test(key))
      issues.error("type-invalid", { path }, { expected: 'เลขตัวชี้วัด เช่น "8" เป็นคีย์' });
    else if (typeof text !== "string")
      issues.error("type-invalid", { path }, { expected: "ข้อความ" });
    else {
      reportTextProblems(text, { path }, issues);
      if (text.trim() !== "") findings.set(Number(key), text.trim());
    }
  }
  return findings;
}

/** `layout`: every part optional, the default where left out. */
function readLayout(value: Json | undefined, issues: IssueCollector): ReportLayout {
  if (value === undefined || value === null) return DEFAULT_LAYOUT;
  if (!isObject(value)) {
    issues.error("type-invalid", { path: "layout" }, { expected: "ออบเจ็กต์" });
    return DEFAULT_LAYOUT;
  }
  warnOfUnknownKeys(value, "layout", JSON_FIELDS.layout, issues);
  const pick = <K extends string>(
    v: Json | undefined,
    path: string,
    options: readonly K[],
    fallback: K,
  ): K => {
    if (v === undefined || v === null) return fallback;
    if (typeof v === "string" && (options as readonly string[]).includes(v)) return v as K;
    issues.error(
      "choice-invalid",
      { path },
      { jsonOptions: options.map((o) => `"${o}"`).join(" หรือ ") },
    );
    return fallback;
  };
  const flag = (v: Json | undefined, path: string, fallback: boolean): boolean => {
    if (v === undefined || v === null) return fallback;
    if (typeof v === "boolean") return v;
    issues.error("type-invalid", { path }, { expected: " true หรือ false" });
    return fallback;
  };
  const list = (key: "progress" | "yearEnd", fallback: MeasureListLayout): MeasureListLayout => {
    const v = value[key];
    if (v === undefined || v === null) return fallback;
    if (!isObject(v)) {
      issues.error("type-invalid", { path: `layout.${key}` }, { expected: "ออบเจ็กต์" });
      return fallback;
    }
    warnOfUnknownKeys(
      v,
      `layout.${key}`,
      key === "progress" ? JSON_FIELDS.progressLayout : JSON_FIELDS.measureList,
      issues,
    );
    return {
      grouping: pick(v.grouping, `layout.${key}.grouping`, MEASURE_GROUPINGS, fallback.grouping),
      statusColumn: flag(v.statusColumn, `layout.${key}.statusColumn`, fallback.statusColumn),
      cover: flag(v.cover, `layout.${key}.cover`, fallback.cover),
      signatures: flag(v.signatures, `layout.${key}.signatures`, fallback.signatures),
    };
  };
  const progress = value.progress;
  const memo = value.memo;
  if (memo !== undefined && memo !== null && !isObject(memo))
    issues.error("type-invalid", { path: "layout.memo" }, { expected: "ออบเจ็กต์" });
  if (isObject(memo)) warnOfUnknownKeys(memo, "layout.memo", JSON_FIELDS.memoLayout, issues);
  return {
    numbering: pick(
      value.numbering,
      "layout.numbering",
      MEASURE_NUMBERINGS,
      DEFAULT_LAYOUT.numbering,
    ),
    progress: {
      ...list("progress", DEFAULT_LAYOUT.progress),
      problems: isObject(progress)
        ? flag(progress.problems, "layout.progress.problems", DEFAULT_LAYOUT.progress.problems)
        : DEFAULT_LAYOUT.progress.problems,
    },
    yearEnd: list("yearEnd", DEFAULT_LAYOUT.yearEnd),
    plan: pick(value.plan, "layout.plan", PLAN_LAYOUTS, DEFAULT_LAYOUT.plan),
    memo: {
      notes: isObject(memo)
        ? flag(memo.notes, "layout.memo.notes", DEFAULT_LAYOUT.memo.notes)
        : DEFAULT_LAYOUT.memo.notes,
    },
  };
}

/** Where JSON.parse stopped, in Thai: " ที่บรรทัด 3 ตำแหน่ง 14", or "" when unknown. */
function jsonErrorPlace(message: string, text: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` ที่บรรทัด ${lineColumn[1]} ตำแหน่ง ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return text.trim() === "" ? " (ไฟล์ว่างเปล่า)" : "";
  const before = text.slice(0, Number(position[1])).split("\n");
  return ` ที่บรรทัด ${before.length} ตำแหน่ง ${before.at(-1)!.length + 1}`;
}
