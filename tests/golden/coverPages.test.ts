/**
 * The optional cover page of the progress and year-end reports (seeds 000 and 001 open with one):
 * a sheet of its own before its report, turned on by the layout setting หน้าปก.
 */
import { DEFAULT_LAYOUT, type ReportLayout } from "../../src/domain/model/reportLayout";
import type { ReportInput } from "../../src/domain/model/reportInput";
import { buildReport } from "../../src/domain/reports/buildReport";
import { renderWorkbookAsText } from "../../src/domain/sheet/renderSpecAsText";
import { expectGolden } from "../helpers/golden";
import { loadFixture } from "../helpers/fixtures";

const withCover = (
  input: ReportInput,
  report: "progress" | "yearEnd",
  cover = true,
): ReportInput => {
  const layout: ReportLayout = { ...input.layout, [report]: { ...input.layout[report], cover } };
  return { ...input, layout };
};
const text = (sheet: ReturnType<typeof buildReport>["workbook"]["sheets"][number]) =>
  renderWorkbookAsText({ sheets: [sheet] });

describe.each<[string, "progress" | "yearEnd", string, string[]]>([
  // Seed 000 words its cover title itself (texts.titles["progress-cover"]), on the seed's own two lines.
  [
    "seed000",
    "progress",
    "ปกรายงานผลตามมาตรการ",
    [
      "รายงานผลการดำเนินการตามมาตรการ\nส่งเสริมคุณธรรมและความโปร่งใส",
      "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
      "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)",
      "องค์การบริหารส่วนตำบลหนองบัวงาม",
      "อำเภอร้องกวาง จังหวัดแพร่",
    ],
  ],
  [
    "seed001",
    "yearEnd",
    "ปกรายงานผลประจำปี",
    [
      "รายงานผลการดำเนินการเพื่อส่งเสริม\nคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
      "เทศบาลตำบลตัวอย่างหนึ่ง",
      "อำเภอเมือง จังหวัดจันทบุรี",
    ],
  ],
])("%s with its cover", (fixture, report, coverName, lines) => {
  const plain = buildReport(withCover(loadFixture(fixture), report, false));
  const built = buildReport(withCover(loadFixture(fixture), report));
  const cover = built.workbook.sheets[0]!;

  it("opens with the cover sheet, before its report, every other sheet as without it", () => {
    expect(built.issues).toEqual([]);
    expect(built.workbook.sheets.map((s) => s.name)).toEqual([
      coverName,
      ...plain.workbook.sheets.map((s) => s.name),
    ]);
    expect(built.workbook.sheets.slice(1)).toEqual(plain.workbook.sheets);
  });

  it("says the title (on two even lines broken between words), the fiscal year, the round under it where the report has one, and the organisation, in order (seed 000's)", () => {
    const printed = cover.rows
      .map((r) => r[0])
      .filter((v): v is string => typeof v === "string" && v !== "");
    expect(printed).toEqual(lines);
  });

  it("prints on one portrait page without a page number", () => {
    expect(cover.print).toMatchObject({ paper: "A4", orientation: "portrait", pageBreaks: [] });
    expect(cover.print!.footer).toBeUndefined();
    expect(cover.role).toBe("report");
  });

  it("matches the golden text rendering", () => {
    expectGolden(`cover-${fixture}.txt`, text(cover));
  });

  it("is asked for by the seed's own fixture, and left out when the setting is off", () => {
    expect(buildReport(loadFixture(fixture)).workbook.sheets.map((s) => s.name)).toContain(
      coverName,
    );
    expect(plain.workbook.sheets.map((s) => s.name)).not.toContain(coverName);
  });
});

describe("a cover no longer asked for", () => {
  it("is retired by the build, so the writers remove the one an earlier build wrote", () => {
    const off = buildReport(withCover(loadFixture("seed000"), "progress", false));
    expect(off.workbook.sheets.map((s) => s.name)).toEqual(["รายงานผลตามมาตรการ"]);
    expect(off.workbook.retired).toEqual(["ปกรายงานผลตามมาตรการ"]);
    // Only a sheet of the cover's own tab colour is removed (the user's sheet of that name is not).
    const on = buildReport(loadFixture("seed000")).workbook.sheets.find(
      (s) => s.name === "ปกรายงานผลตามมาตรการ",
    )!;
    expect(off.workbook.retiredTabColor).toBe(on.tabColor);
  });

  it("is retired only for the reports built, and never while the cover is asked for", () => {
    expect(buildReport(loadFixture("seed000")).workbook.retired).toBeUndefined(); // its cover is on
    expect(
      buildReport(loadFixture("seed001"), ["memo", "score-comparison"]).workbook.retired,
    ).toBeUndefined(); // no report with a cover
    expect(
      buildReport(withCover(loadFixture("seed001"), "yearEnd", false), ["progress", "year-end"])
        .workbook.retired,
    ).toEqual(["ปกรายงานผลตามมาตรการ", "ปกรายงานผลประจำปี"]);
  });

  it("is not retired by a build that writes nothing", () => {
    const failed = buildReport(
      { ...withCover(loadFixture("seed000"), "progress", false), measures: [] },
      ["progress"],
    );
    expect(failed.workbook).toEqual({ sheets: [] });
  });
});

it("a cover for one report does not put one before the other", () => {
  const input = {
    ...loadFixture("seed000"),
    layout: { ...DEFAULT_LAYOUT, yearEnd: { ...DEFAULT_LAYOUT.yearEnd, cover: true } },
  };
  const names = buildReport(input, ["progress", "year-end"]).workbook.sheets.map((s) => s.name);
  expect(names).toEqual(["รายงานผลตามมาตรการ", "ปกรายงานผลประจำปี", "รายงานผลประจำปี"]);
});
