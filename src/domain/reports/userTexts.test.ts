import type { IndicatorNumber } from "../framework/indicators";
import { BLANK_MEASURE, type Measure } from "../model/measure";
import type { Signatory } from "../model/signatory";
import {
  EMPTY_TEXTS,
  REPORT_TEXT_KEYS,
  type ReportTextKey,
  type ReportTexts,
} from "../model/reportTexts";
import { rangeA1 } from "../sheet/a1";
import { renderSpecAsText } from "../sheet/renderSpecAsText";
import { summarizeScores } from "../scoring/scoreSummary";
import { reportInputWith, scoresOf } from "../testing/builders";
import { buildReport, type ReportKind } from "./buildReport";
import { reportTextDrafts } from "./textDrafts";
import { forewordParts, frontMatterPages } from "./analysisReport";
import { TITLED_REPORTS } from "./reportRegistry";
import { pageStamps } from "../sheet/pageStamps";

const measure = (indicator: IndicatorNumber, status: Measure["status"]): Measure => ({
  ...BLANK_MEASURE,
  indicator,
  title: `มาตรการของตัวชี้วัดที่ ${indicator}`,
  methods: "วิธี",
  unit: "สำนักปลัด",
  period: "ตลอดปี",
  result: "ผล",
  status,
});

const base = reportInputWith({
  fiscalYearBE: 2568,
  round: "full-year",
  scores: scoresOf({
    2566: [9000, 9000, 9000, 9000, 9000, 9000, 9000, 9000, 9000, 9000],
    2567: [9500, 9200, 8800, 8400, 9600, 9100, 8700, 8100, 7500, 9000],
  }),
  measures: [measure(8, "ดำเนินการแล้ว"), measure(9, "อยู่ระหว่างดำเนินการ")],
  signatories: [
    { role: "ผู้รายงาน", name: "นางสาวก ข", position: "นักวิเคราะห์นโยบายและแผน" },
    {
      role: "ผู้ตรวจสอบ",
      name: "นายค ง",
      position: "หัวหน้าสำนักปลัด",
      comment: "ความเห็นหัวหน้าสำนักปลัด..........\n..........................",
    },
    { role: "ทราบ", name: "นายจ ฉ", position: "นายกเทศมนตรีตำบลตัวอย่าง" },
  ],
});

/** A distinct paragraph of the user's for every text that replaces a draft. */
const CODES = ["IIT", "EIT", "OIT"]; // the instruments of ITA 2567, the year analysed
const OWN: ReportTexts = {
  ...(Object.fromEntries(REPORT_TEXT_KEYS.map((k) => [k, `ข้อความของผู้ใช้ ${k}`])) as Record<
    ReportTextKey,
    string
  >),
  instruments: {
    analysis: Object.fromEntries(CODES.map((c) => [c, `ข้อความของผู้ใช้ analysis ${c}`])),
    plan: {},
  },
  titles: {},
};
// The memo's data and the analysis' foreword and rationale have no draft (tested on their own below).
const UNDRAFTED = [
  "memoReference",
  "memoOitItem",
  "website",
  "analysisForeword",
  "analysisRationale",
];
const REPLACING = REPORT_TEXT_KEYS.filter((k) => !UNDRAFTED.includes(k));
const KINDS: ReportKind[] = ["memo", "analysis", "progress", "year-end"];
const rendered = (texts: ReportTexts) =>
  buildReport({ ...base, texts }, KINDS)
    .workbook.sheets.map(renderSpecAsText)
    .join("\n");

describe("the user's paragraphs replace the drafts", () => {
  const drafts = reportTextDrafts(base, summarizeScores(base));

  /** Every text that replaces a draft, by name: the fixed ones, then each instrument's analysis. */
  const replacing = (texts: ReportTexts): [string, string][] => [
    ...REPLACING.map((k): [string, string] => [k, texts[k]]),
    ...CODES.map((c): [string, string] => [`analysis ${c}`, texts.instruments.analysis[c] ?? ""]),
  ];

  it("drafts every replaceable text from the data (the draft a user starts from), one analysis paragraph per instrument", () => {
    for (const [key, draft] of replacing(drafts)) expect([key, draft !== ""]).toEqual([key, true]);
    expect(Object.keys(drafts.instruments.analysis)).toEqual(CODES);
  });

  it("prints every draft when the user wrote nothing", () => {
    const text = rendered(EMPTY_TEXTS);
    for (const [key, draft] of replacing(drafts))
      for (const p of draft.split("\n")) expect([key, text.includes(p)]).toEqual([key, true]);
  });

  it("prints each of the user's paragraphs instead of the draft, and no draft they replaced", () => {
    const text = rendered(OWN);
    const own = new Map(replacing(OWN));
    for (const [key, draft] of replacing(drafts)) {
      expect([key, text.includes(own.get(key)!)]).toEqual([key, true]);
      // A heading's draft is a word other text holds (ข้อเสนอ in ข้อเสนอแนะ): the memo's headings are checked row by row below.
      if (!key.endsWith("Heading"))
        for (const p of draft.split("\n")) expect([key, text.includes(p)]).toEqual([key, false]);
    }
  });

  it("prints the memo's headings as the user wrote them, and none where they typed a dash alone (seed 004's proposal)", () => {
    const memoRows = (texts: ReportTexts) =>
      buildReport({ ...base, texts }, ["memo"]).workbook.sheets[0]!.rows.map((r) => r[0]);
    const plain = memoRows(EMPTY_TEXTS);
    for (const heading of ["เรื่องเดิม", "ข้อเท็จจริง", "ข้อเสนอ"]) expect(plain).toContain(heading);
    const own = memoRows({
      ...EMPTY_TEXTS,
      memoBackgroundHeading: "1. เรื่องเดิม",
      memoFactsHeading: "2. ข้อเท็จจริง",
      memoProposalHeading: "3. ข้อเสนอ/ข้อพิจารณา",
    });
    // In the report's digits (the base input prints Arabic digits).
    expect(own.filter((v) => /^[0-9๐-๙]\. (เรื่องเดิม|ข้อเท็จจริง|ข้อเสนอ)/.test(String(v)))).toEqual([
      "1. เรื่องเดิม",
      "2. ข้อเท็จจริง",
      "3. ข้อเสนอ/ข้อพิจารณา",
    ]);
    expect(own).not.toContain("เรื่องเดิม");
    const none = memoRows({ ...EMPTY_TEXTS, memoProposalHeading: "-" });
    expect(none.length).toBe(plain.length - 1);
    expect(none).not.toContain("ข้อเสนอ");
    expect(none).not.toContain("-");
    expect(plain.filter((v) => v !== "ข้อเสนอ")).toEqual(none);
  });

  it("prints a text of several lines as several paragraphs, in order", () => {
    const sheets = buildReport(
      { ...base, texts: { ...EMPTY_TEXTS, yearEndOutcome: "ย่อหน้าหนึ่ง\n\nย่อหน้าสอง" } },
      ["year-end"],
    ).workbook.sheets;
    const lines = renderSpecAsText(sheets[0]!).split("\n");
    const one = lines.findIndex((l) => l.endsWith("ย่อหน้าหนึ่ง"));
    expect(one).toBeGreaterThan(0);
    expect(lines[one + 1]).toMatch(/ย่อหน้าสอง$/);
  });

  it("prints an approver's own comment lines above their signature, instead of the drafted ones", () => {
    const memo = renderSpecAsText(buildReport(base, ["memo"]).workbook.sheets[0]!);
    expect(memo).toContain("ความเห็นหัวหน้าสำนักปลัด..........");
    const comment = memo.indexOf("ความเห็นหัวหน้าสำนักปลัด");
    expect(memo.indexOf("(นายค ง)")).toBeGreaterThan(comment);
    // The reviewer's drafted lines are gone; the last level, without a comment, keeps its draft.
    expect(memo).not.toContain("เรียน นายกเทศมนตรีตำบลตัวอย่าง");
    expect(memo).toContain("- ทราบ");
  });

  it.each(["-", " – ", "—"])(
    "prints no line above the signature of a person whose comment is a dash alone (%j)",
    (dash) => {
      const [reporter, reviewer, mayor] = base.signatories as [Signatory, Signatory, Signatory];
      const memo = renderSpecAsText(
        buildReport({ ...base, signatories: [reporter, reviewer, { ...mayor, comment: dash }] }, [
          "memo",
        ]).workbook.sheets[0]!,
      );
      const lines = memo.split("\n");
      const name = lines.findIndex((l) => l.includes("(นายจ ฉ)"));
      // The mayor's signature follows the blank row after the reviewer's position: no "- ทราบ", no dash.
      expect(lines.slice(name - 3, name + 1).map((l) => l.replace(/^\s*\d+ \|[\s|]*/, ""))).toEqual(
        ["หัวหน้าสำนักปลัด", "", "(ลงชื่อ) ........................................", "(นายจ ฉ)"],
      );
      expect(memo).not.toContain("- ทราบ");
      expect(memo).not.toMatch(/\| [-–—] *$/m);
    },
  );
});

it("prints the user's findings under each instrument of the plan, where nothing is drafted", () => {
  const plan = (texts: ReportTexts) =>
    renderSpecAsText(buildReport({ ...base, texts }, ["plan"]).workbook.sheets[0]!);
  const own = plan({
    ...EMPTY_TEXTS,
    instruments: {
      analysis: {},
      plan: { IIT: "ข้อค้นพบ IIT", OIT: "ข้อค้นพบ OIT ย่อหน้าหนึ่ง\nย่อหน้าสอง" },
    },
  });
  const at = (t: string) => own.indexOf(t);
  expect(at("(IIT)")).toBeLessThan(at("ข้อค้นพบ IIT"));
  expect(at("ข้อค้นพบ IIT")).toBeLessThan(at("(EIT)"));
  expect(at("(OIT)")).toBeLessThan(at("ข้อค้นพบ OIT ย่อหน้าหนึ่ง"));
  expect(at("ข้อค้นพบ OIT ย่อหน้าหนึ่ง")).toBeLessThan(at("ย่อหน้าสอง"));
  const rowsOf = (t: string) => t.split("\n").filter((l) => /^\s+\d+ \|/.test(l)).length;
  expect(rowsOf(own)).toBe(rowsOf(plan(EMPTY_TEXTS)) + 3);
});

describe("the analysis' foreword and rationale (seed 002)", () => {
  const analysis = (texts: Partial<ReportTexts>) =>
    buildReport({ ...base, texts: { ...EMPTY_TEXTS, ...texts } }, ["analysis"]).workbook.sheets[0]!;
  const cells = (sheet: ReturnType<typeof analysis>) =>
    sheet.rows.map((r) => String(r[0] ?? "").trim());

  it("prints neither, nor their headings, when the user wrote none: nothing is drafted for them", () => {
    const text = cells(analysis({}));
    expect(text).not.toContain("คำนำ");
    expect(text).not.toContain("หลักการและเหตุผล");
    expect(reportTextDrafts(base, summarizeScores(base))).toMatchObject({
      analysisForeword: "",
      analysisRationale: "",
    });
  });

  it("prints the foreword on a page of its own before the title, and the rationale between the title and the results", () => {
    const sheet = analysis({
      analysisForeword: "คำนำย่อหน้าหนึ่ง\nคำนำย่อหน้าสอง\nสำนักปลัด",
      analysisRationale: "เหตุผลย่อหน้าหนึ่ง\n\nเหตุผลย่อหน้าสอง",
    });
    const text = cells(sheet);
    const at = (t: string) => text.indexOf(t);
    const title = text.findIndex((t) => t.startsWith("รายงานการวิเคราะห์ผลการประเมิน"));
    expect(text.slice(0, 4)).toEqual(["คำนำ", "คำนำย่อหน้าหนึ่ง", "คำนำย่อหน้าสอง", "สำนักปลัด"]);
    expect(sheet.print!.pageBreaks).toContain(title + 1); // the title starts page 2
    expect(at("หลักการและเหตุผล")).toBeGreaterThan(title);
    expect(text.slice(at("หลักการและเหตุผล") + 1, at("หลักการและเหตุผล") + 3)).toEqual([
      "เหตุผลย่อหน้าหนึ่ง",
      "เหตุผลย่อหน้าสอง",
    ]);
    expect(at("1. ผลการประเมินภาพรวม")).toBeGreaterThan(at("เหตุผลย่อหน้าสอง"));
  });

  it("prints the foreword's author and date, after an empty line, on the right half of an unnumbered page", () => {
    const sheet = analysis({
      analysisForeword:
        "คำนำย่อหน้าหนึ่ง\nคำนำย่อหน้าสอง\n\nสำนักปลัด องค์การบริหารส่วนตำบลตัวอย่าง\nกุมภาพันธ์ 2568\n",
    });
    const row = (t: string) => sheet.rows.findIndex((r) => r.includes(t)) + 1;
    const [author, date] = [row("สำนักปลัด องค์การบริหารส่วนตำบลตัวอย่าง"), row("กุมภาพันธ์ 2568")];
    expect([author, date]).toEqual([5, 6]);
    // In column C, merged to the last column and centred there, as the signatures are; the paragraphs stay indented across the page.
    expect(sheet.rows[author - 1]!.slice(0, 3)).toEqual([
      null,
      null,
      "สำนักปลัด องค์การบริหารส่วนตำบลตัวอย่าง",
    ]);
    expect(sheet.merges.map(rangeA1)).toEqual(
      expect.arrayContaining([`C${author}:E${author}`, `C${date}:E${date}`]),
    );
    expect(String(sheet.rows[1]![0])).toMatch(/^\u00a0+คำนำย่อหน้าหนึ่ง$/);
    // The foreword is front matter: no page number on it, and the PDF's numbers leave it out (the body from 1).
    expect(sheet.print!.bareFirstPage).toBe(true);
    expect(sheet.print!.frontMatterPages).toBe(1);
    expect(sheet.print!.pageBreaks).toContain(date + 1);
    expect(analysis({ analysisRationale: "เหตุผล" }).print!.bareFirstPage).toBeUndefined();
  });

  it("counts every page of a foreword longer than one page as front matter: in the PDF none is numbered and the body reads from 1", () => {
    const long = Array.from(
      { length: 14 },
      (_, i) =>
        `คำนำย่อหน้าที่ ${i + 1} ${"การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ".repeat(6)}`,
    ).join("\n");
    const sheet = analysis({ analysisForeword: `${long}\n\nสำนักปลัด\nกุมภาพันธ์ 2568` });
    const body =
      sheet.rows.findIndex((r) => String(r[0] ?? "").startsWith("รายงานการวิเคราะห์ผล")) + 1;
    const breaks = sheet.print!.pageBreaks;
    expect(breaks).toContain(body);
    const inForeword = breaks.filter((r) => r < body);
    expect(inForeword.length).toBeGreaterThan(0); // the foreword does run over a page
    expect(sheet.print!.frontMatterPages).toBe(1 + inForeword.length);
    const pages = breaks.length + 1;
    const stamped = Array.from({ length: pages }, (_, i) =>
      pageStamps(sheet.print!, sheet.name, i + 1, pages).map((s) => s.text),
    );
    const front = sheet.print!.frontMatterPages!;
    expect(stamped.slice(0, front)).toEqual(Array.from({ length: front }, () => []));
    expect(stamped[front]).toEqual([`หน้า 1 จาก ${pages - front}`]);
  });

  it("frontMatterPages: one page, and one more per break inside the foreword", () => {
    expect(frontMatterPages([20], 20)).toBe(1);
    expect(frontMatterPages([18, 31, 60], 31)).toBe(2);
    expect(frontMatterPages([9, 18, 31, 60], 31)).toBe(3);
  });

  it.each<[string, string[], string[]]>([
    ["ย่อหน้าหนึ่ง\nย่อหน้าสอง\nสำนักปลัด", ["ย่อหน้าหนึ่ง", "ย่อหน้าสอง", "สำนักปลัด"], []],
    [
      "ย่อหน้าหนึ่ง\n\nย่อหน้าสอง\n\nสำนักปลัด\nมีนาคม 2568",
      ["ย่อหน้าหนึ่ง", "ย่อหน้าสอง"],
      ["สำนักปลัด", "มีนาคม 2568"],
    ],
    ["\n\nสำนักปลัด", ["สำนักปลัด"], []],
    [`ย่อหน้าหนึ่ง\n\n${"ก".repeat(81)}`, ["ย่อหน้าหนึ่ง", "ก".repeat(81)], []],
    ["ย่อหน้าหนึ่ง\n\nก\nข\nค\nง", ["ย่อหน้าหนึ่ง", "ก", "ข", "ค", "ง"], []],
  ])(
    "tells a foreword's closing lines from its paragraphs only after an empty line: %j",
    (text, paragraphs, closing) => {
      expect(forewordParts(text)).toEqual({ paragraphs, closing });
    },
  );

  it("prints the rationale alone without a foreword page", () => {
    const sheet = analysis({ analysisRationale: "เหตุผล" });
    expect(cells(sheet)[0]).toMatch(/^รายงานการวิเคราะห์ผลการประเมิน/);
    expect(cells(sheet)).toContain("หลักการและเหตุผล");
    expect(cells(sheet)).not.toContain("คำนำ");
  });
});

describe("the user's findings per indicator in the analysis' section 3 (seed 002)", () => {
  // base's 2567 scores: IIT 1–5, EIT 6–8, OIT 9–10 in ITA 2567's frame.
  const section3 = (findings: ReadonlyMap<number, string>) => {
    const rows = buildReport({ ...base, findings }, ["analysis"]).workbook.sheets[0]!.rows.map(
      (r) => String(r[0] ?? "").trim(),
    );
    return rows.slice(
      rows.indexOf("3. จุดที่ต้องพัฒนาแยกตามแบบวัด") + 1,
      rows.findIndex((r) => r.startsWith("หมายเหตุ")) - 1,
    );
  };

  it("prints each under its indicator's instrument, highest score first, numbered within the instrument, with the indicator's name and score", () => {
    const lines = section3(
      new Map([
        [4, "ข้อค้นพบสี่"],
        [1, "ข้อค้นพบหนึ่ง\nย่อหน้าต่อมา"],
        [9, "ข้อค้นพบเก้า"],
      ]),
    );
    expect(lines.map((l) => l.replace(/ได้ .*$/, ""))).toEqual([
      "3.1 แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ",
      "(1) ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (95.00 คะแนน) ข้อค้นพบหนึ่ง",
      "ย่อหน้าต่อมา",
      "(2) ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (84.00 คะแนน) ข้อค้นพบสี่",
      "3.2 แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ",
      "3.3 แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ",
      "(1) ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (75.00 คะแนน) ข้อค้นพบเก้า",
    ]);
  });

  it("prints nothing more without findings, and nothing for an indicator the year's frame does not have", () => {
    expect(section3(new Map())).toHaveLength(3);
    expect(section3(new Map([[12, "ไม่มีตัวชี้วัดนี้"]]))).toHaveLength(3);
  });
});

describe("names print each word once", () => {
  const typed = {
    ...base,
    organization: {
      name: "เทศบาลตำบลเกวียนหัก",
      kind: "เทศบาลตำบล",
      district: "อ.ขลุง",
      province: "จังหวัดจันทบุรี",
    },
    signatories: [{ role: "ผู้รายงาน", name: "(นางสาวก ข)", position: "นิติกร" }],
  };

  it.each<ReportKind>(["memo", "analysis", "progress", "year-end", "score-comparison", "plan"])(
    "%s",
    (kind) => {
      const text = buildReport(typed, [kind]).workbook.sheets.map(renderSpecAsText).join("\n");
      expect(text).not.toMatch(/เทศบาลตำบลเทศบาลตำบล|อำเภออ|จังหวัดจังหวัด|\(\(/);
      if (kind !== "plan" && kind !== "memo")
        expect(text).toContain("เทศบาลตำบลเกวียนหัก อำเภอขลุง จังหวัดจันทบุรี");
    },
  );
});

describe("the user's report titles", () => {
  const drafts = reportTextDrafts(base, summarizeScores(base));
  const titled = TITLED_REPORTS.map((r) => r.kind).filter((k) => !k.endsWith("-cover"));
  const withCovers = {
    ...base,
    layout: {
      ...base.layout,
      progress: { ...base.layout.progress, cover: true },
      yearEnd: { ...base.layout.yearEnd, cover: true },
    },
  };
  const titleRows = (texts: ReportTexts) =>
    buildReport({ ...withCovers, texts }, titled as ReportKind[]).workbook.sheets.map((s) => [
      s.name,
      renderSpecAsText(s)
        .split("\n")
        .find((l) => /^\s+[12] \| \S/.test(l)) ?? "",
    ]);

  it("have a draft for every titled report and cover: the product's title, which prints while the title is empty", () => {
    expect(Object.keys(drafts.titles)).toEqual(TITLED_REPORTS.map((r) => r.kind));
    const printed = titleRows(EMPTY_TEXTS)
      .map(([, line]) => line)
      .join("\n");
    for (const kind of titled) expect(printed).toContain(drafts.titles[kind]!);
  });

  it("replace the product's title on each report, and on its cover unless the cover has its own", () => {
    const own = Object.fromEntries(titled.map((k) => [k, `ชื่อเรื่องของผู้ใช้ ${k}`]));
    const printed = titleRows({ ...EMPTY_TEXTS, titles: own });
    for (const [, line] of printed) expect(line).toMatch(/ชื่อเรื่องของผู้ใช้/);
    for (const kind of titled)
      expect(printed.map(([, l]) => l).join("\n")).not.toContain(drafts.titles[kind]!);
    const cover = titleRows({
      ...EMPTY_TEXTS,
      titles: { ...own, "progress-cover": "ปกของผู้ใช้" },
    }).find(([name]) => name === "ปกรายงานผลตามมาตรการ");
    expect(cover?.[1]).toContain("ปกของผู้ใช้");
  });

  it("keep the user's line breaks on the report's title line and on the cover, which then sets no lines of its own", () => {
    const cells = (texts: ReportTexts) =>
      new Map(
        buildReport({ ...withCovers, texts }, ["progress", "year-end"]).workbook.sheets.map((s) => [
          s.name,
          s.rows.flat().filter((c): c is string => typeof c === "string"),
        ]),
      );
    const broken = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม\nและความโปร่งใสภายในหน่วยงาน";
    const printed = cells({
      ...EMPTY_TEXTS,
      titles: { progress: ` ${broken.replace("\n", " \r\n\n ")} `, "year-end-cover": broken },
    });
    expect(printed.get("รายงานผลตามมาตรการ")).toContain(broken);
    expect(printed.get("ปกรายงานผลตามมาตรการ")).toContain(broken);
    expect(printed.get("ปกรายงานผลประจำปี")).toContain(broken);
    // A title typed on one line is still set on even lines by the cover.
    const one = cells({ ...EMPTY_TEXTS, titles: { "year-end-cover": broken.replace("\n", "") } });
    expect(
      one
        .get("ปกรายงานผลประจำปี")!
        .some((c) => c.includes("\n") && c.replace(/\n/g, "") === broken.replace("\n", "")),
    ).toBe(true);
  });
});
