import { SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";
import { planWrite, writtenSheets } from "./writePlan";

const sheet = (name: string, role: SheetSpec["role"]): SheetSpec =>
  new SheetBuilder({ name, role, defaultFont: { name: "TH SarabunPSK", size: 16 }, columns: [{ width: 10 }] }).build();

describe("planWrite", () => {
  it("stages every report, creates missing input sheets and keeps existing ones", () => {
    const plan = planWrite(
      { sheets: [sheet("รายงานผล", "report"), sheet("ข้อมูลรายงาน", "input"), sheet("คะแนน ITA", "input"), sheet("เปรียบเทียบ", "report")] },
      ["ข้อมูลรายงาน", "Sheet1", "รายงานผล"],
    );
    expect(plan.reports.map((r) => [r.spec.name, r.staging, r.replaces])).toEqual([
      ["รายงานผล", "~ita-new-1", true],
      ["เปรียบเทียบ", "~ita-new-2", false],
    ]);
    expect(plan.created.map((s) => s.name)).toEqual(["คะแนน ITA"]);
    expect(plan.kept).toEqual(["ข้อมูลรายงาน"]);
    expect(writtenSheets(plan)).toEqual(["รายงานผล", "เปรียบเทียบ", "คะแนน ITA"]);
    expect(plan.repair).toEqual({ drop: [], restore: [] });
  });

  it("compares sheet names as Excel does, without regard to case", () => {
    const plan = planWrite({ sheets: [sheet("Report", "report"), sheet("Input", "input")] }, ["REPORT", "input"]);
    expect(plan.reports[0]!.replaces).toBe(true);
    expect(plan.kept).toEqual(["Input"]);
  });

  it("repairs a build that stopped part way: staging sheets go, a backup of a missing report comes back", () => {
    const plan = planWrite({ sheets: [sheet("รายงานผล", "report")] }, ["~ita-new-1", "~ita-old-รายงานผล", "~ita-old-เปรียบเทียบ", "เปรียบเทียบ"]);
    expect(plan.repair).toEqual({ drop: ["~ita-new-1", "~ita-old-เปรียบเทียบ"], restore: [{ from: "~ita-old-รายงานผล", to: "รายงานผล" }] });
    // The restored report is there again, so the new one replaces it.
    expect(plan.reports[0]!.replaces).toBe(true);
  });

  it("keeps backup names within Excel's 31 characters", () => {
    const long = "ก".repeat(31);
    expect(planWrite({ sheets: [sheet(long, "report")] }, [long]).reports[0]!.backup).toHaveLength(31);
  });
});
