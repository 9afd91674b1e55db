import type { CellGrid } from "../sheet/cellInput";
import { EMPTY_TEXTS, REPORT_TEXT_KEYS, type ReportTexts } from "../model/reportTexts";
import { reportInputWith, scoresOf } from "../testing/builders";
import { buildInputSheets } from "./inputSheets";
import { SETTINGS_SHEET, SIGNATORY_HEADERS } from "./inputLayout";
import { parseInputJson } from "./parseInputJson";
import { readInputWorkbook } from "./readInputWorkbook";
import { instrumentTextOfLabel, TEXT_LABELS } from "./textsLayout";
import seed001 from "../../../tests/fixtures/seed001.json";

const TEXTS: ReportTexts = {
  ...EMPTY_TEXTS,
  memoSubject: "ผลการประเมิน ITA ประจำปี 2567",
  memoFacts: "ย่อหน้าแรก\nย่อหน้าที่สอง",
  website: "https://www.example.go.th/",
  instruments: { analysis: { OIT: "แบบวัด OIT ได้คะแนนต่ำกว่าเกณฑ์" }, plan: { IIT: "ข้อค้นพบ IIT" } },
  titles: {
    plan: "การนำผลการประเมินไปดำเนินการปรับปรุงและพัฒนา",
    "progress-cover": "รายงานผลการดำเนินการตามมาตรการ",
  },
};
const PEOPLE = [
  { role: "ผู้รายงาน", name: "นางสาวก ข", position: "นิติกร" },
  {
    role: "ผู้ตรวจสอบ",
    name: "นายค ง",
    position: "หัวหน้าสำนักปลัด",
    comment: "ความเห็นหัวหน้าสำนักปลัด........\n................",
  },
  { role: "ทราบ", name: "นายจ ฉ", position: "นายก" },
];

const workbookOf = (input: ReturnType<typeof reportInputWith>) =>
  new Map(buildInputSheets(input).map((s) => [s.name, s.rows as CellGrid]));

describe("the user's texts and signatories' comments", () => {
  const input = reportInputWith({
    scores: scoresOf({ 2567: Array(10).fill(9000) }),
    fiscalYearBE: 2567,
    texts: TEXTS,
    signatories: PEOPLE,
  });

  it("read the same from the workbook and from JSON", () => {
    const fromSheet = readInputWorkbook(workbookOf(input));
    const json = {
      memoSubject: TEXTS.memoSubject,
      memoFacts: TEXTS.memoFacts,
      website: TEXTS.website,
      analysis: { OIT: "แบบวัด OIT ได้คะแนนต่ำกว่าเกณฑ์" },
      plan: { IIT: "ข้อค้นพบ IIT" },
      titles: TEXTS.titles,
    };
    const fromJson = parseInputJson(
      JSON.stringify({ ...seed001, texts: json, signatories: PEOPLE }),
    );
    expect(fromSheet.issues).toEqual([]);
    expect(fromJson.issues).toEqual([]);
    expect(fromSheet.input!.texts).toEqual(TEXTS);
    expect(fromJson.input!.texts).toEqual(TEXTS);
    expect(fromSheet.input!.signatories).toEqual(PEOPLE);
    expect(fromJson.input!.signatories).toEqual(PEOPLE);
  });

  it("have a labelled row each on the Settings sheet, and a comment column beside the signatories", () => {
    const rows = workbookOf(input).get(SETTINGS_SHEET)!;
    for (const key of REPORT_TEXT_KEYS)
      expect(rows.some((r) => r[0] === TEXT_LABELS[key])).toBe(true);
    // One analysis and one plan row per instrument of ITA 2567, labelled as in earlier workbooks.
    const instrumentRows = rows
      .filter((r) => instrumentTextOfLabel(String(r[0])) !== null)
      .map((r) => [r[0], r[1] ?? null]);
    expect(instrumentRows).toEqual([
      ["ผลแบบวัด IIT (วิเคราะห์ผล)", null],
      ["ผลแบบวัด EIT (วิเคราะห์ผล)", null],
      ["ผลแบบวัด OIT (วิเคราะห์ผล)", "แบบวัด OIT ได้คะแนนต่ำกว่าเกณฑ์"],
      ["ข้อค้นพบแบบวัด IIT (แผนพัฒนา)", "ข้อค้นพบ IIT"],
      ["ข้อค้นพบแบบวัด EIT (แผนพัฒนา)", null],
      ["ข้อค้นพบแบบวัด OIT (แผนพัฒนา)", null],
    ]);
    expect(rows.find((r) => r[0] === SIGNATORY_HEADERS[0])).toEqual([...SIGNATORY_HEADERS]);
  });

  it("are all empty in a workbook made before the texts rows", () => {
    const grids = workbookOf(
      reportInputWith({ scores: scoresOf({ 2567: Array(10).fill(9000) }), fiscalYearBE: 2567 }),
    );
    const labels = new Set(Object.values(TEXT_LABELS));
    const old = grids
      .get(SETTINGS_SHEET)!
      .filter((r) => !labels.has(String(r[0])) && !instrumentTextOfLabel(String(r[0])));
    const read = readInputWorkbook(new Map([...grids, [SETTINGS_SHEET, old]]));
    expect(read.issues).toEqual([]);
    expect(read.input!.texts).toEqual(EMPTY_TEXTS);
  });

  it("JSON: reads the keys of earlier files (analysisIIT, planOIT, …) as the instruments' texts; the same text twice is an error", () => {
    const legacy = parseInputJson(
      JSON.stringify({
        ...seed001,
        texts: { analysisOIT: "ผล OIT", planIIT: "ข้อค้นพบ IIT", planEIT: "" },
      }),
    );
    expect(legacy.issues).toEqual([]);
    expect(legacy.input!.texts.instruments).toEqual({
      analysis: { OIT: "ผล OIT" },
      plan: { IIT: "ข้อค้นพบ IIT" },
    });
    const twice = parseInputJson(
      JSON.stringify({ ...seed001, texts: { plan: { IIT: "ใหม่" }, planIIT: "เก่า" } }),
    );
    expect(twice.issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ["error", "json-duplicate-key", "texts.planIIT"],
    ]);
    expect(twice.input!.texts.instruments.plan).toEqual({ IIT: "ใหม่" });
  });

  it("JSON: an instrument's text that is not a string, or texts.analysis that is not an object, is an error at its path", () => {
    const { issues } = parseInputJson(
      JSON.stringify({ ...seed001, texts: { analysis: { IIT: 5 }, plan: "ข้อค้นพบ" } }),
    );
    expect(issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ["error", "type-invalid", "texts.analysis.IIT"],
      ["error", "type-invalid", "texts.plan"],
    ]);
  });

  it("JSON: a key no report reads is a warning, a text that is not a string an error", () => {
    const { issues, input: read } = parseInputJson(
      JSON.stringify({ ...seed001, texts: { memoSubjct: "พิมพ์ผิด", memoProposal: 5 } }),
    );
    expect(issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ["warning", "text-key-unknown", "texts.memoSubjct"],
      ["error", "type-invalid", "texts.memoProposal"],
    ]);
    expect(issues[0]!.message).toContain("memoSubject");
    expect(read!.texts).toEqual(EMPTY_TEXTS);
  });
});

describe("an instrument's text for an instrument the year's frame lacks", () => {
  const texts = (instruments: ReportTexts["instruments"]): ReportTexts => ({
    ...EMPTY_TEXTS,
    instruments,
  });
  const input = reportInputWith({
    scores: scoresOf({ 2567: Array(10).fill(9000) }),
    fiscalYearBE: 2568,
    texts: texts({ analysis: { IIT: "บทวิเคราะห์ IIT", CIT: "บทวิเคราะห์ CIT" }, plan: { CIT: "" } }),
  });

  it("workbook: is a warning at its cell on the Settings sheet, naming the year's instruments; a blank one is not", () => {
    const grids = workbookOf(input);
    const settings = grids.get(SETTINGS_SHEET)!;
    const row = settings.findIndex((r) => r[0] === "ผลแบบวัด CIT (วิเคราะห์ผล)") + 1;
    const { issues, input: read } = readInputWorkbook(grids);
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["warning", "text-instrument-unknown", SETTINGS_SHEET, `B${row}`],
    ]);
    expect(issues[0]!.message).toContain(
      "เกณฑ์ปี 2567 ไม่มีแบบวัด CIT (มีแบบวัด IIT EIT OIT) ข้อความนี้จึงไม่ถูกพิมพ์ในรายงาน",
    );
    // Kept as typed, so a frame that has the instrument prints it.
    expect(read!.texts.instruments.analysis.CIT).toBe("บทวิเคราะห์ CIT");
  });

  it("JSON: is a warning at its path, texts.analysis.<code> or the flat texts.plan<code>", () => {
    const json = {
      ...seed001,
      texts: {
        analysis: { CIT: "บทวิเคราะห์ CIT", IIT: "บทวิเคราะห์ IIT" },
        planXIT: "ข้อค้นพบ XIT",
        planCIT: "  ",
      },
    };
    const { issues } = parseInputJson(JSON.stringify(json));
    expect(issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ["warning", "text-instrument-unknown", "texts.analysis.CIT"],
      ["warning", "text-instrument-unknown", "texts.planXIT"],
    ]);
    expect(issues[1]!.message).toMatch(/texts\.planXIT: เกณฑ์ปี 2567 ไม่มีแบบวัด XIT/);
  });
});

describe("names typed with the words the report adds", () => {
  const org = {
    name: "เทศบาลตำบลเกวียนหัก",
    kind: "เทศบาลตำบล",
    district: "อำเภอขลุง",
    province: "จ.จันทบุรี",
  };

  it("JSON: warns with the value to type, naming each path", () => {
    const { issues } = parseInputJson(
      JSON.stringify({
        ...seed001,
        organization: org,
        signatories: [{ role: "ผู้รายงาน", name: "(นางสาวก ข)", position: "นิติกร" }],
      }),
    );
    expect(issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ["warning", "name-repeats-kind", "organization.name"],
      ["warning", "place-has-prefix", "organization.district"],
      ["warning", "place-has-prefix", "organization.province"],
      ["warning", "signatory-name-parenthesized", "signatories[0].name"],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('ควรแก้ชื่อเป็น "เกวียนหัก"'),
      expect.stringContaining('ควรแก้เป็น "ขลุง"'),
      expect.stringContaining('ควรแก้เป็น "จันทบุรี"'),
      expect.stringContaining('ควรแก้เป็น "นางสาวก ข"'),
    ]);
  });

  it("workbook: the same warnings on the cells", () => {
    const input = reportInputWith({
      organization: org,
      scores: scoresOf({ 2567: Array(10).fill(9000) }),
      fiscalYearBE: 2567,
      signatories: [{ role: "ทราบ", name: "(นายก ข)", position: "นายก" }],
    });
    const { issues } = readInputWorkbook(workbookOf(input));
    expect(issues.map((i) => [i.code, i.sheet])).toEqual([
      ["name-repeats-kind", SETTINGS_SHEET],
      ["place-has-prefix", SETTINGS_SHEET],
      ["place-has-prefix", SETTINGS_SHEET],
      ["signatory-name-parenthesized", SETTINGS_SHEET],
    ]);
    expect(issues.every((i) => i.severity === "warning" && /^B\d+$/.test(i.cell ?? ""))).toBe(true);
  });

  it("a name that only contains its kind's word later is no warning", () => {
    const { issues } = parseInputJson(
      JSON.stringify({
        ...seed001,
        organization: { ...org, name: "บ้านเทศบาลตำบล", district: "ขลุง", province: "จันทบุรี" },
      }),
    );
    expect(issues).toEqual([]);
  });
});
