import {
  addScoreRows,
  readScoresForm,
  sameScoreValue,
  saveScores,
  scoreEditProblem,
} from "../../src/app/scoresForm";
import { XlsxRowEditor } from "../../src/xlsx/xlsxRowEditor";
import { summarizeScores } from "../../src/domain/scoring/scoreSummary";
import { loadInput } from "../../src/app/loadInput";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import { XlsxCellWriter } from "../../src/xlsx/xlsxCellWriter";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import { XlsxWorkbookReader } from "../../src/xlsx/xlsxWorkbookReader";
import { loadFixture } from "../helpers/fixtures";
import type { ItaFramework } from "../../src/domain/framework/itaFramework";
import { buildFrameworkSheet } from "../../src/domain/input/frameworkSheet";
import { reportInputWith, scoresOf } from "../../src/domain/testing/builders";
import { FOUR, FOUR_SCORES as SCORES_2570 } from "../helpers/madeUpFrame";

/** A workbook of fiscal year 2571 scored in 2570; its Scores sheet laid out by `layout`, with the framework sheet or not. */
async function bookOf(layout: readonly ItaFramework[], withSheet: boolean) {
  const input = reportInputWith({
    fiscalYearBE: 2571,
    frameworks: layout,
    scores: scoresOf({ 2570: layout.length > 0 ? SCORES_2570 : SCORES_2570.slice(0, 10) }),
  });
  const writer = new XlsxReportWriter();
  await writer.write({
    sheets: [...buildInputSheets(input), ...(withSheet ? [buildFrameworkSheet(FOUR)] : [])],
  });
  return new XlsxWorkbookReader(writer.workbook);
}

/** The same, with the writers the pane's actions use. */
async function editableBookOf(layout: readonly ItaFramework[]) {
  const reader = await bookOf(layout, true);
  const wb = reader.workbook;
  return { wb, reader, cells: new XlsxCellWriter(wb), rows: new XlsxRowEditor(wb) };
}

async function book(fixture?: string) {
  const writer = new XlsxReportWriter();
  await writer.write({ sheets: buildInputSheets(fixture ? loadFixture(fixture) : undefined) });
  return {
    wb: writer.workbook,
    reader: new XlsxWorkbookReader(writer.workbook),
    cells: new XlsxCellWriter(writer.workbook),
  };
}

describe("the scores form", () => {
  it("shows each year and score cell of the sheet with its address", async () => {
    const { reader } = await book("seed001");
    const form = (await readScoresForm(reader))!;
    expect(form.years.map((y) => [y.cell, y.text])).toEqual([
      ["D2", "2566"],
      ["E2", "2567"],
    ]);
    expect(form.indicators).toHaveLength(10);
    expect(form.indicators[7]).toEqual({
      number: 8,
      scores: [
        { cell: "D11", text: "97.63" },
        { cell: "E11", text: "81.72" },
      ],
    });
    expect(form.official.map((o) => o.label)).toEqual(["ITA", "IIT", "EIT", "OIT"]);
  });

  it("writes typed years and scores as numbers, read by the sheet's own parsers", async () => {
    const { wb, reader, cells } = await book();
    const form = (await readScoresForm(reader))!;
    const edits = [
      { cell: form.years[1].cell, text: "๒๕๖๘", kind: "year" as const },
      ...form.indicators.map((i) => ({
        cell: i.scores[1].cell,
        text: " 90.5 ",
        kind: "score" as const,
      })),
    ];
    expect(await saveScores(reader, cells, edits)).toHaveLength(11);
    expect(wb.getWorksheet("คะแนน ITA")!.getCell("E2").value).toBe(2568);
    expect(wb.getWorksheet("คะแนน ITA")!.getCell("E4").value).toBe(90.5);
    const read = await loadInput(reader);
    expect([...read.input!.scores.keys()]).toEqual([2568]);
  });

  it("refuses, writing nothing, a value the sheet's reader would call wrong", async () => {
    const { wb, reader, cells } = await book("seed001");
    expect(scoreEditProblem({ cell: "E11", text: "98,43", kind: "score" })).toMatch(/ใช้จุลภาค/);
    expect(scoreEditProblem({ cell: "D2", text: "2024", kind: "year" })).toMatch(/เป็นปี ค.ศ./);
    expect(scoreEditProblem({ cell: "E11", text: "", kind: "score" })).toBeNull();
    await expect(
      saveScores(reader, cells, [
        { cell: "E10", text: "70", kind: "score" },
        { cell: "E11", text: "101", kind: "score" },
      ]),
    ).rejects.toThrow(/เซลล์ E11 "101" อยู่นอกช่วง 0–100/);
    expect(wb.getWorksheet("คะแนน ITA")!.getCell("E10").value).not.toBe(70);
  });
});

describe("the scores form of a year whose frame the workbook's framework sheet gives", () => {
  it("lays the form out by the sheet's frame: twelve indicators and a published total per instrument, CIT too", async () => {
    const form = (await readScoresForm(await bookOf([FOUR], true)))!;
    expect(form.framework).toMatchObject({ fiscalYearBE: 2570, origin: "supplied" });
    expect(form.framework.instruments.map((i) => i.code)).toEqual(["IIT", "EIT", "OIT", "CIT"]);
    expect(form.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(form.indicators[11]!.scores[1].text).toBe("72");
    expect(form.official.map((o) => o.label)).toEqual(["ITA", "IIT", "EIT", "OIT", "CIT"]);
    expect(form.unplaced).toEqual({ indicators: [], official: [] });
  });

  it("names what the sheet's frame has and the Scores sheet has no row for", async () => {
    const form = (await readScoresForm(await bookOf([], true)))!;
    expect(form.framework.fiscalYearBE).toBe(2570);
    expect(form.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(form.unplaced).toEqual({ indicators: [11, 12], official: ["CIT"] });
  });

  it("adds the rows the frame has and the sheet lacks, under the indicators and under the totals, which then read and score", async () => {
    const { wb, reader, cells, rows } = await editableBookOf([]);
    const ws = wb.getWorksheet("คะแนน ITA")!;
    const before = (await readScoresForm(reader))!;
    const lastIndicator = before.lastRows.indicators;
    const oitRow = before.official
      .find((o) => o.label === "OIT")!
      .scores[0].cell.replace(/^\D+/, "");
    expect(await addScoreRows(reader, cells, rows)).toEqual({
      indicators: [11, 12],
      official: ["CIT"],
    });
    expect([1, 2, 3].map((c) => ws.getCell(lastIndicator + 1, c).value)).toEqual([
      11,
      "การมีส่วนร่วมของประชาชน",
      "CIT",
    ]);
    expect(ws.getCell(lastIndicator + 2, 1).value).toBe(12);
    expect(ws.getCell(lastIndicator + 1, 5).numFmt).toBe(ws.getCell(lastIndicator, 5).numFmt); // the formats of the row above
    expect(ws.getCell(Number(oitRow) + 3, 1).value).toBe("CIT"); // under OIT, which moved down two rows
    const form = (await readScoresForm(reader))!;
    expect(form.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(form.official.map((o) => o.label)).toEqual(["ITA", "IIT", "EIT", "OIT", "CIT"]);
    expect(form.unplaced).toEqual({ indicators: [], official: [] });
    await saveScores(
      reader,
      cells,
      form.indicators.slice(10).map((i, k) => ({
        cell: i.scores[1].cell,
        text: String(SCORES_2570[10 + k]! / 100),
        kind: "score" as const,
      })),
    );
    const read = await loadInput(reader);
    expect(read.issues.filter((i) => i.sheet === "คะแนน ITA" && i.severity === "error")).toEqual(
      [],
    );
    // IIT (1–5) 89.20, EIT (6–8) 86.00, OIT (9–10) 96.50, CIT (11–12) 71.00 → 0.25·89.2 + 0.25·86 + 0.3·96.5 + 0.2·71 = 86.95
    expect(summarizeScores(read.input!).years.at(-1)).toMatchObject({
      fiscalYearBE: 2570,
      overall: 8695,
    });
    expect(await addScoreRows(reader, cells, rows)).toEqual({ indicators: [], official: [] });
  });

  it("without the framework sheet, keeps the built-in frame (2570 assumed from the latest record)", async () => {
    const form = (await readScoresForm(await bookOf([], false)))!;
    expect(form.framework).toMatchObject({ fiscalYearBE: 2570, status: "assumed" });
    expect(form.official.map((o) => o.label)).toEqual(["ITA", "IIT", "EIT", "OIT"]);
    expect(form.unplaced).toEqual({ indicators: [], official: [] });
  });

  it("uses the built-in frame while the framework sheet has an error (the check screen names it)", async () => {
    const reader = await bookOf([], true);
    const grid = (await reader.readSheets(["เกณฑ์ ITA"])).get("เกณฑ์ ITA")!;
    const broken = grid.map((row) => row.map((c) => (c === "CIT" ? "" : c)));
    const form = (await readScoresForm({
      readSheets: async (names) =>
        new Map(
          [...(await reader.readSheets(names))].map(([n, g]) => [n, n === "เกณฑ์ ITA" ? broken : g]),
        ),
    }))!;
    expect(form.framework.status).toBe("assumed");
    expect(form.unplaced).toEqual({ indicators: [], official: [] });
  });
});

describe("sameScoreValue", () => {
  it.each([
    ["score", "90.50", "90.5", true],
    ["score", "๘๘.๑๐", "88.1", true],
    ["score", "88.11", "88.1", false],
    ["year", "๒๕๖๘", "2568", true],
    ["score", "", "", true],
    ["score", "", "90", false],
  ] as const)("%s %p and %p → %p", (kind, typed, onSheet, same) => {
    expect(sameScoreValue(kind, typed, onSheet)).toBe(same);
  });
});
