import fc from "fast-check";
import { frameworkFor } from "../framework/frameworkSet";
import type { IndicatorNumber } from "../framework/indicators";
import { TEMPLATE_TEXT_FIELDS } from "./measureTemplate";
import {
  normalizeThai,
  searchTemplates,
  suggestTemplates,
  templatesForIndicator,
} from "./searchTemplates";
import { MEASURE_TEMPLATES } from "./templates";

const FRAME = frameworkFor(2567)!;
const INDICATOR_NUMBERS: readonly IndicatorNumber[] = frameworkFor(2567)!.indicators.map(
  (i) => i.number,
);

const ids = (list: readonly { id: string }[]): string[] => list.map((t) => t.id);
const ALL_IDS = ids(MEASURE_TEMPLATES);

describe("normalizeThai", () => {
  it.each([
    // [label, typed, normalized]
    ["ที่: tone before the above vowel", "\u0e17\u0e48\u0e35", "\u0e17\u0e35\u0e48"],
    ["ที่: already canonical", "\u0e17\u0e35\u0e48", "\u0e17\u0e35\u0e48"],
    ["กู้: tone before the below vowel", "\u0e01\u0e49\u0e39", "\u0e01\u0e39\u0e49"],
    [
      "สิทธิ์: THANTHAKHAT before SARA I",
      "\u0e2a\u0e34\u0e17\u0e18\u0e4c\u0e34",
      "\u0e2a\u0e34\u0e17\u0e18\u0e34\u0e4c",
    ],
    ["ที่: tone mark typed twice", "\u0e17\u0e35\u0e48\u0e48", "\u0e17\u0e35\u0e48"],
    ["ทำ: SARA AM as one character", "\u0e17\u0e33", "\u0e17\u0e33"],
    ["ทำ: SARA AM as NIKHAHIT + SARA AA", "\u0e17\u0e4d\u0e32", "\u0e17\u0e33"],
    ["น้ำ: canonical", "\u0e19\u0e49\u0e33", "\u0e19\u0e49\u0e33"],
    ["น้ำ: tone + NIKHAHIT + SARA AA", "\u0e19\u0e49\u0e4d\u0e32", "\u0e19\u0e49\u0e33"],
    ["น้ำ: NIKHAHIT + tone + SARA AA", "\u0e19\u0e4d\u0e49\u0e32", "\u0e19\u0e49\u0e33"],
    ["น้ำ: tone typed after SARA AM", "\u0e19\u0e33\u0e49", "\u0e19\u0e49\u0e33"],
    ["น้ำ: tone typed after NIKHAHIT + SARA AA", "\u0e19\u0e4d\u0e32\u0e49", "\u0e19\u0e49\u0e33"],
    ["Thai digits become Arabic", "ไตรมาส ๑–๔", "ไตรมาส1–4"],
    ["spaces, tabs, new lines and NBSP removed", " ตลอด\tปี\n งบ\u00a0ประมาณ ", "ตลอดปีงบประมาณ"],
    ["zero-width characters removed", "การ\u200bใช้\u200c\u200d\ufeffอำนาจ", "การใช้อำนาจ"],
    ["Latin lower-cased", "One Stop Service", "onestopservice"],
    ["mixed Latin, Thai and digits", "E-Service ๒ ประเภท", "e-service2ประเภท"],
    ["empty", "", ""],
  ])("%s", (_label, typed, normalized) => {
    expect(normalizeThai(typed)).toBe(normalized);
  });

  it("is idempotent on every template field", () => {
    for (const t of MEASURE_TEMPLATES) {
      for (const field of TEMPLATE_TEXT_FIELDS) {
        const once = normalizeThai(t[field]);
        expect(normalizeThai(once)).toBe(once);
      }
    }
  });

  it("ignores the order in which an above/below vowel and a tone mark are typed", () => {
    const consonant = fc.integer({ min: 0x0e01, max: 0x0e2e }).map((c) => String.fromCharCode(c));
    const vowel = fc.constantFrom(
      "\u0e31",
      "\u0e34",
      "\u0e35",
      "\u0e36",
      "\u0e37",
      "\u0e38",
      "\u0e39",
    );
    const tone = fc.constantFrom("\u0e48", "\u0e49", "\u0e4a", "\u0e4b");
    fc.assert(
      fc.property(consonant, vowel, tone, (c, v, t) => {
        expect(normalizeThai(c + t + v)).toBe(c + v + t);
        expect(normalizeThai(c + v + t)).toBe(c + v + t);
      }),
    );
  });
});

describe("searchTemplates", () => {
  it.each([[""], ["   "], ["\u200b"], ["\t\n"]])(
    "returns every template by id for the empty query %j",
    (query) => {
      expect(ids(searchTemplates(query))).toEqual(ALL_IDS);
    },
  );

  it.each(INDICATOR_NUMBERS.map((n) => [n]))(
    "returns indicator %i's templates for an empty query",
    (n) => {
      expect(searchTemplates("", { indicator: n })).toEqual(templatesForIndicator(n));
    },
  );

  it.each([
    // [query, expected ids in rank order]
    ["ทรัพย์สิน", ["M15", "M16", "M17", "M18"]],
    ["จัดซื้อ รายเดือน", ["M07"]], // every term must match (AND), in any field
    ["ลงนามและแจ้งเวียน", ["M08"]], // the template has a space: "ลงนาม และแจ้งเวียน"
    ["ครบ ๑๒ เดือน", ["M07"]], // Thai digits in the query
    ["ร้อยละ ๘๕", ["M47"]],
    ["สขร.๑", ["M07"]],
    ["e-service", ["M32"]],
    ["E-SERVICE", ["M32"]], // Latin case ignored
    ["ITA", ["M23", "M44", "M46"]], // title matches (M23, M44), then the rest (M46)
    ["OIT", ["M36", "M39", "M44"]],
    ["ไม่มีคำนี้ในแคตตาล็อก", []],
  ])("%j → %j", (query, expected) => {
    expect(ids(searchTemplates(query))).toEqual(expected);
  });

  it.each([
    // The same word typed in different orders of combining marks, or with SARA AM split.
    [
      "หน้าที่, tone after SARA II",
      "\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48",
      "\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e48\u0e35",
    ],
    [
      "จัดทำ, SARA AM split",
      "\u0e08\u0e31\u0e14\u0e17\u0e33",
      "\u0e08\u0e31\u0e14\u0e17\u0e4d\u0e32",
    ],
    [
      "ผู้รับผิดชอบ, tone before SARA UU",
      "\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a",
      "\u0e1c\u0e49\u0e39\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a",
    ],
    ["ทรัพย์สิน with spaces and a zero-width space", "ทรัพย์สิน", "ทรัพย์ สิ\u200bน"],
  ])("finds the same templates for %s", (_label, canonical, variant) => {
    const expected = ids(searchTemplates(canonical));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(searchTemplates(variant))).toEqual(expected);
  });

  it("ranks title matches first, then by id", () => {
    const found = searchTemplates("หน้าที่");
    const inTitle = found.map((t) => normalizeThai(t.title).includes(normalizeThai("หน้าที่")));
    const firstBodyOnly = inTitle.indexOf(false);
    expect(firstBodyOnly).toBeGreaterThan(0);
    expect(inTitle.slice(firstBodyOnly)).not.toContain(true);
    const titleIds = ids(found.slice(0, firstBodyOnly));
    const bodyIds = ids(found.slice(firstBodyOnly));
    expect(titleIds).toEqual([...titleIds].sort());
    expect(bodyIds).toEqual([...bodyIds].sort());
  });

  it("ranks a title holding every term before a title holding only some", () => {
    // M19's title has both terms; the titles of M21 and M41 have "ทุจริต" only ("แผน" is in
    // their methods), so they follow in id order.
    expect(ids(searchTemplates("แผน ทุจริต"))).toEqual(["M19", "M21", "M41"]);
  });

  it("filters by indicator", () => {
    expect(ids(searchTemplates("ทุจริต", { indicator: 7 }))).toEqual(["M29"]);
    expect(searchTemplates("ทุจริต", { indicator: undefined }).length).toBeGreaterThan(1);
  });

  it("searches title, methods, unit and success indicator but not the period", () => {
    expect(ids(searchTemplates("งานพัสดุ"))).toEqual(["M07", "M08", "M16"]); // unit
    expect(searchTemplates("ก่อนเปิดระบบตอบแบบ")).toEqual([]); // only in the period of M36/M39
  });
});

describe("templatesForIndicator", () => {
  it.each(INDICATOR_NUMBERS.map((n) => [n]))("indicator %i: its own templates, by id", (n) => {
    const list = templatesForIndicator(n);
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list.every((t) => t.indicator === n)).toBe(true);
    expect(ids(list)).toEqual(ids(MEASURE_TEMPLATES.filter((t) => t.indicator === n)));
  });
});

describe("suggestTemplates", () => {
  /** ITA 2567 of ทต.เกวียนหัก (seed 001), in hundredths. */
  const SEED_001_2567 = new Map<IndicatorNumber, number>([
    [1, 10000],
    [2, 9843],
    [3, 9961],
    [4, 9980],
    [5, 10000],
    [6, 9965],
    [7, 9984],
    [8, 8172],
    [9, 8714],
    [10, 10000],
  ]);

  it("suggests templates for seed 001's indicator 8 (below the pass mark) and 9 (below the strength threshold), as the plan lists them", () => {
    expect(suggestTemplates(SEED_001_2567, FRAME, "by-instrument")).toEqual([
      { indicator: 8, score: 8172, bar: "ต่ำกว่าเกณฑ์ 85", templates: templatesForIndicator(8) },
      { indicator: 9, score: 8714, bar: "ต่ำกว่าเกณฑ์จุดแข็ง 90", templates: templatesForIndicator(9) },
    ]);
  });

  it("in the four-column plan, which lists no indicators, only those below the pass mark", () => {
    expect(suggestTemplates(SEED_001_2567, FRAME, "measures-table")).toEqual([
      { indicator: 8, score: 8172, bar: "ต่ำกว่าเกณฑ์ 85", templates: templatesForIndicator(8) },
    ]);
  });

  it.each<[string, ReadonlyMap<IndicatorNumber, number>, number, [IndicatorNumber, number][]]>([
    [
      "seed 001 against a 90-point strength threshold, weakest first",
      SEED_001_2567,
      9000,
      [
        [8, 8172],
        [9, 8714],
      ],
    ],
    [
      "seed 001 against an 88-point one",
      SEED_001_2567,
      8800,
      [
        [8, 8172],
        [9, 8714],
      ],
    ],
    ["seed 001 against an 85-point one (the pass mark)", SEED_001_2567, 8500, [[8, 8172]]],
    ["a score exactly at the threshold is a strength", new Map([[3, 9000]]), 9000, []],
    ["one hundredth below it is listed", new Map([[3, 8999]]), 9000, [[3, 8999]]],
    [
      "ties ordered by indicator",
      new Map([
        [9, 7000],
        [2, 7000],
        [5, 6000],
      ]),
      9000,
      [
        [5, 6000],
        [2, 7000],
        [9, 7000],
      ],
    ],
    ["no scores, no suggestions", new Map(), 9000, []],
    [
      "a non-finite score is left out",
      new Map([
        [1, Number.NaN],
        [4, 100],
      ]),
      9000,
      [[4, 100]],
    ],
  ])("%s", (_label, scores, strengthThreshold, expected) => {
    const got = suggestTemplates(scores, { ...FRAME, strengthThreshold }, "by-instrument");
    expect(got.map((s) => [s.indicator, s.score])).toEqual(expected);
    for (const s of got) expect(s.templates).toEqual(templatesForIndicator(s.indicator));
  });

  it("takes both bars from the framework record: the year's pass mark and strength threshold", () => {
    const own = { ...FRAME, passMark: 8000, strengthThreshold: 8800 };
    expect(
      suggestTemplates(SEED_001_2567, own, "by-instrument").map((s) => [s.indicator, s.bar]),
    ).toEqual([
      [8, "ต่ำกว่าเกณฑ์จุดแข็ง 88"],
      [9, "ต่ำกว่าเกณฑ์จุดแข็ง 88"],
    ]);
    expect(suggestTemplates(SEED_001_2567, own, "measures-table")).toEqual([]);
    expect(
      suggestTemplates(
        new Map([
          [6, 8499],
          [7, 8500],
        ]),
        FRAME,
        "measures-table",
      ).map((s) => s.indicator),
    ).toEqual([6]);
  });
});
