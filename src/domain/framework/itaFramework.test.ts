import type { IndicatorNumber, InstrumentCode } from "./indicators";
import {
  FIRST_FRAMEWORK_YEAR,
  FRAMEWORKS,
  LAST_FRAMEWORK_YEAR,
  findIndicatorByName,
  frameworkFor,
  indicatorOf,
  indicatorsOf,
  type ItaFramework,
} from "./itaFramework";
import type { LevelSchemeId } from "./levels";

const frame2567 = frameworkFor(2567)!;

describe("frameworkFor", () => {
  it.each<[number, LevelSchemeId | null, boolean | null]>([
    [2561, null, null], // before the 10-indicator design
    [2562, "grade-aa-f", false], // first year: AA–F
    [2563, "grade-aa-f", false],
    [2564, "grade-aa-f", false],
    [2565, "grade-aa-f", false], // last year of AA–F
    [2566, "pass-levels", false], // pass levels from 2566
    [2567, "pass-levels", false],
    [2568, "pass-levels", true], // provisional until the manual is checked
    [2569, null, null], // not yet defined
    [2024, null, null], // a Gregorian year is not a framework year
    [2567.5, null, null], // not an integer
    [0, null, null],
  ])("%d → scheme %s, provisional %s", (year, scheme, provisional) => {
    const framework = frameworkFor(year);
    if (scheme === null) {
      expect(framework).toBeNull();
      return;
    }
    expect(framework).not.toBeNull();
    expect(framework!.fiscalYearBE).toBe(year);
    expect(framework!.levelScheme.id).toBe(scheme);
    expect(framework!.provisional).toBe(provisional);
  });

  it("covers every year from FIRST_FRAMEWORK_YEAR to LAST_FRAMEWORK_YEAR once", () => {
    const years = FRAMEWORKS.map((f) => f.fiscalYearBE);
    const expected = Array.from(
      { length: LAST_FRAMEWORK_YEAR - FIRST_FRAMEWORK_YEAR + 1 },
      (_, i) => FIRST_FRAMEWORK_YEAR + i,
    );
    expect(years).toEqual(expected);
  });

  it.each(FRAMEWORKS.map((f) => [f.fiscalYearBE, f] as const))(
    "%d has ten indicators and weights summing to 100",
    (_year, framework) => {
      expect(framework.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(framework.instruments.reduce((s, i) => s + i.weightPercent, 0)).toBe(100);
      for (const ind of framework.indicators)
        expect(framework.instruments.some((i) => i.code === ind.instrument)).toBe(true);
    },
  );
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
});

describe("indicatorsOf", () => {
  it.each<[InstrumentCode, number[]]>([
    ["IIT", [1, 2, 3, 4, 5]], // internal stakeholders
    ["EIT", [6, 7, 8]], // external stakeholders
    ["OIT", [9, 10]], // open data
  ])("%s averages indicators %j", (code, expected) => {
    expect(indicatorsOf(frame2567, code).map((i) => i.number)).toEqual(expected);
  });

  it.each<[InstrumentCode, number]>([
    ["IIT", 30],
    ["EIT", 30],
    ["OIT", 40],
  ])("%s weighs %d%%", (code, weight) => {
    expect(frame2567.instruments.find((i) => i.code === code)?.weightPercent).toBe(weight);
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
