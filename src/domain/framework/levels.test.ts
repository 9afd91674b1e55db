import { frameworkFor } from "./frameworkSet";
import { bandNamed, levelOf, levelWhereKnown, type LevelScheme } from "./levels";

const GRADE_AA_F = frameworkFor(2565)!.levelScheme;
const PASS_LEVELS = frameworkFor(2566)!.levelScheme;

describe("levelOf", () => {
  describe("pass levels (ITA 2566 on)", () => {
    it.each<[number, number[], string]>([
      [9542, [9957, 9374, 9357], "ผ่านดี"], // seed 001, 2567: EIT and OIT below 95
      [9867, [9966, 9725, 9900], "ผ่านดีเยี่ยม"], // seed 001, 2566: every instrument ≥ 95
      [9500, [9500, 9500, 9500], "ผ่านดีเยี่ยม"], // every bar met exactly
      [9500, [9500, 9499, 9600], "ผ่านดี"], // one instrument 0.01 short of 95
      [9499, [9600, 9600, 9600], "ผ่านดี"], // overall 0.01 short of 95
      [9464, [9900, 8400, 9900], "ผ่าน"], // 94.64 overall, EIT 84.00 < 85
      [8500, [8500, 8500, 8500], "ผ่านดี"], // the ผ่านดี bar exactly
      [8500, [9000, 8499, 9000], "ผ่าน"], // one instrument below 85
      [8499, [9000, 9000, 9000], "ต้องปรับปรุง"], // overall below 85
      [8499, [8000, 8000, 8000], "ต้องปรับปรุง"], // 84.99
      [7000, [7000, 7000, 7000], "ต้องปรับปรุง"], // the ต้องปรับปรุง bar exactly
      [6999, [7000, 7000, 7000], "ต้องปรับปรุงโดยด่วน"], // 69.99
      [0, [0, 0, 0], "ต้องปรับปรุงโดยด่วน"], // the bottom
      [10000, [10000, 10000, 10000], "ผ่านดีเยี่ยม"], // the top
      [9600, [], "ผ่านดีเยี่ยม"], // no instruments: only the overall bar applies
      [-1, [0, 0, 0], "ต้องปรับปรุงโดยด่วน"], // below every band: the last band
    ])("overall %d, instruments %j → %s", (overall, instruments, expected) => {
      expect(levelOf(PASS_LEVELS, overall, instruments)).toBe(expected);
    });
  });

  describe("grades AA–F (ITA 2562–2565)", () => {
    it.each<[number, string]>([
      [10000, "AA"],
      [9500, "AA"], // 95.00
      [9499, "A"], // 94.99
      [8500, "A"],
      [8499, "B"],
      [7605, "B"], // seed 002, 2562: 76.05
      [7500, "B"],
      [7499, "C"],
      [6500, "C"],
      [6499, "D"],
      [5500, "D"], // 55.00
      [5499, "E"], // 54.99
      [5000, "E"],
      [4999, "F"],
      [0, "F"],
      [-1, "F"], // below every band: the last band
    ])("overall %d → %s", (overall, expected) => {
      // Grades ignore the instruments, however low.
      expect(levelOf(GRADE_AA_F, overall, [0, 0, 0])).toBe(expected);
    });
  });

  it.each<[string, LevelScheme]>([
    ["AA–F", GRADE_AA_F],
    ["pass levels", PASS_LEVELS],
  ])("%s: bands run from the top and end at 0", (_name, scheme) => {
    const mins = scheme.bands.map((b) => b.minOverall);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    expect(mins.at(-1)).toBe(0);
  });
});

describe("bandNamed", () => {
  it.each<[LevelScheme, string, string | null]>([
    [GRADE_AA_F, "A", "A"],
    [GRADE_AA_F, "ระดับ A", "A"], // as seed 004 writes it
    [GRADE_AA_F, " aa ", "AA"], // case and spaces
    [GRADE_AA_F, "ผ่านดี", null], // a label of the other scheme
    [PASS_LEVELS, "ผ่านดี", "ผ่านดี"],
    [PASS_LEVELS, "ระดับผ่านดีเยี่ยม", "ผ่านดีเยี่ยม"],
    [PASS_LEVELS, "AA", "ผ่านดีเยี่ยม"], // a legacy label, accepted as an alias
    [PASS_LEVELS, "A", "ผ่านดี"],
    [PASS_LEVELS, "B", null],
    [PASS_LEVELS, "", null],
  ])("%#: %j → %s", (scheme, label, expected) => {
    expect(bandNamed(scheme, label)?.level ?? null).toBe(expected);
  });
});

describe("levelWhereKnown", () => {
  it.each<[LevelScheme, number, (number | null)[], string | null]>([
    [GRADE_AA_F, 9093, [null, null, null], "A"], // seed 004: AA–F needs the overall score alone
    [GRADE_AA_F, 7605, [8746, null, 7480], "B"],
    [PASS_LEVELS, 9542, [null, null, null], null], // ≥ 85: the instruments decide
    [PASS_LEVELS, 9542, [9957, 9374, 9357], "ผ่านดี"], // as levelOf
    [PASS_LEVELS, 9542, [9957, 8000, null], "ผ่าน"], // EIT < 85 rules out both upper bands, whatever OIT is
    [PASS_LEVELS, 9600, [9957, 9374, null], null], // not ผ่านดีเยี่ยม; ผ่านดี or ผ่าน hangs on OIT
    [PASS_LEVELS, 9600, [9957, 9874, null], null], // ผ่านดีเยี่ยม hangs on OIT
    [PASS_LEVELS, 8000, [null, null, null], "ต้องปรับปรุง"], // below 85 the overall score decides
    [PASS_LEVELS, 6999, [null, null, null], "ต้องปรับปรุงโดยด่วน"],
  ])("%#: overall %d, instruments %j → %s", (scheme, overall, instruments, expected) => {
    expect(levelWhereKnown(scheme, overall, instruments)).toBe(expected);
  });

  it("agrees with levelOf whenever every instrument is known", () => {
    for (const scheme of [GRADE_AA_F, PASS_LEVELS])
      for (const overall of [0, 6999, 7000, 8499, 8500, 9499, 9500, 10000])
        for (const inst of [8499, 8500, 9499, 9500]) {
          const scores = [inst, 9600, 9600];
          expect(levelWhereKnown(scheme, overall, scores)).toBe(levelOf(scheme, overall, scores));
        }
  });
});
