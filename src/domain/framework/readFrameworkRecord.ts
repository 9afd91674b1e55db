import type { IssueParams } from "../issues/issueCatalogue";
import type { IssueCollector, IssuePlace } from "../issues/issueCollector";
import { reportTextProblems } from "../issues/textChecks";
import type { Hundredths } from "../numbers/hundredths";
import { parseScore } from "../numbers/parseScore";
import { toArabicDigits } from "../thai/digits";
import type { Indicator, Instrument } from "./indicators";
import {
  OIT_ITEM_ROLES,
  OVERALL_FORMULAS,
  type FrameworkOrigin,
  type ItaFramework,
  type OitItem,
  type OitItemRole,
  type OverallFormula,
} from "./itaFramework";
import { barText } from "./frameworkText";
import type { LevelBand } from "./levels";

/** Where a record is read from and what it may be. */
export interface FrameworkReadContext {
  /** The place of a field, given its path inside the record ("indicators[2].name"). */
  readonly at: (path: string) => IssuePlace;
  readonly issues: IssueCollector;
  readonly origin: FrameworkOrigin;
  /** The earliest year a record may have (the first built-in year for a supplied record). */
  readonly minYearBE?: number;
}

/** The fields of a record, as docs/framework.schema.json names them. */
export const RECORD_FIELDS = [
  "fiscalYearBE",
  "status",
  "source",
  "instruments",
  "indicators",
  "overallFormula",
  "levels",
  "passMark",
  "strengthThreshold",
  "oitItems",
] as const;

/** Instrument codes that the published totals use for themselves. */
const RESERVED_CODES = ["OVERALL", "LEVEL", "ITA"];
const TOTAL_WEIGHT: Hundredths = 10_000;

type Raw = Record<string, unknown>;
const isRaw = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const key = (text: string) => text.replace(/\s+/g, "").toUpperCase();

/**
 * Reads one year's framework record (docs/framework.schema.json) from plain data: parsed JSON,
 * or what the framework sheet's reader collected from its cells. Every problem becomes an issue
 * at the field's place; a record with any error is not used (null), never half-used.
 */
export function readFrameworkRecord(
  value: unknown,
  ctx: FrameworkReadContext,
): ItaFramework | null {
  const { issues, at } = ctx;
  const before = issues.issues.filter((i) => i.severity === "error").length;
  const required = (path: string, what: string, list?: "empty" | "missing") =>
    issues.error("framework-required", at(path), list ? { what, list } : { what });
  const typeInvalid = (path: string, what: string, expected: string) =>
    issues.error("framework-type-invalid", at(path), { what, expected });
  const invalid = (path: string, what: string, value: string, expected: string) =>
    issues.error("framework-value-invalid", at(path), { what, value, expected });
  const duplicate = (path: string, what: string, value: string) =>
    issues.error("framework-duplicate", at(path), { what, value });
  const inconsistent = (path: string, params: IssueParams<"framework-inconsistent">) =>
    issues.error("framework-inconsistent", at(path), params);

  if (!isRaw(value)) {
    typeInvalid(
      "",
      "เกณฑ์ ITA ",
      "ออบเจ็กต์ที่มี fiscalYearBE, instruments, indicators, levels, passMark และ strengthThreshold",
    );
    return null;
  }
  for (const field of Object.keys(value))
    if (!(RECORD_FIELDS as readonly string[]).includes(field))
      issues.warning("framework-field-unknown", at(field), {
        field,
        fields: RECORD_FIELDS.join(", "),
      });

  const text = (v: unknown, path: string, what: string, isRequired = true): string => {
    if (typeof v === "number") v = String(v);
    if (typeof v === "string" && v.trim() !== "") {
      reportTextProblems(v, at(path), issues);
      return v.trim();
    }
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) {
      if (isRequired) required(path, what);
      return "";
    }
    typeInvalid(path, what, "ข้อความ");
    return "";
  };
  const score = (v: unknown, path: string, what: string): Hundredths | null => {
    const parsed = parseScore(
      typeof v === "number" || typeof v === "string" ? v : v === undefined ? null : String(v),
    );
    if (parsed.ok) return parsed.value;
    // A score in a record is read and worded as any other score.
    issues.error(`score-${parsed.problem}`, at(path), {
      subject: what,
      value: typeof v === "string" || typeof v === "number" ? String(v) : "",
    });
    return null;
  };
  const year = (v: unknown, path: string, what: string): number | null => {
    const shown =
      typeof v === "string" || typeof v === "number"
        ? toArabicDigits(String(v))
            .replace(/^\s*พ\.\s*ศ\.\s*/, "")
            .trim()
        : "";
    if (shown === "") {
      required(path, what);
      return null;
    }
    const n = /^\d{4}$/.test(shown) ? Number(shown) : NaN;
    if (!(n >= 2500 && n <= 2700)) {
      invalid(path, what, shown, "ไม่ใช่ปี พ.ศ. 4 หลัก เช่น 2569");
      return null;
    }
    return n;
  };
  const list = (v: unknown, path: string, what: string, isRequired = true): unknown[] | null => {
    if (Array.isArray(v)) {
      if (v.length === 0 && isRequired) required(path, what, "empty");
      return v;
    }
    if (v === undefined || v === null) {
      if (isRequired) required(path, what, "missing");
      return null;
    }
    typeInvalid(path, what, "รายการ (อาร์เรย์)");
    return null;
  };
  const choice = <T extends string>(
    v: unknown,
    path: string,
    what: string,
    options: readonly T[],
    fallback: T,
  ): T => {
    if (v === undefined || v === null || v === "") return fallback;
    if (typeof v === "string" && (options as readonly string[]).includes(v.trim()))
      return v.trim() as T;
    invalid(path, what, String(v), `ต้องเป็น ${options.map((o) => `"${o}"`).join(" หรือ ")}`);
    return fallback;
  };

  const fiscalYearBE = year(value.fiscalYearBE, "fiscalYearBE", "ปีที่ประเมิน (พ.ศ.)");
  if (fiscalYearBE !== null && ctx.minYearBE !== undefined && fiscalYearBE < ctx.minYearBE)
    invalid(
      "fiscalYearBE",
      "ปีที่ประเมิน (พ.ศ.)",
      String(fiscalYearBE),
      `อยู่ก่อนปี ${ctx.minYearBE} ที่เริ่มใช้การประเมินแบบตัวชี้วัด จึงกำหนดเกณฑ์ของปีนี้ไม่ได้`,
    );
  const status = choice(
    value.status,
    "status",
    "สถานะของเกณฑ์",
    ["verified", "provisional"] as const,
    "provisional",
  );
  const source = text(value.source, "source", "ที่มาของเกณฑ์", false);
  const overallFormula = choice<OverallFormula>(
    value.overallFormula,
    "overallFormula",
    "สูตรคะแนนรวม",
    OVERALL_FORMULAS,
    "weighted-instrument-means",
  );

  const instruments: Instrument[] = [];
  (list(value.instruments, "instruments", "แบบวัด") ?? []).forEach((raw, i) => {
    const path = `instruments[${i}]`;
    if (!isRaw(raw))
      return typeInvalid(path, "แบบวัดแต่ละรายการ", "ออบเจ็กต์ที่มี code, name และ weightPercent");
    const code = text(raw.code, `${path}.code`, "รหัสแบบวัด");
    const name = text(raw.name, `${path}.name`, `ชื่อแบบวัด ${code}`);
    const weight = score(
      raw.weightPercent,
      `${path}.weightPercent`,
      `น้ำหนักของแบบวัด ${code} (ร้อยละ)`,
    );
    if (code !== "" && !/^[A-Za-z][A-Za-z0-9]{0,9}$/.test(code))
      return invalid(
        `${path}.code`,
        "รหัสแบบวัด",
        code,
        "ต้องเป็นอักษรอังกฤษหรือตัวเลข ขึ้นต้นด้วยอักษร ไม่เกิน 10 ตัว เช่น IIT",
      );
    if (RESERVED_CODES.includes(key(code)))
      return invalid(`${path}.code`, "รหัสแบบวัด", code, "ใช้ไม่ได้ เพราะเป็นชื่อของคะแนนรวม");
    if (instruments.some((x) => key(x.code) === key(code)))
      return duplicate(`${path}.code`, "รหัสแบบวัด", code);
    if (weight !== null && weight <= 0 && overallFormula === "weighted-instrument-means")
      return invalid(
        `${path}.weightPercent`,
        `น้ำหนักของแบบวัด ${code}`,
        String(weight / 100),
        "ต้องมากกว่า 0",
      );
    if (code !== "" && name !== "" && weight !== null)
      instruments.push({ code, name, weightPercent: weight / 100 });
  });
  const totalWeight = instruments.reduce((s, i) => s + Math.round(i.weightPercent * 100), 0);
  if (
    overallFormula === "weighted-instrument-means" &&
    instruments.length > 0 &&
    totalWeight !== TOTAL_WEIGHT
  )
    inconsistent("instruments", { weights: (totalWeight / 100).toString() });

  const indicators: Indicator[] = [];
  (list(value.indicators, "indicators", "ตัวชี้วัด") ?? []).forEach((raw, i) => {
    const path = `indicators[${i}]`;
    if (!isRaw(raw))
      return typeInvalid(path, "ตัวชี้วัดแต่ละรายการ", "ออบเจ็กต์ที่มี number, name และ instrument");
    const number =
      typeof raw.number === "string" ? Number(toArabicDigits(raw.number.trim())) : raw.number;
    if (raw.number === undefined || raw.number === null || raw.number === "")
      return required(`${path}.number`, "เลขตัวชี้วัด");
    if (!(typeof number === "number" && Number.isInteger(number) && number >= 1 && number <= 999))
      return invalid(`${path}.number`, "เลขตัวชี้วัด", String(raw.number), "ต้องเป็นจำนวนเต็ม 1–999");
    const name = text(raw.name, `${path}.name`, `ชื่อตัวชี้วัดที่ ${number}`);
    const aliases = (list(raw.aliases, `${path}.aliases`, `ชื่ออื่นของตัวชี้วัดที่ ${number}`, false) ?? [])
      .map((a, k) => text(a, `${path}.aliases[${k}]`, `ชื่ออื่นของตัวชี้วัดที่ ${number}`))
      .filter((a) => a !== "");
    const instrument = text(raw.instrument, `${path}.instrument`, `แบบวัดของตัวชี้วัดที่ ${number}`);
    if (indicators.some((x) => x.number === number))
      return duplicate(`${path}.number`, "เลขตัวชี้วัด", String(number));
    const clash = [name, ...aliases].find((n) =>
      indicators.some((x) => [x.name, ...x.aliases].some((m) => key(m) === key(n))),
    );
    if (clash) return duplicate(`${path}.name`, "ชื่อตัวชี้วัด", clash);
    const owner = instruments.find((x) => key(x.code) === key(instrument));
    if (instrument !== "" && !owner && instruments.length > 0)
      return inconsistent(`${path}.instrument`, {
        instrument,
        known: instruments.map((x) => x.code).join(", "),
      });
    if (name !== "" && owner) indicators.push({ number, name, aliases, instrument: owner.code });
  });
  indicators.sort((a, b) => a.number - b.number);
  instruments.forEach((inst, i) => {
    if (indicators.length > 0 && !indicators.some((x) => x.instrument === inst.code))
      inconsistent(`instruments[${i}].code`, { emptyInstrument: inst.code });
  });

  const bands: LevelBand[] = [];
  (list(value.levels, "levels", "ระดับผลการประเมิน") ?? []).forEach((raw, i) => {
    const path = `levels[${i}]`;
    if (!isRaw(raw)) return typeInvalid(path, "ระดับแต่ละรายการ", "ออบเจ็กต์ที่มี level และ minOverall");
    const level = text(raw.level, `${path}.level`, "ชื่อระดับ");
    const minOverall = score(raw.minOverall, `${path}.minOverall`, `คะแนนรวมขั้นต่ำของระดับ ${level}`);
    const hasEach =
      raw.minEachInstrument !== undefined &&
      raw.minEachInstrument !== null &&
      raw.minEachInstrument !== "";
    const minEach = hasEach
      ? score(
          raw.minEachInstrument,
          `${path}.minEachInstrument`,
          `คะแนนขั้นต่ำของทุกแบบวัดในระดับ ${level}`,
        )
      : null;
    const aliases = (list(raw.aliases, `${path}.aliases`, `ชื่ออื่นของระดับ ${level}`, false) ?? [])
      .map((a, k) => text(a, `${path}.aliases[${k}]`, `ชื่ออื่นของระดับ ${level}`))
      .filter((a) => a !== "");
    if (level === "" || minOverall === null || (hasEach && minEach === null)) return;
    const clash = [level, ...aliases].find((n) =>
      bands.some((b) => [b.level, ...b.aliases].some((m) => key(m) === key(n))),
    );
    if (clash) return duplicate(`${path}.level`, "ชื่อระดับ", clash);
    const above = bands.at(-1);
    if (above && minOverall > above.minOverall)
      return inconsistent(`${path}.minOverall`, {
        level,
        value: barText(minOverall),
        above: above.level,
        aboveValue: barText(above.minOverall),
      });
    if (
      above &&
      minOverall === above.minOverall &&
      (above.minEachInstrument === undefined ||
        (minEach !== null && minEach >= above.minEachInstrument))
    )
      return inconsistent(`${path}.minOverall`, { unreachable: level, above: above.level });
    bands.push({
      level,
      minOverall,
      aliases,
      ...(minEach !== null ? { minEachInstrument: minEach } : {}),
    });
  });
  const bottom = bands.at(-1);
  if (bottom && (bottom.minOverall !== 0 || bottom.minEachInstrument !== undefined))
    inconsistent(`levels[${bands.length - 1}]`, { bottom: bottom.level });

  const passMark = score(value.passMark, "passMark", "เกณฑ์ผ่าน (passMark)");
  const strengthThreshold = score(
    value.strengthThreshold,
    "strengthThreshold",
    "เกณฑ์จุดแข็ง (strengthThreshold)",
  );
  if (passMark !== null && strengthThreshold !== null && strengthThreshold < passMark)
    inconsistent("strengthThreshold", {
      strength: barText(strengthThreshold),
      pass: barText(passMark),
    });

  const rawItems = list(value.oitItems, "oitItems", "ข้อ OIT", false);
  const oitItems: OitItem[] = [];
  (rawItems ?? []).forEach((raw, i) => {
    const path = `oitItems[${i}]`;
    if (!isRaw(raw))
      return typeInvalid(
        path,
        "ข้อ OIT แต่ละรายการ",
        "ออบเจ็กต์ที่มี role, code, title และ coversFiscalYearBE",
      );
    const role = choice<OitItemRole | "">(
      raw.role,
      `${path}.role`,
      "บทบาทของข้อ OIT",
      OIT_ITEM_ROLES,
      "",
    );
    if (role === "" && (raw.role === undefined || raw.role === ""))
      required(`${path}.role`, `บทบาทของข้อ OIT ("measures" หรือ "implementation")`);
    const code = text(raw.code, `${path}.code`, "รหัสข้อ OIT");
    const title = text(raw.title, `${path}.title`, `ชื่อข้อ OIT ${code}`);
    const covers = year(
      raw.coversFiscalYearBE,
      `${path}.coversFiscalYearBE`,
      `ปีงบประมาณที่ข้อ ${code} รายงาน`,
    );
    if (
      covers !== null &&
      fiscalYearBE !== null &&
      (covers > fiscalYearBE || covers < fiscalYearBE - 2)
    )
      return invalid(
        `${path}.coversFiscalYearBE`,
        `ปีงบประมาณที่ข้อ ${code} ของการประเมินปี ${fiscalYearBE} รายงาน`,
        String(covers),
        `ต้องอยู่ระหว่าง ${fiscalYearBE - 2}–${fiscalYearBE}`,
      );
    if (role !== "" && code !== "" && title !== "" && covers !== null)
      oitItems.push({ role, code, title, coversFiscalYearBE: covers });
  });

  const errors = issues.issues.filter((i) => i.severity === "error").length;
  if (errors > before || fiscalYearBE === null || passMark === null || strengthThreshold === null)
    return null;
  return {
    fiscalYearBE,
    status,
    origin: ctx.origin,
    basedOn: null,
    source,
    instruments,
    indicators,
    overallFormula,
    levelScheme: { bands },
    passMark,
    strengthThreshold,
    oitItems: rawItems === null ? null : oitItems,
  };
}
