import type { CellGrid } from "../sheet/cellInput";
import { EMPTY_TEXTS } from "../model/reportTexts";
import { reportInputWith, scoresOf } from "../testing/builders";
import { buildInputSheets } from "../input/inputSheets";
import { SETTINGS_SHEET } from "../input/inputLayout";
import { readInputWorkbook } from "../input/readInputWorkbook";
import { TITLED_REPORTS } from "./reportRegistry";
import { JSON_PLACES } from "../input/inputPlaces";
import { unknownTitleKinds } from "./titleChecks";

describe("a report title for a kind no report has", () => {
  const input = reportInputWith({
    scores: scoresOf({ 2567: Array(10).fill(9000) }),
    fiscalYearBE: 2567,
    texts: { ...EMPTY_TEXTS, titles: { plan: "แผนของเทศบาล", plann: "พิมพ์ชนิดผิด" } },
  });

  it("is a warning at its Settings row, read back from the workbook, and the known title is not", () => {
    const grids = new Map(
      buildInputSheets(input, TITLED_REPORTS).map((s) => [s.name, s.rows as CellGrid]),
    );
    const read = readInputWorkbook(grids);
    expect(read.input!.texts.titles).toEqual({ plan: "แผนของเทศบาล", plann: "พิมพ์ชนิดผิด" });
    const settings = grids.get(SETTINGS_SHEET)!;
    const row = settings.findIndex((r) => r[0] === "ชื่อเรื่อง [plann] plann") + 1;
    expect(row).toBeGreaterThan(0);
    const issues = unknownTitleKinds(read.input!.texts.titles, read.places.title);
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["warning", "title-kind-unknown", SETTINGS_SHEET, `B${row}`],
    ]);
    expect(issues[0]!.message).toContain('"plann"');
    expect(issues[0]!.message).toContain("plan, ");
  });

  it("is a warning at its JSON path", () => {
    expect(
      unknownTitleKinds(input.texts.titles, JSON_PLACES.title).map((i) => [i.code, i.path]),
    ).toEqual([["title-kind-unknown", "texts.titles.plann"]]);
  });
});
