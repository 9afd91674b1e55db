import { SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";
import { planWrite, sameColour, writtenSheets } from "./writePlan";

const sheet = (name: string, role: SheetSpec["role"]): SheetSpec =>
  new SheetBuilder({
    name,
    role,
    defaultFont: { name: "TH SarabunPSK", size: 16 },
    columns: [{ width: 10 }],
  }).build();

describe("planWrite", () => {
  it("stages every report, creates missing input sheets and keeps existing ones", () => {
    const plan = planWrite(
      {
        sheets: [
          sheet("รายงานผล", "report"),
          sheet("ข้อมูลรายงาน", "input"),
          sheet("คะแนน ITA", "input"),
          sheet("เปรียบเทียบ", "report"),
        ],
      },
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

  it("retires the existing sheets the workbook names, as the workbook spells them, after nothing else", () => {
    const plan = planWrite(
      { sheets: [sheet("รายงานผล", "report")], retired: ["ปกรายงานผล", "cover", "ไม่มีชีตนี้"] },
      ["ข้อมูลรายงาน", "ปกรายงานผล", "Cover", "รายงานผล"],
    );
    expect(plan.retired).toEqual(["ปกรายงานผล", "Cover"]);
    expect(writtenSheets(plan)).toEqual(["รายงานผล"]);
    expect(planWrite({ sheets: [sheet("รายงานผล", "report")] }, ["ปกรายงานผล"]).retired).toEqual(
      [],
    );
  });

  it("retires only an existing sheet of the retired tab colour where the workbook names one", () => {
    const spec = {
      sheets: [sheet("รายงานผล", "report")],
      retired: ["ปกรายงานผล", "ปกอื่น", "ปกไม่มีสี"],
      retiredTabColor: "#1F4E79",
    };
    const colours = new Map([
      ["ปกรายงานผล", "FF1F4E79"],
      ["ปกอื่น", "#C00000"],
    ]);
    expect(
      planWrite(spec, ["ปกรายงานผล", "ปกอื่น", "ปกไม่มีสี", "รายงานผล"], (n) => colours.get(n)).retired,
    ).toEqual(["ปกรายงานผล"]);
    // A writer that cannot tell the colour removes nothing.
    expect(planWrite(spec, ["ปกรายงานผล"]).retired).toEqual([]);
    expect(sameColour("#1f4e79", "FF1F4E79")).toBe(true);
    expect(sameColour("#1F4E79", "#1F4E7A")).toBe(false);
  });

  it("never retires a sheet the same build writes or keeps, of any role", () => {
    const spec = {
      sheets: [sheet("รายงานผล", "report"), sheet("ข้อมูลรายงาน", "input")],
      retired: ["รายงานผล", "ข้อมูลรายงาน"],
    };
    const plan = planWrite(spec, ["ข้อมูลรายงาน", "รายงานผล"]);
    expect(plan.retired).toEqual([]);
    expect(plan.kept).toEqual(["ข้อมูลรายงาน"]);
  });

  it("retires a cover whose orphaned backup the repair brings back", () => {
    const plan = planWrite({ sheets: [sheet("รายงานผล", "report")], retired: ["ปกรายงานผล"] }, [
      "~ita-old-ปกรายงานผล",
    ]);
    expect(plan.repair.restore).toEqual([{ from: "~ita-old-ปกรายงานผล", to: "ปกรายงานผล" }]);
    expect(plan.retired).toEqual(["ปกรายงานผล"]);
  });

  it("compares sheet names as Excel does, without regard to case", () => {
    const plan = planWrite({ sheets: [sheet("Report", "report"), sheet("Input", "input")] }, [
      "REPORT",
      "input",
    ]);
    expect(plan.reports[0]!.replaces).toBe(true);
    expect(plan.kept).toEqual(["Input"]);
  });

  it("repairs a build that stopped part way: staging sheets go, a backup of a missing report comes back", () => {
    const plan = planWrite({ sheets: [sheet("รายงานผล", "report")] }, [
      "~ita-new-1",
      "~ita-old-รายงานผล",
      "~ita-old-เปรียบเทียบ",
      "เปรียบเทียบ",
    ]);
    expect(plan.repair).toEqual({
      drop: ["~ita-new-1", "~ita-old-เปรียบเทียบ"],
      restore: [{ from: "~ita-old-รายงานผล", to: "รายงานผล" }],
    });
    // The restored report is there again, so the new one replaces it.
    expect(plan.reports[0]!.replaces).toBe(true);
  });

  it("keeps backup names within Excel's 31 characters", () => {
    const long = "ก".repeat(31);
    expect(planWrite({ sheets: [sheet(long, "report")] }, [long]).reports[0]!.backup).toHaveLength(
      31,
    );
  });
});
