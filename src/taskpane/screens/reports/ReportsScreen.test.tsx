import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { BuildStep } from "../../../app/buildReportsInSteps";
import type { BuildOutcome } from "../../../app/buildWorkbookReport";
import { fakeFile, fakeServices } from "../../../../tests/taskpane/fakeServices";
import { renderWithProviders } from "../../../../tests/taskpane/renderWithProviders";
import type { ReportKind } from "../../../domain/reports/buildReport";
import type { TaskpaneServices } from "../../services";
import { ReportsScreen } from "./ReportsScreen";

const OK: BuildOutcome = {
  ok: true,
  issues: [
    { code: "status-empty", severity: "warning", message: "m", sheet: "มาตรการ", cell: "J3" },
  ],
  summary: { years: [], comparison: null },
  workbook: { sheets: [] },
  write: { written: ["รายงานผลประจำปี", "เปรียบเทียบคะแนน ITA"], kept: [], skipped: [] },
};

function renderReports(overrides: Partial<TaskpaneServices> = {}) {
  return renderWithProviders(<ReportsScreen onNavigate={jest.fn()} />, fakeServices(overrides))
    .services;
}

const checked = () =>
  screen
    .getAllByRole("checkbox")
    .filter((c) => (c as HTMLInputElement).checked)
    .map((c) => c.closest("label, div")!.textContent);

describe("ReportsScreen", () => {
  it("chooses the reports that suit the round, and builds what the user chooses", async () => {
    const services = renderReports({ buildReports: jest.fn(async () => OK) });
    await waitFor(() => expect(checked()).toHaveLength(2)); // seed 001: full year with measures
    expect(screen.getByRole("checkbox", { name: /รายงานผลการดำเนินการประจำปี/ })).toHaveProperty(
      "checked",
      true,
    );
    fireEvent.click(screen.getByRole("checkbox", { name: /ตารางเปรียบเทียบคะแนน ITA/ }));
    fireEvent.click(screen.getByRole("button", { name: "สร้างชีตรายงาน (1 รายงาน)" }));
    expect(await screen.findByText("สร้างรายงานแล้ว 2 ชีต")).toBeTruthy();
    expect((services.buildReports as jest.Mock).mock.calls[0][0]).toEqual([
      "year-end",
    ] satisfies ReportKind[]);
    const list = screen.getByRole("list", { name: "ชีตรายงานที่เขียนแล้ว" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["รายงานผลประจำปี", "เปรียบเทียบคะแนน ITA"]);
    expect(screen.getByText(/มีคำเตือน 1 รายการ/)).toBeTruthy();
    expect(screen.queryByText(/ลบชีตที่ไม่ได้ใช้แล้ว/)).toBeNull();
  });

  it("says which old report sheets the build removed (a cover turned off)", async () => {
    const removed: BuildOutcome = {
      ...OK,
      write: { ...OK.write, removed: ["ปกรายงานผลประจำปี"] },
    } as BuildOutcome;
    renderReports({ buildReports: jest.fn(async () => removed) });
    fireEvent.click(await screen.findByRole("button", { name: "สร้างชีตรายงาน (2 รายงาน)" }));
    expect(await screen.findByText("ลบชีตที่ไม่ได้ใช้แล้ว: ปกรายงานผลประจำปี")).toBeTruthy();
  });

  it("shows a progress bar with the step while the build runs", async () => {
    let finish: (o: BuildOutcome) => void = () => undefined;
    let step: (s: BuildStep) => void | Promise<void> = () => undefined;
    renderReports({
      buildReports: jest.fn((_kinds, onStep) => {
        step = onStep!;
        return new Promise<BuildOutcome>((resolve) => (finish = resolve));
      }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "สร้างชีตรายงาน (2 รายงาน)" }));
    await waitFor(() => expect(step).not.toBeUndefined());
    await act(async () => step("writing"));
    const bar = await screen.findByRole("progressbar", { name: "ความคืบหน้าการสร้างรายงาน" });
    expect(bar.getAttribute("aria-valuetext")).toMatch(/ขั้นที่ 3 จาก 3: เขียนชีตรายงาน \(Excel/);
    act(() => finish(OK));
    await screen.findByText("สร้างรายงานแล้ว 2 ชีต");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("lists the errors that stop a build, each selecting its cell", async () => {
    const services = renderReports({
      selectCell: jest.fn(async () => undefined),
      buildReports: jest.fn(async () => ({
        ok: false as const,
        issues: [
          {
            code: "score-decimal-comma" as const,
            severity: "error" as const,
            sheet: "คะแนน ITA",
            cell: "E11",
            message: 'ชีต "คะแนน ITA" เซลล์ E11: "98,43" ใช้จุลภาค',
          },
        ],
      })),
    });
    fireEvent.click(await screen.findByRole("button", { name: "สร้างชีตรายงาน (2 รายงาน)" }));
    expect(await screen.findByText("ยังสร้างรายงานไม่ได้")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /E11: "98,43" ใช้จุลภาค/ }));
    await waitFor(() => expect(services.selectCell).toHaveBeenCalledWith("คะแนน ITA", "E11"));
  });

  it("opens a written sheet in Excel", async () => {
    const services = renderReports({
      buildReports: jest.fn(async () => OK),
      selectCell: jest.fn(async () => undefined),
    });
    fireEvent.click(await screen.findByRole("button", { name: "สร้างชีตรายงาน (2 รายงาน)" }));
    fireEvent.click(await screen.findByRole("button", { name: "ไปที่ชีต เปรียบเทียบคะแนน ITA" }));
    await waitFor(() =>
      expect(services.selectCell).toHaveBeenCalledWith("เปรียบเทียบคะแนน ITA", "A1"),
    );
  });

  it("offers the new-workbook route only where the host has it", async () => {
    renderReports();
    await screen.findByRole("button", { name: /สร้างชีตรายงาน \(2/ });
    expect(screen.queryByRole("button", { name: "เปิดรายงานในสมุดงานใหม่" })).toBeNull();
    expect(screen.getByText(/ไฟล์ › ส่งออก › สร้างเอกสาร PDF\/XPS/)).toBeTruthy();
  });

  it("puts the chosen reports into a new workbook when the host can", async () => {
    const services = renderReports({ openReportsInNewWorkbook: jest.fn(async () => undefined) });
    await screen.findByRole("button", { name: /สร้างชีตรายงาน \(2/ });
    fireEvent.click(screen.getByRole("button", { name: "เปิดรายงานในสมุดงานใหม่" }));
    expect(await screen.findByText("เปิดรายงานในสมุดงานใหม่แล้ว")).toBeTruthy();
    expect(services.openReportsInNewWorkbook).toHaveBeenCalledWith([
      "year-end",
      "score-comparison",
    ]);
  });

  it("on the standalone page, downloads the workbook after a build", async () => {
    const file = fakeFile({ download: jest.fn(async () => "a (มีรายงาน).xlsx") }, "a.xlsx");
    renderReports({ buildReports: jest.fn(async () => OK), file });
    fireEvent.click(await screen.findByRole("button", { name: "สร้างชีตรายงาน (2 รายงาน)" }));
    fireEvent.click(await screen.findByRole("button", { name: "ดาวน์โหลดไฟล์ (.xlsx)" }));
    expect(await screen.findByText(/ไฟล์ a \(มีรายงาน\)\.xlsx มีทั้งชีตข้อมูลและชีตรายงาน/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /ไปที่ชีต/ })).toBeNull();
  });
});
