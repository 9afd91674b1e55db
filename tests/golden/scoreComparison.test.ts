import { buildReport } from "../../src/domain/reports/buildReport";
import { SCORE_COMPARISON_SHEET } from "../../src/domain/reports/scoreComparison";
import { wrappedLineCount } from "../../src/domain/sheet/textMetrics";
import { renderWorkbookAsText } from "../../src/domain/sheet/renderSpecAsText";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { TITLED_REPORTS } from "../../src/domain/reports/reportRegistry";
import { expectGolden } from "../helpers/golden";
import { loadFixture } from "../helpers/fixtures";

describe("score comparison sheet", () => {
  it("reproduces seed 001's table: two years, changes, weighted total and levels", () => {
    const built = buildReport(loadFixture("seed001"));
    expect(built.issues).toEqual([]);
    const text = renderWorkbookAsText(built.workbook);
    expectGolden("score-comparison-seed001.txt", text);
    // The figures a reader checks first, in Thai digits as the seed prints them.
    expect(text).toContain("ลดลง ๑๕.๙๑");
    expect(text).toContain("ลดลง ๓.๒๕");
    expect(text).toContain("| 98.67 | 95.42 |");
    expect(text).toContain("| ผ่านดีเยี่ยม | ผ่านดี | จาก ผ่านดีเยี่ยม เป็น ผ่านดี");
  });

  it("shows a single year (seed 002, ITA 2562) with the AA–F level", () => {
    const built = buildReport(loadFixture("seed002"));
    const text = renderWorkbookAsText(built.workbook);
    expectGolden("score-comparison-seed002.txt", text);
    expect(text).toContain("| 76.05");
    expect(text).toContain("| 87.46");
    expect(text).toContain("ระดับผลการประเมิน |  | B");
  });

  it("says in the change column, one cell from the first indicator to the level, that the previous year is missing", () => {
    const text = renderWorkbookAsText(buildReport(loadFixture("seed002")).workbook);
    expect(text).toContain("| คะแนน ITA ปีงบประมาณ พ.ศ. 2562 | เปลี่ยนแปลง (คะแนน)");
    expect(text).toContain("| ไม่มีผลคะแนนปี พ.ศ. 2561 จึงยังเปรียบเทียบไม่ได้");
    expect(text).toMatch(/merges: .* D6:D20 /);
  });

  it.each(["seed002", "seed004"])(
    "prints that sentence on one line with room before the right border (%s)",
    (seed) => {
      const sheet = buildReport(loadFixture(seed), ["score-comparison"]).workbook.sheets.find(
        (s) => s.name === SCORE_COMPARISON_SHEET,
      )!;
      const sentence = sheet.rows[5]![3];
      expect(sentence).toMatch(/^ไม่มีผลคะแนนปี/);
      const width = sheet.columns[3]!.width!;
      // Indent 1 as the body cells have; two characters narrower (about 11 pt) it still fits on one line.
      expect([
        wrappedLineCount(String(sentence), [width], sheet.defaultFont, 1),
        wrappedLineCount(String(sentence), [width - 2], sheet.defaultFont, 1),
      ]).toEqual([1, 1]);
    },
  );
});

describe("input sheets", () => {
  it("lays out a blank input workbook with dropdowns", () => {
    expectGolden(
      "input-sheets-blank.txt",
      renderWorkbookAsText({ sheets: buildInputSheets(undefined, TITLED_REPORTS) }),
    );
  });

  it("fills the input sheets from seed 001", () => {
    expectGolden(
      "input-sheets-seed001.txt",
      renderWorkbookAsText({ sheets: buildInputSheets(loadFixture("seed001"), TITLED_REPORTS) }),
    );
  });
});
