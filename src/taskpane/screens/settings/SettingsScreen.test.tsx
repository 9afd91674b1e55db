import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import {
  fakeFile,
  fakeServices,
  readOf,
  servicesOfSheets,
  settingsForm,
} from "../../../../tests/taskpane/fakeServices";
import { FOUR, FOUR_SCORES } from "../../../../tests/helpers/madeUpFrame";
import { buildFrameworkSheet } from "../../../domain/input/frameworkSheet";
import { buildInputSheets } from "../../../domain/input/inputSheets";
import { EMPTY_TEXTS } from "../../../domain/model/reportTexts";
import { reportInputWith, scoresOf } from "../../../domain/testing/builders";
import { textDraftsOf } from "../../../app/textDrafts";
import { renderWithProviders } from "../../../../tests/taskpane/renderWithProviders";
import type { TaskpaneServices } from "../../services";
import { SettingsScreen, type SettingsDraft } from "./SettingsScreen";

const FORM = settingsForm(
  {
    orgKind: "เทศบาลตำบล",
    orgName: "ตัวอย่างหนึ่ง",
    fiscalYear: "2567",
    round: "รอบ 12 เดือน",
    digitStyle: "เลขไทย",
  },
  {
    signatories: [{ role: "ผู้รายงาน", name: "นางสาวตัวอย่าง ใจดี", position: "นักวิเคราะห์นโยบายและแผน" }],
  },
);

function Harness() {
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  return <SettingsScreen draft={draft} onDraftChange={setDraft} onNavigate={jest.fn()} />;
}

function renderSettings(overrides: Partial<TaskpaneServices> = {}) {
  return renderWithProviders(
    <Harness />,
    fakeServices({ readSettings: jest.fn(async () => FORM), ...overrides }),
  ).services;
}

describe("SettingsScreen", () => {
  it("shows each setting under its sheet label, and the signatories", async () => {
    renderSettings();
    expect(((await screen.findByLabelText("ชื่อหน่วยงาน")) as HTMLInputElement).value).toBe(
      "ตัวอย่างหนึ่ง",
    );
    expect((screen.getByLabelText("ประเภทหน่วยงาน") as HTMLSelectElement).value).toBe("เทศบาลตำบล");
    expect((screen.getByRole("radio", { name: "รอบ 12 เดือน" }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByLabelText("ชื่อ-นามสกุล (คนที่ 1)") as HTMLInputElement).value).toBe(
      "นางสาวตัวอย่าง ใจดี",
    );
    expect(screen.getByRole("button", { name: "บันทึกลงชีต" }).getAttribute("aria-disabled")).toBe(
      "true",
    );
  });

  it("saves what changed, as read before and as edited", async () => {
    const services = renderSettings();
    fireEvent.change(await screen.findByLabelText("อำเภอ"), { target: { value: "ท่าใหม่" } });
    fireEvent.click(screen.getByRole("radio", { name: "เลขอารบิก" }));
    fireEvent.click(screen.getByRole("button", { name: "เพิ่มผู้ลงนาม" }));
    fireEvent.change(screen.getByLabelText("บทบาท (คนที่ 2)"), { target: { value: "ทราบ" } });
    fireEvent.click(screen.getByRole("button", { name: "บันทึกลงชีต" }));
    expect(await screen.findByText("บันทึกลงชีตแล้ว")).toBeTruthy();
    const [before, after] = (services.saveSettings as jest.Mock).mock.calls[0];
    expect(before).toBe(FORM);
    expect(after.values).toMatchObject({
      district: "ท่าใหม่",
      digitStyle: "เลขอารบิก",
      orgName: "ตัวอย่างหนึ่ง",
    });
    expect(after.signatories[1]).toEqual({ role: "ทราบ", name: "", position: "" });
    expect(screen.getByText('บันทึกช่อง "อำเภอ" แล้ว (เซลล์ B4 ในชีต ข้อมูลรายงาน)')).toBeTruthy();
  });

  describe("names the fields saved", () => {
    const saved = [
      { label: "อำเภอ", cells: ["B4"] },
      { label: "รูปแบบตัวเลข", cells: ["B9"] },
      { label: "ผู้ลงนาม", cells: ["A32:D33"] },
    ];
    const saveAfterEdit = async () => {
      fireEvent.change(await screen.findByLabelText("อำเภอ"), { target: { value: "ท่าใหม่" } });
      fireEvent.click(screen.getByRole("button", { name: "บันทึกลงชีต" }));
    };

    it("in Excel, with the cells of the sheet", async () => {
      renderSettings({
        saveSettings: jest.fn(async () => ({ cells: ["B4", "B9"], notFound: [], saved })),
      });
      await saveAfterEdit();
      expect(
        await screen.findByText(
          'บันทึกช่อง "อำเภอ", "รูปแบบตัวเลข", "ผู้ลงนาม" แล้ว (เซลล์ B4, B9, A32:D33 ในชีต ข้อมูลรายงาน)',
        ),
      ).toBeTruthy();
    });

    it("on the standalone page, never naming a cell", async () => {
      renderSettings({
        saveSettings: jest.fn(async () => ({ cells: ["B4", "B9"], notFound: ["จังหวัด"], saved })),
        file: fakeFile({}, "ข้อมูล.xlsx"),
      });
      await saveAfterEdit();
      expect(await screen.findByText("บันทึกได้บางส่วน")).toBeTruthy();
      expect(
        screen.getByText(
          'บันทึกช่อง "อำเภอ", "รูปแบบตัวเลข", "ผู้ลงนาม" แล้ว แต่ช่อง "จังหวัด" ไม่ได้บันทึก เพราะไม่พบแถวของช่องนั้นในชีต ข้อมูลรายงาน',
        ),
      ).toBeTruthy();
      expect(screen.queryByText(/เซลล์/)).toBeNull();
    });

    it("says when a field could not be saved in Excel, with the column the label is looked for in", async () => {
      renderSettings({
        saveSettings: jest.fn(async () => ({ cells: [], notFound: ["อำเภอ"], saved: [] })),
      });
      await saveAfterEdit();
      expect(
        await screen.findByText(
          'ช่อง "อำเภอ" ไม่ได้บันทึก เพราะไม่พบแถวของช่องนั้นในคอลัมน์ A ของชีต ข้อมูลรายงาน',
        ),
      ).toBeTruthy();
    });
  });

  it("will not save a Gregorian year, and says why", async () => {
    const services = renderSettings();
    fireEvent.change(await screen.findByLabelText("ปีงบประมาณ (พ.ศ.)"), {
      target: { value: "2024" },
    });
    expect(screen.getByText('"2024" เป็นปี ค.ศ. กรุณากรอกเป็นปี พ.ศ. (2567)')).toBeTruthy();
    expect(screen.getByRole("button", { name: "บันทึกลงชีต" }).getAttribute("aria-disabled")).toBe(
      "true",
    );
    fireEvent.click(screen.getByRole("button", { name: "บันทึกลงชีต" }));
    expect(services.saveSettings).not.toHaveBeenCalled();
    expect(screen.getByText(/ยังบันทึกไม่ได้: ช่อง "ปีงบประมาณ \(พ.ศ.\)" ต้องแก้ก่อน/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "ไปที่ช่องนั้น" }));
    expect(document.activeElement).toBe(screen.getByLabelText("ปีงบประมาณ (พ.ศ.)"));
  });

  it("says when a labelled row is missing from the sheet, and keeps that field read-only", async () => {
    renderSettings({
      readSettings: jest.fn(async () => ({ ...FORM, missing: ["memoTo"] as const })),
    });
    const field = await screen.findByLabelText("เรียน (ผู้รับบันทึกข้อความ)");
    expect((field as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/ไม่มีแถว "เรียน \(ผู้รับบันทึกข้อความ\)" ในชีต/)).toBeTruthy();
  });

  it("offers to create the sheet when there is none", async () => {
    renderSettings({ readSettings: jest.fn(async () => null) });
    expect(await screen.findByText(/ยังไม่มีชีต ข้อมูลรายงาน/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "สร้างชีตข้อมูลที่หน้าเริ่มต้น" })).toBeTruthy();
  });

  it("removes and reorders signatories", async () => {
    const two = {
      ...FORM,
      signatories: [...FORM.signatories, { role: "ทราบ", name: "นายสมมุติ รักษ์ถิ่น", position: "นายก" }],
    };
    renderSettings({ readSettings: jest.fn(async () => two) });
    fireEvent.click(await screen.findByRole("button", { name: "ขึ้น ผู้ลงนามคนที่ 2" }));
    expect((screen.getByLabelText("บทบาท (คนที่ 1)") as HTMLInputElement).value).toBe("ทราบ");
    fireEvent.click(screen.getByRole("button", { name: "ลบ ผู้ลงนามคนที่ 1" }));
    await waitFor(() =>
      expect((screen.getByLabelText("บทบาท (คนที่ 1)") as HTMLInputElement).value).toBe("ผู้รายงาน"),
    );
    expect(screen.queryByLabelText("บทบาท (คนที่ 2)")).toBeNull();
  });
  it("warns at the problems field when the progress report leaves its problems section out", async () => {
    const off = settingsForm(
      { ...FORM.values, problems: "งบประมาณไม่เพียงพอ", progressProblems: "ไม่มี" },
      { signatories: FORM.signatories },
    );
    renderSettings({ readSettings: jest.fn(async () => off) });
    await screen.findByLabelText("ปัญหาและอุปสรรค");
    expect(screen.getByText(/ข้อความนี้จึงไม่ถูกพิมพ์ในรายงานผลตามมาตรการ ลบออก หรือตั้งเป็น มี/)).toBeTruthy();
  });

  describe("the drafts under the empty report texts", () => {
    const DRAFTS = textDraftsOf(readOf("seed001"))!;
    const draftGroup = (label: string) =>
      screen.findByRole("group", { name: `ข้อความที่ร่างให้: ${label}` });

    it("puts the report texts in their own last group", async () => {
      renderSettings();
      await screen.findByLabelText("ชื่อหน่วยงาน");
      const groups = [...document.querySelectorAll("fieldset > legend")].map((l) => l.textContent);
      expect(groups.at(-2)).toBe("ข้อความในรายงาน (เว้นว่างไว้เพื่อใช้ข้อความที่ร่างให้)");
      expect(groups.at(-1)).toBe("ผู้ลงนาม"); // the signatories' own group follows the settings
      const texts = screen.getByRole("group", {
        name: "ข้อความในรายงาน (เว้นว่างไว้เพื่อใช้ข้อความที่ร่างให้)",
      });
      expect(within(texts).getByLabelText("ข้อเท็จจริง (บันทึกข้อความ)")).toBeTruthy();
      expect(within(texts).queryByLabelText("อ้างถึงบันทึกเดิม (บันทึกข้อความ)")).toBeNull();
    });

    it("shows what the report prints for an empty field, in the document's digits", async () => {
      const services = renderSettings();
      const subject = await draftGroup("เรื่อง (บันทึกข้อความ)");
      expect(subject.textContent).toContain(
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
      );
      const facts = await draftGroup("ข้อเท็จจริง (บันทึกข้อความ)");
      // One paragraph a line, as printed.
      expect([...facts.querySelectorAll("p")].map((p) => p.textContent)).toEqual(
        DRAFTS.memoFacts.split("\n"),
      );
      expect(services.validate).toHaveBeenCalled();
      expect(screen.queryByText(/ยังไม่มีปีงบประมาณ/)).toBeNull();
    });

    it("shows no draft for a filled field, nor for the memo's own data", async () => {
      const filled = settingsForm(
        { ...FORM.values, memoProposal: "จึงเรียนมาเพื่อโปรดทราบ" },
        { signatories: FORM.signatories },
      );
      renderSettings({ readSettings: jest.fn(async () => filled) });
      expect(await draftGroup("เรื่องเดิม (บันทึกข้อความ)")).toBeTruthy();
      expect(screen.queryByRole("group", { name: "ข้อความที่ร่างให้: ข้อเสนอ (บันทึกข้อความ)" })).toBeNull();
      expect(
        screen.queryByRole("group", { name: "ข้อความที่ร่างให้: อ้างถึงบันทึกเดิม (บันทึกข้อความ)" }),
      ).toBeNull();
      expect(screen.queryByRole("group", { name: "ข้อความที่ร่างให้: เว็บไซต์ที่เผยแพร่" })).toBeNull();
    });

    it("shows the OIT item the year's framework record names as the OIT field's draft (seed 002, FY 2563: O43)", async () => {
      renderSettings({ validate: jest.fn(async () => readOf("seed002")) });
      const item = await draftGroup("ข้อ OIT ที่ตอบ (บันทึกข้อความ)");
      expect([...item.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["O43"]);
      fireEvent.click(within(item).getByRole("button", { name: "เริ่มแก้จากร่างนี้" }));
      expect((screen.getByLabelText("ข้อ OIT ที่ตอบ (บันทึกข้อความ)") as HTMLInputElement).value).toBe(
        "O43",
      );
    });

    it("shows the product's title as the draft of a report's title, and the product's heading as a memo heading's", async () => {
      const titled = settingsForm(FORM.values, {
        signatories: FORM.signatories,
        values: { ...FORM.values, "title:plan": "", "title:year-end": "" },
      });
      renderSettings({ readSettings: jest.fn(async () => titled) });
      const year = await draftGroup("ชื่อเรื่อง [year-end] รายงานผลการดำเนินการประจำปี");
      expect(year.textContent).toContain(
        "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      );
      const heading = await draftGroup("หัวข้อข้อเสนอ (บันทึกข้อความ)");
      expect([...heading.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["ข้อเสนอ"]);
      fireEvent.click(within(year).getByRole("button", { name: "เริ่มแก้จากร่างนี้" }));
      expect(
        (screen.getByLabelText("ชื่อเรื่อง [year-end] รายงานผลการดำเนินการประจำปี") as HTMLInputElement)
          .value,
      ).toBe("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
    });

    it("shows no OIT draft for a fiscal year no framework record names an item for (seed 001, FY 2567)", async () => {
      renderSettings();
      await draftGroup("เรื่อง (บันทึกข้อความ)");
      expect(
        screen.queryByRole("group", { name: "ข้อความที่ร่างให้: ข้อ OIT ที่ตอบ (บันทึกข้อความ)" }),
      ).toBeNull();
    });

    it("starts the field from the draft: the text is copied in, the field focused, the draft gone", async () => {
      const services = renderSettings();
      const group = await draftGroup("เรื่องเดิม (บันทึกข้อความ)");
      const start = within(group).getByRole("button", { name: "เริ่มแก้จากร่างนี้" });
      expect(start.tabIndex).toBe(0); // reachable with the Tab key
      fireEvent.click(start);
      const field = screen.getByLabelText("เรื่องเดิม (บันทึกข้อความ)") as HTMLTextAreaElement;
      expect(field.value).toBe(DRAFTS.memoBackground);
      await waitFor(() => expect(document.activeElement).toBe(field));
      expect(
        screen.queryByRole("group", { name: "ข้อความที่ร่างให้: เรื่องเดิม (บันทึกข้อความ)" }),
      ).toBeNull();
      expect(screen.getByText(/ร่างด้านล่างมาจากข้อมูลที่บันทึกในชีตแล้ว/)).toBeTruthy();
      fireEvent.change(field, { target: { value: `${field.value} ความละเอียดแจ้งแล้วนั้น` } });
      fireEvent.click(screen.getByRole("button", { name: "บันทึกลงชีต" }));
      await screen.findByText("บันทึกลงชีตแล้ว");
      expect((services.saveSettings as jest.Mock).mock.calls[0][1].values.memoBackground).toBe(
        `${DRAFTS.memoBackground} ความละเอียดแจ้งแล้วนั้น`,
      );
    });

    it("reads the drafts again after a save", async () => {
      const services = renderSettings();
      fireEvent.change(await screen.findByLabelText("อำเภอ"), { target: { value: "ท่าใหม่" } });
      const reads = (services.validate as jest.Mock).mock.calls.length;
      fireEvent.click(screen.getByRole("button", { name: "บันทึกลงชีต" }));
      await screen.findByText("บันทึกลงชีตแล้ว");
      await waitFor(() =>
        expect((services.validate as jest.Mock).mock.calls.length).toBe(reads + 1),
      );
    });

    it("shows no draft that names the year while the fiscal year is empty, and says why", async () => {
      const read = readOf("seed001");
      renderSettings({
        validate: jest.fn(async () => ({ ...read, input: { ...read.input!, fiscalYearBE: 0 } })),
      });
      expect(await screen.findByText(/ยังไม่มีปีงบประมาณ: ข้อความที่อ้างถึงปี/)).toBeTruthy();
      expect(await draftGroup("หัวข้อข้อเสนอ (บันทึกข้อความ)")).toBeTruthy();
      expect(screen.queryByRole("group", { name: "ข้อความที่ร่างให้: เรื่อง (บันทึกข้อความ)" })).toBeNull();
      expect(document.body.textContent).not.toMatch(/พ\.ศ\. *[๐0](?![๐-๙0-9])/);
    });

    it("shows no drafts when the input cannot be read, and the form still works", async () => {
      renderSettings({
        validate: jest.fn(async () => {
          throw new Error("อ่านไม่ได้");
        }),
      });
      expect(await screen.findByLabelText("เรื่อง (บันทึกข้อความ)")).toBeTruthy();
      expect(screen.queryByRole("button", { name: "เริ่มแก้จากร่างนี้" })).toBeNull();
    });
  });

  describe("the instruments' texts of the year's frame (a framework sheet of four instruments)", () => {
    it("shows a field per instrument of the frame, CIT too though the sheet has no row yet, and warns at a text of an instrument it lacks", async () => {
      const input = reportInputWith({
        fiscalYearBE: 2571,
        scores: scoresOf({ 2570: FOUR_SCORES.slice(0, 10) }),
        texts: { ...EMPTY_TEXTS, instruments: { analysis: { XIT: "ผล XIT" }, plan: {} } },
      });
      renderWithProviders(
        <Harness />,
        servicesOfSheets([...buildInputSheets(input), buildFrameworkSheet(FOUR)]),
      );
      const cit = (await screen.findByLabelText("ผลแบบวัด CIT (วิเคราะห์ผล)")) as HTMLTextAreaElement;
      expect(cit.value).toBe("");
      expect(screen.getByLabelText("ข้อค้นพบแบบวัด CIT (แผนพัฒนา)")).toBeTruthy();
      const xit = screen.getByLabelText("ผลแบบวัด XIT (วิเคราะห์ผล)");
      expect(xit.closest(".fui-Field")?.textContent).toContain(
        "เกณฑ์ปี 2570 ไม่มีแบบวัด XIT (มีแบบวัด IIT EIT OIT CIT) ข้อความนี้จึงไม่ถูกพิมพ์ในรายงาน",
      );
    });

    it("warns at a finding for an indicator the frame lacks", async () => {
      const input = reportInputWith({
        fiscalYearBE: 2571,
        scores: scoresOf({ 2570: FOUR_SCORES.slice(0, 10) }),
        findings: new Map([[14, "ข้อค้นพบที่ไม่มีตัวชี้วัด"]]),
      });
      renderWithProviders(
        <Harness />,
        servicesOfSheets([...buildInputSheets(input), buildFrameworkSheet(FOUR)]),
      );
      const foreign = await screen.findByLabelText("ข้อค้นพบตัวชี้วัดที่ 14 (วิเคราะห์ผล)");
      expect(foreign.closest(".fui-Field")?.textContent).toContain(
        "เกณฑ์ปี 2570 ไม่มีตัวชี้วัดที่ 14 (มีตัวชี้วัดที่ 1–12) ข้อค้นพบนี้จึงไม่ถูกพิมพ์ในรายงาน",
      );
    });
  });
});
