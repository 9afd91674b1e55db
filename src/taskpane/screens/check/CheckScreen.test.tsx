import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeServices, readOf } from "../../../../tests/taskpane/fakeServices";
import { renderWithProviders } from "../../../../tests/taskpane/renderWithProviders";
import type { ValidationIssue } from "../../../domain/issues/validationIssue";
import { CheckScreen } from "./CheckScreen";

const ISSUES: ValidationIssue[] = [
  {
    code: "evidence-url-invalid",
    severity: "warning",
    sheet: "มาตรการ",
    cell: "J3",
    message: 'ชีต "มาตรการ" เซลล์ J3: "www.x" ไม่ใช่ลิงก์เว็บที่ถูกต้อง',
  },
  {
    code: "score-decimal-comma",
    severity: "error",
    sheet: "คะแนน ITA",
    cell: "E11",
    message: 'ชีต "คะแนน ITA" เซลล์ E11: "98,43" ใช้จุลภาค (,) เป็นจุดทศนิยม',
  },
  {
    code: "year-gregorian",
    severity: "error",
    sheet: "คะแนน ITA",
    cell: "D2",
    message: 'ชีต "คะแนน ITA" เซลล์ D2: "2023" เป็นปี ค.ศ.',
  },
  {
    code: "org-kind-unknown",
    severity: "warning",
    sheet: "ข้อมูลรายงาน",
    cell: "B3",
    message: 'ชีต "ข้อมูลรายงาน" เซลล์ B3: ไม่อยู่ในรายการ',
  },
];

describe("CheckScreen", () => {
  it("groups the issues by sheet with counts, errors first, and marks the cells", async () => {
    const services = fakeServices({
      validate: jest.fn(async () => readOf("seed001", ISSUES)),
      markIssues: jest.fn(async () => 4),
      selectCell: jest.fn(async () => undefined),
    });
    renderWithProviders(<CheckScreen onNavigate={jest.fn()} />, services);
    fireEvent.click(screen.getByRole("button", { name: "ตรวจข้อมูล" }));
    expect(await screen.findByText("พบข้อผิดพลาด 2 และคำเตือน 2 รายการ")).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "ชีต ข้อมูลรายงาน (คำเตือน 1)",
      "ชีต คะแนน ITA (ข้อผิดพลาด 2)",
      "ชีต มาตรการ (คำเตือน 1)",
    ]);
    const scores = screen.getByRole("list", { name: "ปัญหาในชีต คะแนน ITA" });
    expect(
      within(scores)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(['ข้อผิดพลาด D2: "2023" เป็นปี ค.ศ.', 'ข้อผิดพลาด E11: "98,43" ใช้จุลภาค (,) เป็นจุดทศนิยม']);
    expect(services.markIssues).toHaveBeenCalledWith(ISSUES);
    expect(screen.getByText(/ระบายสีเซลล์ในชีตแล้ว 4 เซลล์/)).toBeTruthy();
  });

  it("selects an issue's cell when it is clicked", async () => {
    const services = fakeServices({
      validate: jest.fn(async () => readOf("seed001", ISSUES)),
      selectCell: jest.fn(async () => undefined),
    });
    renderWithProviders(<CheckScreen onNavigate={jest.fn()} />, services);
    fireEvent.click(screen.getByRole("button", { name: "ตรวจข้อมูล" }));
    fireEvent.click(await screen.findByRole("button", { name: /E11:/ }));
    expect(services.selectCell).toHaveBeenCalledWith("คะแนน ITA", "E11");
    await waitFor(() => expect(screen.queryByText(/กำลังไปที่เซลล์/)).toBeNull());
  });

  it("where the host cannot select cells, takes an issue to its field in the pane", async () => {
    const onNavigate = jest.fn();
    const lists = {
      code: "lists-sheet",
      severity: "warning",
      sheet: "รายการเลือก",
      cell: "A1",
      message: 'ชีต "รายการเลือก" เซลล์ A1: x',
    } as unknown as ValidationIssue;
    renderWithProviders(
      <CheckScreen onNavigate={onNavigate} />,
      fakeServices({ validate: jest.fn(async () => readOf("seed001", [...ISSUES, lists])) }),
    );
    fireEvent.click(screen.getByRole("button", { name: "ตรวจข้อมูล" }));
    expect(await screen.findByText("คลิกรายการเพื่อไปแก้ที่ช่องนั้น")).toBeTruthy();
    fireEvent.click(
      within(screen.getByRole("list", { name: "ปัญหาในชีต คะแนน ITA" })).getByRole("button", {
        name: /E11:/,
      }),
    );
    expect(onNavigate).toHaveBeenCalledWith("scores", {
      sheet: "คะแนน ITA",
      cell: "E11",
      issue: { severity: "error", text: '"98,43" ใช้จุลภาค (,) เป็นจุดทศนิยม' },
    });
    // A sheet the pane has no editor for stays text.
    const other = screen.getByRole("list", { name: "ปัญหาในชีต รายการเลือก" });
    expect(within(other).queryAllByRole("button")).toEqual([]);
    expect(other.textContent).toContain("คำเตือน A1:");
  });

  it("says the data is ready when there is nothing to fix", async () => {
    const onNavigate = jest.fn();
    renderWithProviders(<CheckScreen onNavigate={onNavigate} />);
    fireEvent.click(screen.getByRole("button", { name: "ตรวจข้อมูล" }));
    expect(await screen.findByText("ข้อมูลถูกต้อง")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "ไปที่หน้าสร้างรายงาน" }));
    expect(onNavigate).toHaveBeenCalledWith("reports");
  });

  it("shows a failure to select a cell", async () => {
    const services = fakeServices({
      validate: jest.fn(async () => readOf("seed001", ISSUES)),
      selectCell: jest.fn(async () => Promise.reject(new Error("sheet gone"))),
    });
    renderWithProviders(<CheckScreen onNavigate={jest.fn()} />, services);
    fireEvent.click(screen.getByRole("button", { name: "ตรวจข้อมูล" }));
    fireEvent.click(await screen.findByRole("button", { name: /D2:/ }));
    expect(await screen.findByText(/รายละเอียด: sheet gone/)).toBeTruthy();
  });
});
