import fc from "fast-check";
import { frameworkFor } from "../framework/frameworkSet";
import type { IndicatorNumber } from "../framework/indicators";
import { BLANK_MEASURE, MEASURE_STATUSES, type Measure } from "../model/measure";
import { type ReportInput } from "../model/reportInput";
import { sheetSpecProblems } from "../sheet/sheetLimits";
import {
  buildProgressReportSheet,
  PROGRESS_REPORT_SHEET,
  progressIntro,
  statusCounts,
} from "./progressReport";
import { reportInputWith } from "../testing/builders";
import { DEFAULT_LAYOUT } from "../model/reportLayout";

const INDICATOR_NUMBERS: readonly IndicatorNumber[] = frameworkFor(2567)!.indicators.map(
  (i) => i.number,
);

type Status = Measure["status"];

function measure(
  status: Status,
  indicator: IndicatorNumber = 1,
  changes: Partial<Measure> = {},
): Measure {
  return {
    ...BLANK_MEASURE,
    indicator,
    title: `มาตรการของตัวชี้วัดที่ ${indicator}`,
    methods: "ประชุมชี้แจง",
    unit: "สำนักปลัด",
    period: "ไตรมาส 1-2",
    result: "ประชุมแล้ว 2 ครั้ง",
    status,
    outcome: "",
    suggestions: "",
    evidenceUrl: "",
    ...changes,
  };
}

function input(measures: readonly Measure[], changes: Partial<ReportInput> = {}): ReportInput {
  return reportInputWith({
    organization: {
      name: "หนองบัว",
      kind: "องค์การบริหารส่วนตำบล",
      district: "ร้องกวาง",
      province: "แพร่",
    },
    fiscalYearBE: 2566,
    round: "six-month",
    measures,
    ...changes,
  });
}

describe("statusCounts", () => {
  it.each<[Status[], { done: number; ongoing: number; notStarted: number; unknown: number }]>([
    [[], { done: 0, ongoing: 0, notStarted: 0, unknown: 0 }],
    [["ดำเนินการแล้ว"], { done: 1, ongoing: 0, notStarted: 0, unknown: 0 }],
    [["อยู่ระหว่างดำเนินการ", "อยู่ระหว่างดำเนินการ"], { done: 0, ongoing: 2, notStarted: 0, unknown: 0 }],
    [["ยังไม่ดำเนินการ"], { done: 0, ongoing: 0, notStarted: 1, unknown: 0 }],
    [[""], { done: 0, ongoing: 0, notStarted: 0, unknown: 1 }],
    [
      ["ดำเนินการแล้ว", "", "ยังไม่ดำเนินการ", "ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", ""],
      { done: 2, ongoing: 1, notStarted: 1, unknown: 2 },
    ],
  ])("%j → %j", (statuses, expected) => {
    expect(statusCounts(statuses.map((s) => measure(s)))).toEqual(expected);
  });

  it("counts every measure exactly once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Status>(...MEASURE_STATUSES, ""), { maxLength: 30 }),
        (statuses) => {
          const c = statusCounts(statuses.map((s) => measure(s)));
          expect(c.done + c.ongoing + c.notStarted + c.unknown).toBe(statuses.length);
        },
      ),
    );
  });
});

describe("progressIntro", () => {
  it("tells the whole story from the settings and the counts", () => {
    const measures = [
      measure("ดำเนินการแล้ว", 1),
      measure("ดำเนินการแล้ว", 1),
      measure("อยู่ระหว่างดำเนินการ", 9),
    ];
    expect(progressIntro(input(measures))).toBe(
      "องค์การบริหารส่วนตำบลหนองบัวได้นำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) " +
        "ประจำปีงบประมาณ พ.ศ. 2565 มาวิเคราะห์ และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน " +
        "ประจำปีงบประมาณ พ.ศ. 2566 จำนวน 3 มาตรการ ครอบคลุม 2 ตัวชี้วัด " +
        "ผลการดำเนินงานรอบ 6 เดือน (1 ตุลาคม 2565 – 31 มีนาคม 2566) ดำเนินการแล้ว 2 มาตรการ อยู่ระหว่างดำเนินการ 1 มาตรการ " +
        "ยังไม่ดำเนินการ 0 มาตรการ รายละเอียดดังตารางต่อไปนี้",
    );
  });

  it.each<[string, Status[], IndicatorNumber[], string[]]>([
    [
      "one measure",
      ["ดำเนินการแล้ว"],
      [1],
      [
        "จำนวน 1 มาตรการ ครอบคลุม 1 ตัวชี้วัด",
        "ดำเนินการแล้ว 1 มาตรการ อยู่ระหว่างดำเนินการ 0 มาตรการ ยังไม่ดำเนินการ 0 มาตรการ รายละเอียด",
      ],
    ],
    [
      "ten indicators",
      INDICATOR_NUMBERS.map(() => "ยังไม่ดำเนินการ" as Status),
      [...INDICATOR_NUMBERS],
      ["จำนวน 10 มาตรการ ครอบคลุม 10 ตัวชี้วัด", "ยังไม่ดำเนินการ 10 มาตรการ"],
    ],
    [
      "three on one indicator",
      ["ดำเนินการแล้ว", "ดำเนินการแล้ว", "ดำเนินการแล้ว"],
      [8, 8, 8],
      ["จำนวน 3 มาตรการ ครอบคลุม 1 ตัวชี้วัด"],
    ],
    [
      "blank statuses are counted apart",
      ["", "ดำเนินการแล้ว", ""],
      [1, 2, 3],
      ["ยังไม่ดำเนินการ 0 มาตรการ ยังไม่ระบุสถานะ 2 มาตรการ รายละเอียด"],
    ],
    ["no measures", [], [], ["จำนวน 0 มาตรการ ผลการดำเนินงาน", "ดำเนินการแล้ว 0 มาตรการ"]],
  ])("%s", (_what, statuses, indicators, parts) => {
    const text = progressIntro(input(statuses.map((s, i) => measure(s, indicators[i]!))));
    for (const part of parts) expect(text).toContain(part);
  });

  it("counts only the indicators named, and leaves the count out when no measure names one", () => {
    expect(
      progressIntro(
        input([measure("ดำเนินการแล้ว", 1), measure("ดำเนินการแล้ว", 1, { indicator: null })]),
      ),
    ).toContain("จำนวน 2 มาตรการ ครอบคลุม 1 ตัวชี้วัด ผลการ");
    expect(progressIntro(input([measure("ดำเนินการแล้ว", 1, { indicator: null })]))).not.toContain(
      "ครอบคลุม",
    );
  });

  it("mentions unknown statuses only when there are some", () => {
    expect(progressIntro(input([measure("ดำเนินการแล้ว")]))).not.toContain("ยังไม่ระบุสถานะ");
  });

  it("names the full-year round", () => {
    expect(progressIntro(input([measure("ดำเนินการแล้ว")], { round: "full-year" }))).toContain(
      "ผลการดำเนินงานรอบ 12 เดือน (1 ตุลาคม 2565 – 30 กันยายน 2566)",
    );
  });

  it("adds up to the number of measures, whatever their statuses", () => {
    const row = fc.tuple(
      fc.constantFrom<Status>(...MEASURE_STATUSES, ""),
      fc.constantFrom(...INDICATOR_NUMBERS),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const text = progressIntro(input(rows.map(([s, n]) => measure(s, n))));
        const counts = [...text.matchAll(/(\d+) มาตรการ/g)].map((m) => Number(m[1]));
        const [total, ...byStatus] = counts;
        expect(total).toBe(rows.length);
        expect(byStatus.reduce((a, b) => a + b, 0)).toBe(rows.length);
        expect(text).toContain(`ครอบคลุม ${new Set(rows.map(([, n]) => n)).size} ตัวชี้วัด`);
      }),
    );
  });
});

describe("buildProgressReportSheet", () => {
  it("is null without measures", () => {
    expect(buildProgressReportSheet(input([]))).toBeNull();
  });

  const measures = [
    measure("ดำเนินการแล้ว", 9, { result: "ปรับปรุงเว็บไซต์ 12 รายการ" }),
    measure("อยู่ระหว่างดำเนินการ", 2, { result: "" }),
    measure("", 9, { result: "รอผล" }),
  ];
  const sheet = buildProgressReportSheet(input(measures, { digitStyle: "thai" }))!;
  const firstCells = sheet.rows.map((r) => r[0]);

  it("is a report sheet Excel accepts", () => {
    expect(sheet.name).toBe(PROGRESS_REPORT_SHEET);
    expect(sheet.role).toBe("report");
    expect(sheetSpecProblems(sheet)).toEqual([]);
  });

  it("groups the measures under their indicators in the order of the rows, without their status", () => {
    const headings = firstCells.filter(
      (c): c is string => typeof c === "string" && c.startsWith("ตัวชี้วัดที่"),
    );
    expect(headings).toEqual(["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "ตัวชี้วัดที่ ๒ การใช้งบประมาณ"]);
    const i9 = firstCells.indexOf(headings[0]!);
    const i2 = firstCells.indexOf(headings[1]!);
    expect(sheet.rows[i9 + 1]![4]).toBe("ปรับปรุงเว็บไซต์ ๑๒ รายการ");
    expect(sheet.rows[i9 + 2]![4]).toBe("รอผล");
    expect(sheet.rows[i2 + 1]![4]).toBe("");
    const table = sheet.rows.slice(firstCells.indexOf("มาตรการ/แนวทาง"));
    expect(JSON.stringify(table)).not.toMatch(/ดำเนินการแล้ว|อยู่ระหว่างดำเนินการ/);
  });

  it("puts the status in a column of its own when asked (seed 003), as a plain numbered list in row order", () => {
    const own = {
      ...DEFAULT_LAYOUT,
      progress: {
        ...DEFAULT_LAYOUT.progress,
        grouping: "none" as const,
        statusColumn: true,
        cover: false,
      },
    };
    const rows = buildProgressReportSheet(input(measures, { layout: own }))!.rows;
    const header = rows.findIndex((r) => r[0] === "มาตรการ/แนวทาง");
    expect(rows[header]).toEqual([
      "มาตรการ/แนวทาง",
      "วิธีการดำเนินการ",
      "ผู้รับผิดชอบ",
      "ระยะเวลาดำเนินการ",
      "ผลการดำเนินการ",
      "สถานะ",
      "ข้อเสนอแนะ",
    ]);
    expect(rows.slice(header + 1, header + 4).map((r) => [r[0], r[4], r[5]])).toEqual([
      ["มาตรการของตัวชี้วัดที่ 9", "ปรับปรุงเว็บไซต์ 12 รายการ", "ดำเนินการแล้ว"],
      ["มาตรการของตัวชี้วัดที่ 2", "", "อยู่ระหว่างดำเนินการ"],
      ["มาตรการของตัวชี้วัดที่ 9", "รอผล", ""],
    ]);
  });

  it("writes the intro in the report's digits", () => {
    const intro = firstCells.find((c) => typeof c === "string" && c.includes("ได้นำผลการประเมิน"));
    expect(intro).toBe(
      `${"\u00a0".repeat(8)}${progressIntro(input(measures)).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))}`,
    );
  });

  it("freezes and repeats the table header", () => {
    const header = firstCells.indexOf("มาตรการ/แนวทาง") + 1;
    expect(header).toBeGreaterThan(0);
    expect(sheet.freeze).toEqual({ rows: header, columns: 0 });
    expect(sheet.print?.repeatRows).toEqual({ first: header, last: header });
  });

  it("prints problems and suggestions, with a dash when there are none", () => {
    expect(firstCells).toContain("ปัญหาและอุปสรรค");
    expect(firstCells).toContain("ข้อเสนอแนะ/แนวทางแก้ไข");
    expect(firstCells.filter((c) => c === `${"\u00a0".repeat(8)}-`)).toHaveLength(2);
  });
});

describe("the parts after the progress report's table", () => {
  const signatories = [{ role: "ผู้รายงาน", name: "นางสาวก ข", position: "นิติกร" }];
  const texts = (layout: ReportInput["layout"]) =>
    buildProgressReportSheet(
      input([measure("ดำเนินการแล้ว")], { signatories, problems: "งบประมาณจำกัด", layout }),
    )!
      .rows.flat()
      .filter((v) => typeof v === "string");

  it("are problems and remedies, then the signatures, by default (seed 000)", () => {
    const all = texts(DEFAULT_LAYOUT);
    expect(all).toEqual(
      expect.arrayContaining(["ปัญหาและอุปสรรค", "ข้อเสนอแนะ/แนวทางแก้ไข", "(นางสาวก ข)"]),
    );
  });

  it("leave out the problems section, or the signatures, where the layout says so (seed 003 has neither)", () => {
    const noProblems = texts({
      ...DEFAULT_LAYOUT,
      progress: { ...DEFAULT_LAYOUT.progress, problems: false },
    });
    expect(noProblems).not.toContain("ปัญหาและอุปสรรค");
    expect(noProblems.join("\n")).not.toContain("งบประมาณจำกัด");
    expect(noProblems).toContain("(นางสาวก ข)");
    const noSignatures = texts({
      ...DEFAULT_LAYOUT,
      progress: { ...DEFAULT_LAYOUT.progress, signatures: false },
    });
    expect(noSignatures).toContain("ปัญหาและอุปสรรค");
    expect(noSignatures).not.toContain("(นางสาวก ข)");
    const neither = buildProgressReportSheet(
      input([measure("ดำเนินการแล้ว")], {
        signatories,
        layout: {
          ...DEFAULT_LAYOUT,
          progress: { ...DEFAULT_LAYOUT.progress, problems: false, signatures: false },
        },
      }),
    )!;
    // The table's last measure is the sheet's last row.
    expect(neither.rows.at(-1)).toContain("มาตรการของตัวชี้วัดที่ 1");
  });
});
