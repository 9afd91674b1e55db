import { FluentProvider } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { WorkbookWriteError } from "../../app/ports";
import type { WorkbookFile, WorkbookFileStatus } from "../services";
import { paneTheme } from "../theme";
import { WorkbookFileBar } from "./WorkbookFileBar";
import { fakeFile } from "../../../tests/taskpane/fakeServices";

function renderBar(file: Partial<WorkbookFile> = {}, fileName: string | null = null) {
  const full = fakeFile(
    { download: jest.fn(async () => "ข้อมูล (มีรายงาน).xlsx"), ...file },
    fileName,
  );
  const onOpened = jest.fn();
  render(
    <FluentProvider theme={paneTheme(false)}>
      <WorkbookFileBar
        file={full}
        fileName={fileName}
        pendingEdits={() => false}
        onOpened={onOpened}
      />
    </FluentProvider>,
  );
  return { file: full, onOpened };
}

const xlsx = (name: string) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);

describe("WorkbookFileBar", () => {
  it("opens a file dropped on it", async () => {
    const { file, onOpened } = renderBar();
    const zone = screen.getByText("เปิดสมุดงาน ITA (.xlsx)").parentElement!;
    fireEvent.dragOver(zone, { dataTransfer: { files: [] } });
    fireEvent.drop(zone, { dataTransfer: { files: [xlsx("คะแนน.xlsx")] } });
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith("คะแนน.xlsx"));
    expect((file.open as jest.Mock).mock.calls[0][0]).toBeInstanceOf(ArrayBuffer);
  });

  it("says in Thai why a file could not be opened", async () => {
    const error = Object.assign(
      new Error("ไฟล์นี้เป็นไฟล์ Excel รุ่นเก่า (.xls) ... กรุณาเปิดไฟล์ใน Excel แล้วบันทึกเป็น .xlsx"),
      { name: "XlsxReadError" },
    );
    const { onOpened } = renderBar({ open: jest.fn(async () => Promise.reject(error)) });
    fireEvent.change(screen.getByLabelText("เลือกไฟล์ Excel (.xlsx)"), {
      target: { files: [xlsx("เก่า.xls")] },
    });
    expect(await screen.findByText("เปิดไฟล์ เก่า.xls ไม่ได้")).toBeTruthy();
    expect(screen.getByText(/แล้วบันทึกเป็น \.xlsx/)).toBeTruthy();
    expect(onOpened).not.toHaveBeenCalled();
  });

  it("starts a new workbook", async () => {
    const { file, onOpened } = renderBar();
    fireEvent.click(screen.getByRole("button", { name: "เริ่มสมุดงานใหม่" }));
    await waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(file.createNew).toHaveBeenCalled();
  });

  it("offers the workbook kept from an earlier visit", async () => {
    const { file, onOpened } = renderBar({
      kept: jest.fn(async () => ({
        fileName: "ค้าง.xlsx",
        savedAt: Date.UTC(2026, 10, 30, 3),
        unsaved: true,
      })),
    });
    expect(await screen.findByText("มีงานที่ทำค้างไว้ในเบราว์เซอร์นี้")).toBeTruthy();
    expect(screen.getByText(/ค้าง\.xlsx แก้ไขล่าสุด .* \(ยังไม่ได้ดาวน์โหลด\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "ทำงานนี้ต่อ" }));
    await waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(file.restoreKept).toHaveBeenCalled();
  });

  it("says a change is kept in the browser only once it is", () => {
    let status = { unsaved: true, keeping: true, keepError: null };
    let tell = () => undefined as void;
    renderBar(
      { status: () => status, onStatus: (l) => ((tell = l), () => undefined) },
      "ข้อมูล.xlsx",
    );
    expect(screen.getByText("มีการแก้ไขที่ยังไม่ได้ดาวน์โหลด (กำลังเก็บไว้ในเบราว์เซอร์นี้…)")).toBeTruthy();
    status = { ...status, keeping: false };
    act(() => tell());
    expect(screen.getByText("มีการแก้ไขที่ยังไม่ได้ดาวน์โหลด (เก็บไว้ในเบราว์เซอร์นี้แล้ว)")).toBeTruthy();
  });

  it("shows a long step's progress with the seconds it has taken, until it ends", () => {
    jest.useFakeTimers();
    try {
      let status: WorkbookFileStatus = {
        unsaved: false,
        keeping: false,
        keepError: null,
        progress: "กำลังอ่านแฟ้ม ใหญ่.xlsx (1.0 MB)…",
      };
      let tell = () => undefined as void;
      renderBar({ status: () => status, onStatus: (l) => ((tell = l), () => undefined) });
      expect(screen.getByTestId("file-progress").textContent).toBe("กำลังอ่านแฟ้ม ใหญ่.xlsx (1.0 MB)…");
      act(() => void jest.advanceTimersByTime(3_000));
      expect(screen.getByTestId("file-progress").textContent).toBe(
        "กำลังอ่านแฟ้ม ใหญ่.xlsx (1.0 MB)… (3 วินาที)",
      );
      status = { ...status, progress: "อ่านแฟ้มแล้ว 20,013 แถว กำลังเปิด…" };
      act(() => tell());
      expect(screen.getByTestId("file-progress").textContent).toBe(
        "อ่านแฟ้มแล้ว 20,013 แถว กำลังเปิด… (3 วินาที)",
      );
      status = { ...status, progress: null };
      act(() => tell());
      expect(screen.queryByTestId("file-progress")).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  it("downloads the open workbook, or says why it cannot", async () => {
    const { file } = renderBar(
      {
        download: jest.fn(async () =>
          Promise.reject(new WorkbookWriteError("สมุดงานยังไม่มีชีต", "EmptyWorkbook")),
        ),
      },
      "ใหม่.xlsx",
    );
    expect(screen.getByText("ไฟล์: ใหม่.xlsx")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "ดาวน์โหลดไฟล์" }));
    expect(await screen.findByText("สมุดงานยังไม่มีชีต")).toBeTruthy();
    expect(file.download).toHaveBeenCalled();
  });
});
