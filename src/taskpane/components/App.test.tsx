import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, fireEvent } from "@testing-library/react";
import type { TaskpaneServices } from "../services";
import { App } from "./App";

function renderApp(overrides: Partial<TaskpaneServices> = {}) {
  const services: TaskpaneServices = {
    capabilityNotes: [],
    createInputSheets: jest.fn(async () => ({ written: ["คะแนน ITA"], kept: ["ข้อมูลรายงาน"], skipped: [] })),
    validate: jest.fn(async () => ({ input: null, issues: [] })),
    buildReports: jest.fn(async () => ({ ok: false as const, issues: [] })),
    ...overrides,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} />
    </FluentProvider>,
  );
  return services;
}

describe("App", () => {
  it("creates the input sheets and says which existed already", async () => {
    const services = renderApp();
    fireEvent.click(screen.getByRole("button", { name: /เริ่มสมุดงาน ITA/ }));
    expect(await screen.findByText(/สร้างชีต คะแนน ITA แล้ว/)).toBeTruthy();
    expect(screen.getByText(/มีชีต ข้อมูลรายงาน อยู่แล้ว จึงไม่แก้ไข/)).toBeTruthy();
    expect(services.createInputSheets).toHaveBeenCalledTimes(1);
  });

  it("lists the issues that block a build, naming the cell", async () => {
    renderApp({
      buildReports: async () => ({
        ok: false,
        issues: [
          {
            code: "score-decimal-comma",
            severity: "error",
            sheet: "คะแนน ITA",
            cell: "E11",
            message: 'ชีต "คะแนน ITA" เซลล์ E11: "98,43" ใช้จุลภาค (,) เป็นจุดทศนิยม',
          },
        ],
      }),
    });
    fireEvent.click(screen.getByRole("button", { name: "สร้างชีตรายงาน" }));
    expect(await screen.findByText("ยังสร้างรายงานไม่ได้")).toBeTruthy();
    const list = screen.getByRole("list", { name: "รายการที่ต้องแก้ไข" });
    expect(list.textContent).toContain("เซลล์ E11");
  });

  it("shows what this Excel cannot do", () => {
    renderApp({ capabilityNotes: ["ไม่ได้ตั้งค่าหน้ากระดาษ เพราะ Excel รุ่นนี้ไม่รองรับ ExcelApi 1.9"] });
    expect(screen.getByText(/ExcelApi 1.9/)).toBeTruthy();
  });

  it("turns a host failure into a Thai message instead of failing silently", async () => {
    renderApp({ validate: async () => Promise.reject(new Error("Excel ไม่อนุญาตให้เขียน")) });
    fireEvent.click(screen.getByRole("button", { name: "ตรวจข้อมูล" }));
    expect(await screen.findByText("ทำงานไม่สำเร็จ")).toBeTruthy();
    expect(screen.getByText("Excel ไม่อนุญาตให้เขียน")).toBeTruthy();
  });
});
