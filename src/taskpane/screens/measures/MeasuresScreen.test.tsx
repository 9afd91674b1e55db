import { BLANK_MEASURE } from "../../../domain/model/measure";
import { fireEvent, screen, within } from "@testing-library/react";
import { fakeServices, readOf } from "../../../../tests/taskpane/fakeServices";
import { renderWithProviders } from "../../../../tests/taskpane/renderWithProviders";
import { MEASURE_TEMPLATES } from "../../../domain/catalogue/templates";
import { MeasuresScreen } from "./MeasuresScreen";

describe("MeasuresScreen", () => {
  it("suggests templates for each indicator below 85 in the latest year", async () => {
    renderWithProviders(<MeasuresScreen />);
    expect(await screen.findByText("ปี 2567 มี 1 ตัวชี้วัดที่ได้ต่ำกว่า 85 คะแนน มาตรการที่แนะนำ:")).toBeTruthy();
    const list = screen.getByRole("list", { name: "มาตรการแนะนำสำหรับตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (81.72 คะแนน)" });
    const for8 = MEASURE_TEMPLATES.filter((t) => t.indicator === 8).map((t) => t.title);
    expect(within(list).getAllByRole("checkbox").map((c) => c.closest("li")!.querySelector("label")!.textContent)).toEqual(for8);
  });

  it("filters the catalogue by indicator and by a Thai search", async () => {
    renderWithProviders(<MeasuresScreen />);
    const catalogue = screen.getByRole("list", { name: "มาตรการในคลัง" });
    expect(within(catalogue).getAllByRole("checkbox")).toHaveLength(MEASURE_TEMPLATES.length);
    fireEvent.change(screen.getByLabelText("ตัวชี้วัด"), { target: { value: "2" } });
    expect(within(catalogue).getAllByRole("checkbox")).toHaveLength(MEASURE_TEMPLATES.filter((t) => t.indicator === 2).length);
    fireEvent.change(screen.getByLabelText("ค้นหามาตรการ"), { target: { value: "จัดซื้อ รายเดือน" } });
    expect(screen.getByText("พบ 1 มาตรการ")).toBeTruthy();
    await screen.findByText(/มาตรการที่แนะนำ/);
  });

  it("adds the chosen templates as Measures rows: title, methods, unit, period, success indicator as outcome, no status", async () => {
    const services = fakeServices();
    renderWithProviders(<MeasuresScreen />, services);
    await screen.findByText(/มาตรการที่แนะนำ/);
    fireEvent.change(screen.getByLabelText("ค้นหามาตรการ"), { target: { value: "จัดซื้อ รายเดือน" } });
    const m07 = MEASURE_TEMPLATES.find((t) => t.id === "M07")!;
    fireEvent.click(within(screen.getByRole("list", { name: "มาตรการในคลัง" })).getByRole("checkbox", { name: m07.title }));
    fireEvent.click(screen.getByRole("button", { name: "เพิ่ม 1 มาตรการลงชีต" }));
    expect(await screen.findByText("เพิ่ม 1 มาตรการลงชีต มาตรการ แล้ว")).toBeTruthy();
    expect(screen.getByText(/แถว 13 กรุณาเลือกสถานะ/)).toBeTruthy();
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
    expect((screen.getByRole("button", { name: "เพิ่ม 0 มาตรการลงชีต" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("marks templates already on the sheet and shows details on request", async () => {
    renderWithProviders(<MeasuresScreen />);
    await screen.findByText(/มาตรการที่แนะนำ/);
    const m01 = MEASURE_TEMPLATES.find((t) => t.id === "M01")!;
    const item = within(screen.getByRole("list", { name: "มาตรการในคลัง" })).getByRole("checkbox", { name: m01.title }).closest("li")!;
    const more = within(item).getByRole("button", { name: "รายละเอียด" });
    expect(more.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(more);
    expect(within(item).getByText(m01.successIndicator)).toBeTruthy();
  });
});

describe("MeasuresScreen with scores that could not all be read", () => {
  it("does not claim every indicator passed when some have no score", async () => {
    const read = readOf("seed001");
    const scores = new Map([...read.input!.scores].map(([y, s]) => [y, new Map([...s].filter(([n]) => n !== 8))]));
    renderWithProviders(<MeasuresScreen />, fakeServices({ validate: jest.fn(async () => ({ ...read, input: { ...read.input!, scores } })) }));
    expect(await screen.findByText("ปี 2567 ยังไม่มีคะแนนที่อ่านได้ 1 ตัวชี้วัด จึงยังแนะนำสำหรับตัวชี้วัดนั้นไม่ได้")).toBeTruthy();
    expect(screen.getByText(/ตัวชี้วัดที่มีคะแนนได้ 85 คะแนนขึ้นไปทุกตัว/)).toBeTruthy();
  });
});
