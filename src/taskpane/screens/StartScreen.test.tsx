import { fireEvent, screen, within } from "@testing-library/react";
import { WorkbookWriteError } from "../../app/ports";
import { fakeServices } from "../../../tests/taskpane/fakeServices";
import { renderWithProviders } from "../../../tests/taskpane/renderWithProviders";
import { StartScreen } from "./StartScreen";

describe("StartScreen", () => {
  it("finds which input sheets the workbook has", async () => {
    const services = fakeServices({
      detectInputSheets: jest.fn(async () => ({
        present: ["ข้อมูลรายงาน"],
        missing: ["คะแนน ITA", "มาตรการ"],
      })),
    });
    renderWithProviders(<StartScreen onNavigate={jest.fn()} />, services);
    const list = await screen.findByRole("list", { name: "ชีตข้อมูลในสมุดงาน" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["ชีต ข้อมูลรายงาน: มีแล้ว", "ชีต คะแนน ITA: ยังไม่มี", "ชีต มาตรการ: ยังไม่มี"]);
  });

  it("creates the missing sheets, says which existed already, and looks again", async () => {
    const detect = jest
      .fn()
      .mockResolvedValueOnce({ present: ["ข้อมูลรายงาน"], missing: ["คะแนน ITA", "มาตรการ"] })
      .mockResolvedValue({ present: ["ข้อมูลรายงาน", "คะแนน ITA", "มาตรการ"], missing: [] });
    const services = fakeServices({
      detectInputSheets: detect,
      createInputSheets: jest.fn(async () => ({
        written: ["คะแนน ITA", "มาตรการ"],
        kept: ["ข้อมูลรายงาน"],
        skipped: [],
      })),
    });
    renderWithProviders(<StartScreen onNavigate={jest.fn()} />, services);
    fireEvent.click(await screen.findByRole("button", { name: "สร้างชีตข้อมูลที่ยังไม่มี (2 ชีต)" }));
    expect(
      await screen.findByText(/สร้างชีต คะแนน ITA, มาตรการ แล้ว มีชีต ข้อมูลรายงาน อยู่แล้ว จึงไม่แก้ไข/),
    ).toBeTruthy();
    expect(await screen.findByText("สมุดงานนี้มีชีตข้อมูลครบแล้ว")).toBeTruthy();
    expect(services.createInputSheets).toHaveBeenCalledTimes(1);
  });

  it("turns an Excel failure into the adapter's Thai message", async () => {
    const services = fakeServices({
      detectInputSheets: jest.fn(async () => ({
        present: [],
        missing: ["ข้อมูลรายงาน", "คะแนน ITA", "มาตรการ"],
      })),
      createInputSheets: jest.fn(async () => {
        throw new WorkbookWriteError(
          "Excel ไม่อนุญาตให้เขียน: ชีตหรือสมุดงานอาจถูกป้องกัน (Protect) กรุณายกเลิกการป้องกันแล้วลองใหม่",
          "AccessDenied",
        );
      }),
    });
    renderWithProviders(<StartScreen onNavigate={jest.fn()} />, services);
    fireEvent.click(await screen.findByRole("button", { name: /สร้างชีตข้อมูลที่ยังไม่มี/ }));
    expect(await screen.findByText("ทำงานไม่สำเร็จ")).toBeTruthy();
    expect(screen.getByText(/กรุณายกเลิกการป้องกันแล้วลองใหม่/)).toBeTruthy();
  });

  it("leads to each next step", async () => {
    const onNavigate = jest.fn();
    renderWithProviders(<StartScreen onNavigate={onNavigate} />);
    fireEvent.click(screen.getByRole("button", { name: "กรอกข้อมูลรายงาน" }));
    fireEvent.click(screen.getByRole("button", { name: "สร้างรายงาน" }));
    expect(onNavigate.mock.calls).toEqual([["settings"], ["reports"]]);
    await screen.findByText("สมุดงานนี้มีชีตข้อมูลครบแล้ว");
  });
});
