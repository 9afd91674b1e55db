import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { queueSheet } from "../../src/excel/officeSheetWriter";
import { REQUEST_LIMIT_BYTES, RequestBudget } from "../../src/excel/requestBudget";
import { buildReport, REPORT_KINDS } from "../../src/domain/reports/buildReport";
import { buildInputSheets } from "../../src/domain/input/inputSheets";
import type { SheetSpec } from "../../src/domain/sheet/sheetSpec";
import { excelHost } from "../fakes/excel/nodeLibrary";
import { loadFixture } from "../helpers/fixtures";
import { withMeasures } from "./measures";

/**
 * The budget counts a request the way Microsoft's client library serializes it: here its count
 * for each request is compared with the bytes the library really sent.
 */
async function estimatesAndRequests(sheets: readonly SheetSpec[], limit = REQUEST_LIMIT_BYTES) {
  const host = excelHost();
  const estimates: number[] = [];
  await host.run(async (ctx) => {
    const budget: RequestBudget = new RequestBudget(async () => {
      estimates.push(budget.pending);
      await ctx.sync();
    }, limit);
    const worksheets = budget.meter(ctx.workbook.worksheets);
    const added = sheets.map((spec) => ({ ws: worksheets.add(spec.name), spec }));
    for (const { ws, spec } of added) await queueSheet(ws, spec, ALL_CAPABILITIES, budget);
    await budget.flush();
  });
  return { estimates, actual: host.requests.filter((r) => !r.cleanup).map((r) => r.bytes) };
}

const inputAndReports = (measures: number) => {
  const input = withMeasures(measures);
  return [...buildInputSheets(input), ...buildReport(input, REPORT_KINDS).workbook.sheets];
};

describe("the request budget", () => {
  it.each([
    [
      "seed 001, every report",
      () => [
        ...buildInputSheets(loadFixture("seed001")),
        ...buildReport(loadFixture("seed001"), REPORT_KINDS).workbook.sheets,
      ],
    ],
    ["1,000 measures", () => inputAndReports(1000)],
  ])(
    "never counts less than the library sends, and at most 15%% more (%s)",
    async (_name, sheets) => {
      const { estimates, actual } = await estimatesAndRequests(sheets());
      expect(estimates).toHaveLength(actual.length);
      actual.forEach((bytes, i) => {
        expect(estimates[i]).toBeGreaterThanOrEqual(bytes);
        expect(estimates[i]).toBeLessThanOrEqual(bytes * 1.15);
      });
    },
  );

  it("splits so that no request passes its limit, whatever the input size", async () => {
    const { actual } = await estimatesAndRequests(inputAndReports(300), 150_000);
    expect(actual.length).toBeGreaterThan(3);
    expect(Math.max(...actual)).toBeLessThanOrEqual(150_000);
  });
});
