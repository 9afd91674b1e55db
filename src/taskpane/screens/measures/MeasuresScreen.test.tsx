import { BLANK_MEASURE } from "../../../domain/model/measure";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  fakeFile,
  fakeServices,
  readOf,
  servicesOfSheets,
} from "../../../../tests/taskpane/fakeServices";
import { FOUR, FOUR_SCORES } from "../../../../tests/helpers/madeUpFrame";
import type { IndicatorNumber } from "../../../domain/framework/indicators";
import { buildFrameworkSheet } from "../../../domain/input/frameworkSheet";
import { buildInputSheets } from "../../../domain/input/inputSheets";
import { measureWith, reportInputWith, scoresOf } from "../../../domain/testing/builders";
import { renderWithProviders } from "../../../../tests/taskpane/renderWithProviders";
import { MEASURE_TEMPLATES } from "../../../domain/catalogue/templates";
import { MeasuresScreen } from "./MeasuresScreen";
import { FieldTargetContext } from "../fieldTarget";
import type { ReadResult } from "../../../domain/input/readInputWorkbook";

const catalogue = async () => {
  fireEvent.click(await screen.findByRole("button", { name: "เลือกจากคลังมาตรการ" }));
  // The view is a chunk of its own, loaded on demand.
  await screen.findByLabelText("ค้นหามาตรการ");
};

describe("MeasuresScreen: the measures on the sheet", () => {
  it("offers the indicators of the frame the input uses: a framework sheet's twelve, with their names", async () => {
    const input = reportInputWith({
      fiscalYearBE: 2571,
      frameworks: [FOUR],
      scores: scoresOf({ 2570: FOUR_SCORES }),
      measures: [measureWith({ indicator: 12 as IndicatorNumber, title: "เปิดเวทีรับฟังความคิดเห็น" })],
    });
    renderWithProviders(
      <MeasuresScreen onNavigate={jest.fn()} />,
      servicesOfSheets([...buildInputSheets(input), buildFrameworkSheet(FOUR)]),
    );
    fireEvent.click(await screen.findByRole("button", { name: "แก้ไข มาตรการที่ 1" }));
    const select = within(screen.getByRole("group", { name: "แก้ไขมาตรการที่ 1" })).getByLabelText(
      /^ตัวชี้วัดที่/,
    ) as HTMLSelectElement;
    expect(select.value).toBe("12");
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toHaveLength(13);
    expect(options.slice(-2)).toEqual(["11 การมีส่วนร่วมของประชาชน", "12 การรับฟังความคิดเห็น"]);
    fireEvent.click(screen.getByRole("button", { name: "เพิ่มมาตรการใหม่" }));
    const added = within(screen.getByRole("group", { name: "แก้ไขมาตรการใหม่" })).getByLabelText(
      /^ตัวชี้วัดที่/,
    ) as HTMLSelectElement;
    expect(added.options).toHaveLength(13);
  });

  it("lists every measure of the sheet as a card, in sheet order, with its status", async () => {
    renderWithProviders(<MeasuresScreen onNavigate={jest.fn()} />);
    const list = await screen.findByRole("list", { name: "มาตรการในชีต มาตรการ" });
    const read = readOf("seed001").input!;
    expect(within(list).getAllByRole("listitem")).toHaveLength(read.measures.length);
    expect(
      screen.getByRole("button", { name: `มาตรการในชีต (${read.measures.length})` }),
    ).toBeTruthy();
  });

  it("heads a card with its place and title, and a title with the user's own number as typed, not numbered twice", async () => {
    const input = reportInputWith({
      measures: [
        measureWith({ title: "1. ปรับปรุงขั้นตอน" }),
        measureWith({ title: "ประชุมชี้แจง" }),
        measureWith({ title: "(๓) เผยแพร่ข่าว" }),
      ],
    });
    renderWithProviders(
      <MeasuresScreen onNavigate={jest.fn()} />,
      servicesOfSheets(buildInputSheets(input)),
    );
    const list = await screen.findByRole("list", { name: "มาตรการในชีต มาตรการ" });
    const headings = within(list)
      .getAllByRole("listitem")
      .map((card) => card.querySelector(".fui-Text")?.textContent);
    expect(headings).toEqual(["1. ปรับปรุงขั้นตอน", "2. ประชุมชี้แจง", "(๓) เผยแพร่ข่าว"]);
  });

  it("edits every column of a measure, with status as a choice, and writes the changed fields", async () => {
    const services = fakeServices();
    renderWithProviders(<MeasuresScreen onNavigate={jest.fn()} />, services);
    fireEvent.click(await screen.findByRole("button", { name: "แก้ไข มาตรการที่ 1" }));
    const form = screen.getByRole("group", { name: "แก้ไขมาตรการที่ 1" });
    for (const label of [
      "ตัวชี้วัดที่",
      "มาตรการ/แนวทาง",
      "วิธีการดำเนินการ",
      "ผู้รับผิดชอบ",
      "ระยะเวลาดำเนินการ",
      "ผลการดำเนินการ",
      "สถานะ",
      "ผลลัพธ์/ตัวชี้วัดความสำเร็จ",
      "ข้อเสนอแนะ",
      "ลิงก์หลักฐาน",
    ])
      expect(within(form).getByLabelText(new RegExp(`^${label.replace("/", "\\/")}`))).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^สถานะ/), {
      target: { value: "อยู่ระหว่างดำเนินการ" },
    });
    fireEvent.change(within(form).getByLabelText(/^ผลการดำเนินการ/), {
      target: { value: "จัดแล้ว 1 ครั้ง" },
    });
    fireEvent.click(screen.getByRole("button", { name: "บันทึกลงชีต มาตรการที่ 1" }));
    await waitFor(() => expect(services.saveMeasure).toHaveBeenCalled());
    const [before, after] = (services.saveMeasure as jest.Mock).mock.calls[0];
    expect(before.row).toBe(3);
    expect(after).toMatchObject({ status: "อยู่ระหว่างดำเนินการ", result: "จัดแล้ว 1 ครั้ง" });
  });

  it.each<[string, boolean, string]>([
    [
      "in Excel, with the cells of the sheet",
      false,
      'บันทึกช่อง "ผลการดำเนินการ", "สถานะ" แล้ว (เซลล์ F3, G3 ในชีต มาตรการ)',
    ],
    ["on the standalone page, without cells", true, 'บันทึกช่อง "ผลการดำเนินการ", "สถานะ" แล้ว'],
  ])("names the fields saved %s", async (_where, standalone, text) => {
    const saved = [
      { label: "ผลการดำเนินการ", cells: ["F3"] },
      { label: "สถานะ", cells: ["G3"] },
    ];
    const services = fakeServices({
      saveMeasure: jest.fn(async () => saved),
      ...(standalone ? { file: fakeFile({}, "ข้อมูล.xlsx") } : {}),
    });
    renderWithProviders(<MeasuresScreen onNavigate={jest.fn()} />, services);
    fireEvent.click(await screen.findByRole("button", { name: "แก้ไข มาตรการที่ 1" }));
    const form = screen.getByRole("group", { name: "แก้ไขมาตรการที่ 1" });
    fireEvent.change(within(form).getByLabelText(/^ผลการดำเนินการ/), {
      target: { value: "จัดแล้ว 1 ครั้ง" },
    });
    fireEvent.click(screen.getByRole("button", { name: "บันทึกลงชีต มาตรการที่ 1" }));
    expect(await screen.findByText("บันทึกมาตรการที่ 1 แล้ว")).toBeTruthy();
    expect(screen.getByText(text)).toBeTruthy();
    if (standalone) expect(screen.queryByText(/เซลล์/)).toBeNull();
  });

  it("moves and deletes a measure, asking before it deletes", async () => {
    const services = fakeServices();
    renderWithProviders(<MeasuresScreen onNavigate={jest.fn()} />, services);
    fireEvent.click(await screen.findByRole("button", { name: "ลง มาตรการที่ 1" }));
    await waitFor(() =>
      expect(services.moveMeasure).toHaveBeenCalledWith(expect.objectContaining({ row: 3 }), 1),
    );
    fireEvent.click(screen.getByRole("button", { name: "ลบ มาตรการที่ 2" }));
    expect(services.deleteMeasure).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "ลบแถวนี้" }));
    await waitFor(() =>
      expect(services.deleteMeasure).toHaveBeenCalledWith(expect.objectContaining({ row: 4 })),
    );
  });

  it("adds a new measure below the last one", async () => {
    const services = fakeServices();
    renderWithProviders(<MeasuresScreen onNavigate={jest.fn()} />, services);
    fireEvent.click(await screen.findByRole("button", { name: "เพิ่มมาตรการใหม่" }));
    const form = screen.getByRole("group", { name: "แก้ไขมาตรการใหม่" });
    expect(document.activeElement).toBe(within(form).getByLabelText(/^ตัวชี้วัดที่/));
    fireEvent.change(within(form).getByLabelText(/^ตัวชี้วัดที่/), { target: { value: "3" } });
    fireEvent.change(within(form).getByLabelText(/^มาตรการ\/แนวทาง/), {
      target: { value: "ประชุมชี้แจงการใช้ทรัพย์สินของราชการ" },
    });
    fireEvent.click(screen.getByRole("button", { name: "เพิ่มลงชีต" }));
    expect(await screen.findByText("เพิ่มมาตรการลงชีต มาตรการ แล้ว")).toBeTruthy();
    expect(services.addMeasure).toHaveBeenCalledWith(
      expect.objectContaining({ indicator: 3, title: "ประชุมชี้แจงการใช้ทรัพย์สินของราชการ", status: "" }),
    );
  });
});

describe("MeasuresScreen: a long list, a page at a time", () => {
  /** Seed 001 with its measures repeated to `count`, in rows 3, 4, … of the sheet, each with its own title. */
  const readOfMany = (count: number): ReadResult => {
    const read = readOf("seed001");
    const base = read.input!.measures;
    const measures = Array.from({ length: count }, (_, i) => {
      const m = base[i % base.length]!;
      return {
        ...m,
        title: `${m.title} ชุดที่ ${i + 1}`,
        origin: {
          ...(m.origin as {
            kind: "sheet";
            sheet: string;
            row: number;
            columns: Record<string, number>;
          }),
          row: 3 + i,
        },
      };
    });
    return { ...read, input: { ...read.input!, measures } };
  };
  const cards = () =>
    within(screen.getByRole("list", { name: "มาตรการในชีต มาตรการ" })).getAllByRole("listitem");
  const pager = () => screen.getByRole("navigation", { name: "หน้าของรายการมาตรการ" });

  it("shows 50 cards a page, says which, and turns the page with buttons or the page choice", async () => {
    renderWithProviders(
      <MeasuresScreen onNavigate={jest.fn()} />,
      fakeServices({ validate: jest.fn(async () => readOfMany(120)) }),
    );
    expect(await screen.findByRole("status")).toBeTruthy();
    expect(cards()).toHaveLength(50);
    expect(within(pager()).getByRole("status").textContent).toBe(
      "มาตรการที่ 1–50 จาก 120 (หน้า 1 จาก 3)",
    );
    expect(
      within(pager()).getByRole("button", { name: "หน้าก่อน" }).getAttribute("aria-disabled"),
    ).toBe("true");
    fireEvent.click(within(pager()).getByRole("button", { name: "หน้าถัดไป" }));
    expect(cards()[0]!.getAttribute("aria-label")).toMatch(/^มาตรการที่ 51: .*ชุดที่ 51$/);
    expect(within(pager()).getByRole("status").textContent).toBe(
      "มาตรการที่ 51–100 จาก 120 (หน้า 2 จาก 3)",
    );
    fireEvent.change(within(pager()).getByLabelText("ไปที่หน้า"), { target: { value: "2" } });
    expect(cards()).toHaveLength(20);
    expect(
      within(pager()).getByRole("button", { name: "หน้าถัดไป" }).getAttribute("aria-disabled"),
    ).toBe("true");
    // The pager below the list takes the reader back to the top of the new page.
    const below = screen.getByRole("navigation", { name: "หน้าของรายการมาตรการ (ท้ายรายการ)" });
    fireEvent.click(within(below).getByRole("button", { name: "หน้าก่อน" }));
    await waitFor(() => expect(document.activeElement).toBe(within(pager()).getByRole("status")));
    expect(cards()[0]!.getAttribute("aria-label")).toMatch(/^มาตรการที่ 51: /);
  });

  it("keeps the page while a card on it holds unsaved edits, and says why", async () => {
    renderWithProviders(
      <MeasuresScreen onNavigate={jest.fn()} />,
      fakeServices({ validate: jest.fn(async () => readOfMany(60)) }),
    );
    fireEvent.click(await screen.findByRole("button", { name: "แก้ไข มาตรการที่ 2" }));
    fireEvent.change(
      within(screen.getByRole("group", { name: "แก้ไขมาตรการที่ 2" })).getByLabelText(
        /^ผลการดำเนินการ/,
      ),
      { target: { value: "จัดแล้ว" } },
    );
    const next = within(pager()).getByRole("button", { name: "หน้าถัดไป" });
    await waitFor(() => expect(next.getAttribute("aria-disabled")).toBe("true"));
    expect(within(pager()).getByText("บันทึกหรือยกเลิกการแก้ไขมาตรการในหน้านี้ก่อนเปลี่ยนหน้า")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "ยกเลิกการแก้ไข" }));
    await waitFor(() => expect(next.getAttribute("aria-disabled")).toBeNull());
  });

  it("shows the page of a measure asked for from the check screen, with its field", async () => {
    const done = jest.fn();
    renderWithProviders(
      <FieldTargetContext.Provider value={{ target: { sheet: "มาตรการ", cell: "G112" }, done }}>
        <MeasuresScreen onNavigate={jest.fn()} />
      </FieldTargetContext.Provider>,
      fakeServices({ validate: jest.fn(async () => readOfMany(120)) }),
    );
    // Row 112 is measure 110, on page 3.
    expect(await screen.findByRole("group", { name: "แก้ไขมาตรการที่ 110" })).toBeTruthy();
    expect(within(pager()).getByRole("status").textContent).toBe(
      "มาตรการที่ 101–120 จาก 120 (หน้า 3 จาก 3)",
    );
    await waitFor(() => expect(done).toHaveBeenCalled());
  });

  it("has no pager for a list that fits one page", async () => {
    renderWithProviders(
      <MeasuresScreen onNavigate={jest.fn()} />,
      fakeServices({ validate: jest.fn(async () => readOfMany(50)) }),
    );
    await screen.findByRole("list", { name: "มาตรการในชีต มาตรการ" });
    expect(cards()).toHaveLength(50);
    expect(screen.queryByRole("navigation")).toBeNull();
  });
});

describe("MeasuresScreen: the catalogue", () => {
  it("suggests templates for each indicator the plan lists as a weakness (below the strength threshold 90) in the latest year, with its bar", async () => {
    renderWithProviders(<MeasuresScreen onNavigate={jest.fn()} />);
    await catalogue();
    expect(screen.getByRole("heading", { name: "แนะนำสำหรับตัวชี้วัดที่ต่ำกว่าเกณฑ์จุดแข็ง 90" })).toBeTruthy();
    expect(
      await screen.findByText("ปี 2567 มี 2 ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์จุดแข็ง 90 มาตรการที่แนะนำ:"),
    ).toBeTruthy();
    const list8 = screen.getByRole("list", {
      name: "มาตรการแนะนำสำหรับตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (81.72 คะแนน ต่ำกว่าเกณฑ์ 85)",
    });
    expect(within(list8).getAllByRole("checkbox")).toHaveLength(
      MEASURE_TEMPLATES.filter((t) => t.indicator === 8).length,
    );
    const list9 = screen.getByRole("list", {
      name: "มาตรการแนะนำสำหรับตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (87.14 คะแนน ต่ำกว่าเกณฑ์จุดแข็ง 90)",
    });
    expect(within(list9).getAllByRole("checkbox")).toHaveLength(
      MEASURE_TEMPLATES.filter((t) => t.indicator === 9).length,
    );
  });

  it("is compact until filtered by indicator or searched in Thai", async () => {
    renderWithProviders(<MeasuresScreen onNavigate={jest.fn()} />);
    await catalogue();
    const groups = screen.getByRole("list", { name: "มาตรการในคลังตามตัวชี้วัด" });
    expect(groups.querySelectorAll("details")).toHaveLength(10);
    expect(groups.querySelectorAll("details[open]")).toHaveLength(0);
    fireEvent.change(screen.getByLabelText("ตัวชี้วัด"), { target: { value: "2" } });
    const flat = screen.getByRole("list", { name: "มาตรการในคลัง" });
    expect(within(flat).getAllByRole("checkbox")).toHaveLength(
      MEASURE_TEMPLATES.filter((t) => t.indicator === 2).length,
    );
    fireEvent.change(screen.getByLabelText("ค้นหามาตรการ"), { target: { value: "จัดซื้อ รายเดือน" } });
    expect(screen.getByText("พบ 1 มาตรการ")).toBeTruthy();
  });

  it("adds the chosen templates as Measures rows: title, methods, unit, period, success indicator as outcome, no status", async () => {
    const services = fakeServices();
    renderWithProviders(<MeasuresScreen onNavigate={jest.fn()} />, services);
    await catalogue();
    fireEvent.change(screen.getByLabelText("ค้นหามาตรการ"), { target: { value: "จัดซื้อ รายเดือน" } });
    const m07 = MEASURE_TEMPLATES.find((t) => t.id === "M07")!;
    fireEvent.click(
      within(screen.getByRole("list", { name: "มาตรการในคลัง" })).getByRole("checkbox", {
        name: m07.title,
      }),
    );
    fireEvent.click(screen.getByRole("button", { name: "เพิ่ม 1 มาตรการลงชีต" }));
    expect(await screen.findByText("เพิ่ม 1 มาตรการลงชีต มาตรการ แล้ว")).toBeTruthy();
    expect(services.appendMeasures).toHaveBeenCalledWith([
      {
        ...BLANK_MEASURE,
        indicator: m07.indicator,
        title: m07.title,
        methods: m07.methods,
        unit: m07.unit,
        period: m07.period,
        result: "",
        status: "",
        outcome: m07.successIndicator,
        suggestions: "",
        evidenceUrl: "",
      },
    ]);
  });

  it("will not add a template already on the sheet twice", async () => {
    const read = readOf("seed001");
    const m01 = MEASURE_TEMPLATES.find((t) => t.id === "M01")!;
    const first = read.input!.measures[0]!;
    const input = {
      ...read.input!,
      measures: [{ ...first, title: m01.title }, ...read.input!.measures.slice(1)],
    };
    renderWithProviders(
      <MeasuresScreen onNavigate={jest.fn()} />,
      fakeServices({ validate: jest.fn(async () => ({ ...read, input })) }),
    );
    await catalogue();
    fireEvent.change(screen.getByLabelText("ค้นหามาตรการ"), { target: { value: m01.title } });
    const box = within(screen.getByRole("list", { name: "มาตรการในคลัง" })).getByRole("checkbox", {
      name: `${m01.title} (มีในชีตแล้ว)`,
    });
    expect((box as HTMLInputElement).disabled).toBe(true);
  });
});
