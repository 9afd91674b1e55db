import { act, fireEvent, screen, within } from "@testing-library/react";
import { fakeServices, readOf } from "../../../../tests/taskpane/fakeServices";
import { renderWithProviders } from "../../../../tests/taskpane/renderWithProviders";
import { CHANGE_DEBOUNCE_MS } from "../../hooks/useInputRead";
import { ScoresScreen } from "./ScoresScreen";

describe("ScoresScreen", () => {
  it("shows both years' computed overall, level and instruments, and every indicator's change", async () => {
    renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />);
    const y2567 = await screen.findByRole("region", { name: "ผลคะแนนปี 2567" });
    expect(y2567.textContent).toContain("95.42");
    expect(y2567.textContent).toContain("ผ่านดี");
    expect(y2567.textContent).toContain("EIT 93.74");
    expect(screen.getByText("คะแนนรวมปี 2567 ลดลง 3.25 จากปี 2566 ระดับเปลี่ยนจาก ผ่านดีเยี่ยม เป็น ผ่านดี")).toBeTruthy();
    const table = screen.getByRole("table", { name: "คะแนนรายตัวชี้วัด" });
    const row8 = within(table).getAllByRole("row").find((r) => r.textContent?.startsWith("8"))!;
    expect(within(row8).getAllByRole("cell").map((c) => c.textContent)).toEqual(["8การปรับปรุงระบบการทำงาน", "97.63", "81.72*", "ลดลง 15.91"]);
  });

  it("reads the sheet again on request", async () => {
    const services = fakeServices();
    renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />, services);
    await screen.findByRole("region", { name: "ผลคะแนนปี 2567" });
    fireEvent.click(screen.getByRole("button", { name: "อ่านคะแนนจากชีตอีกครั้ง" }));
    await screen.findByRole("region", { name: "ผลคะแนนปี 2567" });
    expect(services.validate).toHaveBeenCalledTimes(2);
  });

  it("reads the sheet again shortly after the workbook changes, where the host can tell", async () => {
    jest.useFakeTimers();
    try {
      let changed = () => undefined as void;
      const services = fakeServices({
        watchInput: jest.fn((onChange: () => void) => {
          changed = onChange;
          return () => undefined;
        }),
      });
      renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />, services);
      await screen.findByRole("region", { name: "ผลคะแนนปี 2567" });
      expect(screen.getByText("แก้คะแนนในชีต คะแนน ITA แล้วตัวเลขที่นี่จะปรับตามเอง")).toBeTruthy();
      act(() => {
        changed();
        changed();
      });
      await act(async () => jest.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS));
      expect(services.validate).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it("says when scores are missing and points at the check screen", async () => {
    const onNavigate = jest.fn();
    const read = readOf("seed001");
    const issue = { code: "score-empty" as const, severity: "error" as const, message: "m", sheet: "คะแนน ITA", cell: "E4" };
    const input = { ...read.input!, scores: new Map([...read.input!.scores].map(([y, s]) => [y, new Map([...s].slice(1))])) };
    renderWithProviders(<ScoresScreen onNavigate={onNavigate} />, fakeServices({ validate: jest.fn(async () => ({ input, issues: [issue] })) }));
    expect(await screen.findByText(/ยังไม่มีปีที่กรอกคะแนนครบ 10 ตัวชี้วัด/)).toBeTruthy();
    expect(screen.getByText("ปี 2567 ยังคำนวณไม่ได้ เพราะคะแนนยังไม่ครบ 10 ตัวชี้วัดหรือมีช่องที่อ่านไม่ได้")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "ดูที่หน้าตรวจข้อมูล" }));
    expect(onNavigate).toHaveBeenCalledWith("check");
  });

  it("shows a failed read as a Thai message", async () => {
    renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />, fakeServices({ validate: jest.fn(async () => Promise.reject(new Error("boom"))) }));
    expect(await screen.findByText(/เกิดข้อผิดพลาดที่ไม่คาดคิด .*\(รายละเอียด: boom\)/)).toBeTruthy();
  });
});
