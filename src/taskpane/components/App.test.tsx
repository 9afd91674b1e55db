import { FluentProvider } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { fakeFile, fakeServices, readOf, settingsForm } from "../../../tests/taskpane/fakeServices";
import type { ValidationIssue } from "../../domain/issues/validationIssue";
import type { TaskpaneServices } from "../services";
import { paneTheme } from "../theme";
import { App, type FileBarProps } from "./App";
import { WorkbookFileBar } from "./WorkbookFileBar";

function renderApp(services: TaskpaneServices = fakeServices(), withFileBar = false) {
  render(
    <FluentProvider theme={paneTheme(false)}>
      <App
        services={services}
        {...(withFileBar ? { fileBar: (p: FileBarProps) => <WorkbookFileBar {...p} /> } : {})}
      />
    </FluentProvider>,
  );
  return services;
}

describe("App", () => {
  it("opens on the start screen and reaches every screen from its tab", async () => {
    renderApp();
    const tablist = within(screen.getByRole("tablist", { name: "ขั้นตอน" }));
    const labels = ["1. เริ่มต้น", "2. ข้อมูล", "3. คะแนน", "4. มาตรการ", "5. ตรวจ", "6. รายงาน"];
    const tabs = labels.map((name) => tablist.getByRole("tab", { name }));
    expect(screen.getByRole("tabpanel", { name: "1. เริ่มต้น" })).toBeTruthy();
    const headings = ["ข้อมูลรายงาน", "คะแนน ITA", "มาตรการ", "ตรวจข้อมูล", "สร้างรายงาน"];
    for (const [i, heading] of headings.entries()) {
      fireEvent.click(tabs[i + 1]!);
      expect(await screen.findByRole("heading", { level: 2, name: heading })).toBeTruthy();
      expect(tabs[i + 1]!.getAttribute("aria-selected")).toBe("true");
    }
  });

  it("puts every part of the pane in a landmark: the title and file bar in the banner, the tabs in nav, the screen in main", async () => {
    renderApp(fakeServices({ file: fakeFile({}, "ก.xlsx") }), true);
    const banner = screen.getByRole("banner");
    expect(within(banner).getByRole("heading", { level: 1, name: "รายงาน ITA" })).toBeTruthy();
    expect(within(banner).getByRole("button", { name: "ดาวน์โหลดไฟล์" })).toBeTruthy();
    expect(
      within(screen.getByRole("navigation", { name: "ขั้นตอนการทำรายงาน" })).getByRole("tablist"),
    ).toBeTruthy();
    expect(within(screen.getByRole("main")).getByRole("tabpanel")).toBeTruthy();
  });

  it("moves to a screen from the start screen's next steps", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("button", { name: "ตรวจข้อมูล" }));
    expect(await screen.findByRole("tabpanel", { name: "5. ตรวจ" })).toBeTruthy();
  });

  it("lists what this Excel cannot do in a message bar", async () => {
    renderApp(
      fakeServices({ capabilityNotes: ["ไม่ได้ตั้งค่าหน้ากระดาษ เพราะ Excel รุ่นนี้ไม่รองรับ ExcelApi 1.9"] }),
    );
    const notes = screen.getByRole("list", { name: "สิ่งที่ Excel รุ่นนี้ทำไม่ได้" });
    expect(notes.textContent).toContain("ExcelApi 1.9");
    await screen.findByText("สมุดงานนี้มีชีตข้อมูลครบแล้ว");
    fireEvent.click(screen.getByRole("button", { name: "ปิดข้อความนี้" }));
    expect(screen.queryByRole("list", { name: "สิ่งที่ Excel รุ่นนี้ทำไม่ได้" })).toBeNull();
  });

  it("on the standalone page asks for a file first, then shows the screens", async () => {
    const file = fakeFile();
    renderApp(fakeServices({ file }), true);
    expect(screen.queryByRole("tablist")).toBeNull();
    const picker = screen.getByLabelText("เลือกไฟล์ Excel (.xlsx)");
    const xlsx = new File([new Uint8Array([0x50, 0x4b, 3, 4])], "ข้อมูล.xlsx");
    fireEvent.change(picker, { target: { files: [xlsx] } });
    expect(await screen.findByRole("tablist", { name: "ขั้นตอน" })).toBeTruthy();
    expect(screen.getByText("ไฟล์: ข้อมูล.xlsx")).toBeTruthy();
    expect(file.open).toHaveBeenCalledWith(expect.any(ArrayBuffer), "ข้อมูล.xlsx");
    expect(screen.getAllByRole("main")).toHaveLength(1);
  });

  it("asks before another file replaces a workbook with changes that were never downloaded", async () => {
    const file = fakeFile(
      { status: () => ({ unsaved: true, keeping: false, keepError: null }) },
      "เดิม.xlsx",
    );
    renderApp(fakeServices({ file }), true);
    fireEvent.change(screen.getByLabelText("เลือกไฟล์ Excel (.xlsx)"), {
      target: { files: [new File([new Uint8Array([0x50, 0x4b, 3, 4])], "ใหม่.xlsx")] },
    });
    expect(await screen.findByText("เปิด ใหม่.xlsx แทนสมุดงานนี้?")).toBeTruthy();
    expect(file.open).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "เปิดไฟล์นั้นเลย" }));
    await waitFor(() =>
      expect(file.open).toHaveBeenCalledWith(expect.any(ArrayBuffer), "ใหม่.xlsx"),
    );
  });

  it("warns before the page closes with changes that were never downloaded", () => {
    renderApp(
      fakeServices({
        file: fakeFile(
          { status: () => ({ unsaved: true, keeping: false, keepError: null }) },
          "ก.xlsx",
        ),
      }),
      true,
    );
    const event = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it("where no cell can be selected, takes an issue of the check to its field in the pane", async () => {
    const issues: ValidationIssue[] = [
      {
        code: "setting-required",
        severity: "error",
        sheet: "ข้อมูลรายงาน",
        cell: "B5",
        message: 'ชีต "ข้อมูลรายงาน" เซลล์ B5: กรุณากรอก "อำเภอ"',
      },
      {
        code: "signatory-name",
        severity: "warning",
        sheet: "ข้อมูลรายงาน",
        cell: "B31",
        message: 'ชีต "ข้อมูลรายงาน" เซลล์ B31: ไม่มีชื่อผู้ลงนาม',
      },
      {
        code: "score-decimal-comma",
        severity: "error",
        sheet: "คะแนน ITA",
        cell: "E11",
        message: 'ชีต "คะแนน ITA" เซลล์ E11: ใช้จุลภาค',
      },
      {
        code: "measure-unit",
        severity: "warning",
        sheet: "มาตรการ",
        cell: "D4",
        message: 'ชีต "มาตรการ" เซลล์ D4: ยังไม่ได้กรอกผู้รับผิดชอบ',
      },
      {
        code: "lists-sheet",
        severity: "warning",
        sheet: "รายการเลือก",
        cell: "A1",
        message: 'ชีต "รายการเลือก" เซลล์ A1: แก้ไขแล้ว',
      },
    ] as unknown as ValidationIssue[];
    const form = settingsForm(
      { orgName: "ตัวอย่างหนึ่ง" },
      {
        signatories: [{ role: "ทราบ", name: "", position: "นายก" }],
        rows: { settings: { orgName: 4, district: 5 }, signatoryHeader: 30 },
      },
    );
    renderApp(
      fakeServices({
        validate: jest.fn(async () => readOf("seed001", issues)),
        readSettings: jest.fn(async () => form),
      }),
    );
    const check = async () => {
      fireEvent.click(screen.getByRole("tab", { name: "5. ตรวจ" }));
      fireEvent.click(await screen.findByRole("button", { name: "ตรวจข้อมูล" }));
      await screen.findByText("คลิกรายการเพื่อไปแก้ที่ช่องนั้น");
    };
    const focusedLabel = () =>
      document.activeElement
        ?.getAttribute("aria-labelledby")
        ?.split(" ")
        .map((id) => document.getElementById(id)?.textContent)
        .join(" ");

    await check();
    expect(screen.queryByRole("button", { name: /A1:/ })).toBeNull(); // no field for the lists sheet
    fireEvent.click(screen.getByRole("button", { name: /B5:/ }));
    await waitFor(() => expect(document.activeElement?.id).toBe("ita-setting-district"));
    expect(screen.getByRole("tabpanel", { name: "2. ข้อมูล" })).toBeTruthy();
    // The issue stays beside its field until the value changes.
    expect(
      document.activeElement
        ?.getAttribute("aria-describedby")
        ?.split(" ")
        .map((id) => document.getElementById(id)?.textContent),
    ).toContain('กรุณากรอก "อำเภอ"');
    fireEvent.change(document.activeElement!, { target: { value: "เมือง" } });
    expect(screen.queryByText('กรุณากรอก "อำเภอ"')).toBeNull();

    await check();
    fireEvent.click(screen.getByRole("button", { name: /B31:/ }));
    await waitFor(() => expect(focusedLabel()).toBe("ชื่อ-นามสกุล (คนที่ 1)"));

    await check();
    fireEvent.click(screen.getByRole("button", { name: /E11:/ }));
    await waitFor(() => expect(document.activeElement?.id).toBe("ita-score-E11"));
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^ตัวชี้วัดที่ 8 ปี/);

    await check();
    fireEvent.click(screen.getByRole("button", { name: /D4:/ }));
    await waitFor(() => expect(focusedLabel()).toMatch(/^ผู้รับผิดชอบ/));
    const card = screen.getByRole("group", { name: "แก้ไขมาตรการที่ 2" });
    expect(card.contains(document.activeElement)).toBe(true);
  });
});
