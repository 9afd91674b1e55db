import { BUILT_IN_FRAMEWORKS } from "./builtInFrameworks";
import {
  BUILT_IN_SET,
  firstFrameworkYear,
  frameworkFor,
  frameworkSetWith,
  lastKnownFrameworkYear,
} from "./frameworkSet";
import type { IndicatorNumber, InstrumentCode } from "./indicators";
import {
  findIndicatorByName,
  hasIndicator,
  indicatorOf,
  indicatorsOf,
  type FrameworkStatus,
  type ItaFramework,
} from "./itaFramework";

const frame2567 = frameworkFor(2567)!;
const levelsOf = (f: ItaFramework) => f.levelScheme.bands.map((b) => b.level).join(" ");
const AA_F = "AA A B C D E F";
const PASS = "ผ่านดีเยี่ยม ผ่านดี ผ่าน ต้องปรับปรุง ต้องปรับปรุงโดยด่วน";

describe("frameworkFor", () => {
  it.each<[number, string, FrameworkStatus, number | null]>([
    [2562, AA_F, "verified", null], // first year: AA–F
    [2563, AA_F, "verified", null],
    [2564, AA_F, "verified", null],
    [2565, AA_F, "verified", null], // last year of AA–F
    [2566, PASS, "verified", null], // pass levels from 2566
    [2567, PASS, "verified", null],
    [2568, PASS, "provisional", null], // not yet checked against the manual
    [2569, PASS, "provisional", null], // same frame, O25/O26 from one source
    [2570, PASS, "assumed", 2569], // no record: the latest one, said so
    [2571, PASS, "assumed", 2569],
    [2600, PASS, "assumed", 2569],
  ])("%d → %s, %s, based on %s", (year, levels, status, basedOn) => {
    const framework = frameworkFor(year)!;
    expect(framework.fiscalYearBE).toBe(year);
    expect(levelsOf(framework)).toBe(levels);
    expect(framework.status).toBe(status);
    expect(framework.basedOn?.fiscalYearBE ?? null).toBe(basedOn);
    expect(framework.origin).toBe("built-in");
  });

  it.each([2561, 2500, 2024, 2567.5, 0, -1, Number.NaN])("%d has no framework", (year) => {
    expect(frameworkFor(year)).toBeNull();
  });

  it("an assumed year keeps the base year's status for its note", () => {
    expect(frameworkFor(2570)!.basedOn).toEqual({ fiscalYearBE: 2569, status: "provisional" });
  });

  it("knows 2562 as the first year and 2569 as the last with a record", () => {
    expect(firstFrameworkYear()).toBe(2562);
    expect(lastKnownFrameworkYear()).toBe(2569);
    expect(BUILT_IN_FRAMEWORKS.map((f) => f.fiscalYearBE)).toEqual([
      2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569,
    ]);
  });

  it.each(BUILT_IN_FRAMEWORKS.map((f) => [f.fiscalYearBE, f] as const))(
    "%d: ten indicators, IIT/EIT/OIT 30/30/40, pass mark 85, strengths from 90",
    (_year, framework) => {
      expect(framework.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(framework.instruments.map((i) => [i.code, i.weightPercent])).toEqual([
        ["IIT", 30],
        ["EIT", 30],
        ["OIT", 40],
      ]);
      expect(framework.overallFormula).toBe("weighted-instrument-means");
      expect([framework.passMark, framework.strengthThreshold]).toEqual([8500, 9000]);
    },
  );
});

describe("OIT items of the measures documents", () => {
  it.each<[number, string | null]>([
    [2562, null], // item numbers not confirmed
    [2563, "O42 2563 O43 2563"],
    [2566, "O42 2566 O43 2566"],
    [2567, null], // not found for 2567
    [2568, null], // the 2568 list names no measures item
    [2569, "O25 2569 O26 2568"], // O26 reports on the fiscal year before
    [2570, "O25 2570 O26 2569"], // assumed: the same place in the cycle
  ])("%d → %s", (year, items) => {
    const found = frameworkFor(year)!.oitItems;
    expect(
      found === null ? null : found.map((i) => `${i.code} ${i.coversFiscalYearBE}`).join(" "),
    ).toBe(items);
  });

  it("2569 names O25 and O26 with their titles", () => {
    expect(frameworkFor(2569)!.oitItems).toEqual([
      {
        role: "measures",
        code: "O25",
        title: "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
        coversFiscalYearBE: 2569,
      },
      {
        role: "implementation",
        code: "O26",
        title: "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        coversFiscalYearBE: 2568,
      },
    ]);
  });
});

describe("frameworkSetWith (a supplied record wins)", () => {
  const supplied2570: ItaFramework = {
    ...frameworkFor(2569)!,
    fiscalYearBE: 2570,
    status: "verified",
    origin: "supplied",
    passMark: 8000,
  };

  it("uses the built-in set when nothing is supplied", () => {
    expect(frameworkSetWith(undefined)).toBe(BUILT_IN_SET);
    expect(frameworkSetWith([])).toBe(BUILT_IN_SET);
  });

  it("puts a supplied year after the last built-in one, and later years assume it", () => {
    const set = frameworkSetWith([supplied2570]);
    expect(frameworkFor(2570, set)).toBe(supplied2570);
    expect(frameworkFor(2571, set)).toMatchObject({
      status: "assumed",
      origin: "supplied",
      passMark: 8000,
      basedOn: { fiscalYearBE: 2570, status: "verified" },
    });
    expect(lastKnownFrameworkYear(set)).toBe(2570);
  });

  it("replaces a built-in year", () => {
    const mine: ItaFramework = { ...frameworkFor(2568)!, origin: "supplied", status: "verified" };
    const set = frameworkSetWith([mine]);
    expect(frameworkFor(2568, set)).toBe(mine);
    expect(frameworkFor(2567, set)!.origin).toBe("built-in");
  });
});

describe("indicatorOf", () => {
  it.each<[IndicatorNumber, string, InstrumentCode]>([
    [1, "การปฏิบัติหน้าที่", "IIT"],
    [4, "การใช้ทรัพย์สินของราชการ", "IIT"],
    [5, "การแก้ไขปัญหาการทุจริต", "IIT"],
    [6, "คุณภาพการดำเนินงาน", "EIT"],
    [8, "การปรับปรุงระบบการทำงาน", "EIT"],
    [9, "การเปิดเผยข้อมูล", "OIT"],
    [10, "การป้องกันการทุจริต", "OIT"],
  ])("indicator %d is %s (%s)", (n, name, instrument) => {
    const ind = indicatorOf(frame2567, n);
    expect(ind.number).toBe(n);
    expect(ind.name).toBe(name);
    expect(ind.instrument).toBe(instrument);
  });

  it("throws RangeError when the framework lacks the indicator", () => {
    const partial: ItaFramework = { ...frame2567, indicators: frame2567.indicators.slice(0, 5) };
    expect(() => indicatorOf(partial, 8)).toThrow(RangeError);
    expect(() => indicatorOf(partial, 8)).toThrow(/2567/);
  });

  it.each<[unknown, boolean]>([
    [1, true],
    [10, true],
    [11, false],
    [0, false],
    ["1", false],
    [1.5, false],
  ])("hasIndicator(%j) → %s", (n, expected) => {
    expect(hasIndicator(frame2567, n)).toBe(expected);
  });
});

describe("indicatorsOf", () => {
  it.each<[InstrumentCode, number[]]>([
    ["IIT", [1, 2, 3, 4, 5]], // internal stakeholders
    ["EIT", [6, 7, 8]], // external stakeholders
    ["OIT", [9, 10]], // open data
  ])("%s averages indicators %j", (code, expected) => {
    expect(indicatorsOf(frame2567, code).map((i) => i.number)).toEqual(expected);
  });
});

describe("findIndicatorByName", () => {
  it.each<[string, IndicatorNumber | null]>([
    ["การปฏิบัติหน้าที่", 1], // canonical
    ["การใช้ทรัพย์สินของราชการ", 4],
    ["การใช้ทรัพย์สินของทางราชการ", 4], // alias
    ["การปรับปรุงระบบการทำงาน", 8],
    ["การปรับปรุงการทำงาน", 8], // alias
    ["การเปิดเผยข้อมูลข่าวสาร", 9], // alias
    ["การป้องกันการการทุจริต", 10], // alias with a doubled word seen in reports
    ["การ ปฏิบัติ หน้าที่", 1], // spaces ignored
    ["  คุณภาพการดำเนินงาน  ", 6], // surrounding spaces ignored
    ["การใช้ อำนาจ\u00a0", 3], // no-break space ignored
    ["การปฏิบัติหน้าที่ของเจ้าหน้าที่", null], // longer name: not a match
    ["ปฏิบัติหน้าที่", null], // shorter name: not a match
    ["Integrity", null],
    ["", null],
  ])("%j → indicator %s", (name, expected) => {
    expect(findIndicatorByName(frame2567, name)?.number ?? null).toBe(expected);
  });
});
