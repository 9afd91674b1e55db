import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeServices, readOf, servicesOfSheets } from "../../../../tests/taskpane/fakeServices";
import { FOUR, FOUR_SCORES } from "../../../../tests/helpers/madeUpFrame";
import { buildFrameworkSheet } from "../../../domain/input/frameworkSheet";
import { buildInputSheets } from "../../../domain/input/inputSheets";
import { reportInputWith, scoresOf } from "../../../domain/testing/builders";
import { renderWithProviders } from "../../../../tests/taskpane/renderWithProviders";
import { CHANGE_DEBOUNCE_MS } from "../../hooks/useInputRead";
import { ScoresScreen } from "./ScoresScreen";
import { latestFramework } from "../../../domain/framework/frameworkSet";
import { nextYearDraft } from "../../../domain/input/frameworkSheet";

describe("ScoresScreen", () => {
  it("shows both years' computed overall, level and instruments beside every indicator's scores and change", async () => {
    renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />);
    const y2567 = await screen.findByRole("region", { name: "ผลคะแนนปี 2567" });
    expect(y2567.textContent).toContain("95.42");
    expect(y2567.textContent).toContain("ผ่านดี");
    expect(y2567.textContent).toContain("EIT 93.74");
    expect(
      screen.getByText("คะแนนรวมปี 2567 ลดลง 3.25 จากปี 2566 ระดับเปลี่ยนจาก ผ่านดีเยี่ยม เป็น ผ่านดี"),
    ).toBeTruthy();
    const table = screen.getByRole("table", { name: "กรอกคะแนนรายตัวชี้วัด" });
    expect((within(table).getByLabelText("ตัวชี้วัดที่ 8 ปี 2567") as HTMLInputElement).value).toBe(
      "81.72",
    );
    const row8 = within(table)
      .getAllByRole("row")
      .find((r) => r.textContent?.startsWith("8"))!;
    expect(row8.textContent).toContain("ลดลง 15.91");
    expect(row8.textContent).toContain("ต่ำกว่า 85");
  });

  it("writes a typed score into its cell when the field is left, then reads the sheet again", async () => {
    const services = fakeServices();
    renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />, services);
    const field = await screen.findByLabelText("ตัวชี้วัดที่ 8 ปี 2567");
    fireEvent.change(field, { target: { value: "๘๘.๑๐" } });
    fireEvent.blur(field);
    await waitFor(() =>
      expect(services.saveScores).toHaveBeenCalledWith([
        { cell: "E11", text: "๘๘.๑๐", kind: "score" },
      ]),
    );
    await waitFor(() => expect(services.validate).toHaveBeenCalledTimes(2));
  });

  it("keeps a value its parser refuses in the field, with the reason beside it, and writes nothing", async () => {
    const services = fakeServices();
    renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />, services);
    const field = await screen.findByLabelText("ตัวชี้วัดที่ 8 ปี 2567");
    fireEvent.change(field, { target: { value: "98,43" } });
    fireEvent.blur(field);
    expect(await screen.findByText(/"98,43" ใช้จุลภาค \(,\) เป็นจุดทศนิยม/)).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    await new Promise((r) => setTimeout(r, 400));
    expect(services.saveScores).not.toHaveBeenCalled();
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

  it("says which cells keep a year from being scored, beside the fields", async () => {
    const read = readOf("seed001");
    const issue = {
      code: "score-empty" as const,
      severity: "error" as const,
      message: 'ชีต "คะแนน ITA" เซลล์ E4: คะแนนตัวชี้วัดที่ 1 ปี 2567: ยังไม่ได้กรอกคะแนน',
      sheet: "คะแนน ITA",
      cell: "E4",
    };
    const input = {
      ...read.input!,
      scores: new Map(
        [...read.input!.scores].map(([y, s]) => [y, y === 2567 ? new Map([...s].slice(1)) : s]),
      ),
    };
    renderWithProviders(
      <ScoresScreen onNavigate={jest.fn()} />,
      fakeServices({ validate: jest.fn(async () => ({ input, issues: [issue] })) }),
    );
    expect(
      await screen.findByText(
        "ปี 2567 ยังคำนวณไม่ได้ เพราะคะแนนยังไม่ครบ 10 ตัวชี้วัดหรือมีช่องที่อ่านไม่ได้: เซลล์ E4 (ดูข้อความใต้ช่อง)",
      ),
    ).toBeTruthy();
    expect(screen.getByText("คะแนนตัวชี้วัดที่ 1 ปี 2567: ยังไม่ได้กรอกคะแนน")).toBeTruthy();
  });

  it("shows a field's message in a row of its own across the table, tied to the field, and a warning as a warning", async () => {
    const read = readOf("seed001");
    const error = {
      code: "score-empty" as const,
      severity: "error" as const,
      message: 'ชีต "คะแนน ITA" เซลล์ E4: คะแนนตัวชี้วัดที่ 1 ปี 2567: ยังไม่ได้กรอกคะแนน',
      sheet: "คะแนน ITA",
      cell: "E4",
    };
    const warning = {
      code: "indicator-without-measure" as const,
      severity: "warning" as const,
      message: 'ชีต "คะแนน ITA" เซลล์ E11: ตัวชี้วัดที่ 8 ได้ 81.72 คะแนน ต่ำกว่าเกณฑ์ แต่ยังไม่มีมาตรการ',
      sheet: "คะแนน ITA",
      cell: "E11",
    };
    const input = {
      ...read.input!,
      scores: new Map(
        [...read.input!.scores].map(([y, s]) => [y, y === 2567 ? new Map([...s].slice(1)) : s]),
      ),
    };
    renderWithProviders(
      <ScoresScreen onNavigate={jest.fn()} />,
      fakeServices({ validate: jest.fn(async () => ({ input, issues: [error, warning] })) }),
    );
    const message = await screen.findByText("คะแนนตัวชี้วัดที่ 1 ปี 2567: ยังไม่ได้กรอกคะแนน");
    // At 320 px a message in its field's 5.6em column was a ribbon of a word or two a line.
    expect((message.closest("td") as HTMLTableCellElement).colSpan).toBe(3);
    const first = screen.getByLabelText("ตัวชี้วัดที่ 1 ปี 2567");
    expect(first.getAttribute("aria-invalid")).toBe("true");
    expect(first.getAttribute("aria-describedby")?.split(" ")).toContain(message.id);
    const note = screen.getByText(/ยังไม่มีมาตรการ/);
    expect((note.closest("td") as HTMLTableCellElement).colSpan).toBe(3);
    const eighth = screen.getByLabelText("ตัวชี้วัดที่ 8 ปี 2567");
    expect(eighth.getAttribute("aria-invalid")).not.toBe("true");
    expect(eighth.getAttribute("aria-describedby")?.split(" ")).toContain(note.id);
  });

  it("names only the indicators' cells as what keeps a year from being scored, not a published total's", async () => {
    const read = readOf("seed001");
    const at = (cell: string, code: "score-empty" | "score-not-a-number") => ({
      code,
      severity: "error" as const,
      message: `ชีต "คะแนน ITA" เซลล์ ${cell}: ข้อความ`,
      sheet: "คะแนน ITA",
      cell,
    });
    const input = {
      ...read.input!,
      scores: new Map(
        [...read.input!.scores].map(([y, s]) => [y, y === 2567 ? new Map([...s].slice(1)) : s]),
      ),
    };
    renderWithProviders(
      <ScoresScreen onNavigate={jest.fn()} />,
      fakeServices({
        validate: jest.fn(async () => ({
          input,
          issues: [at("E16", "score-not-a-number"), at("E4", "score-empty")],
        })),
      }),
    );
    expect(
      await screen.findByText(
        "ปี 2567 ยังคำนวณไม่ได้ เพราะคะแนนยังไม่ครบ 10 ตัวชี้วัดหรือมีช่องที่อ่านไม่ได้: เซลล์ E4 (ดูข้อความใต้ช่อง)",
      ),
    ).toBeTruthy();
  });

  it("on a new, empty Scores sheet shows no error under a field: what a report still needs is no fault of a cell", async () => {
    const sheets = servicesOfSheets(buildInputSheets(reportInputWith({ fiscalYearBE: 2570 })));
    const read = await sheets.validate();
    // What the standalone page's read says of a new workbook, at the latest year's cell.
    const needs = {
      code: "report-needs-scores" as const,
      severity: "error" as const,
      message:
        'ชีต "คะแนน ITA" เซลล์ E2: สร้างชีต "เปรียบเทียบคะแนน ITA" ไม่ได้ เพราะยังไม่มีคะแนน ITA ที่รายงานนี้ต้องใช้: ยังไม่มีคะแนน',
      sheet: "คะแนน ITA",
      cell: "E2",
    };
    renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />, {
      ...sheets,
      validate: jest.fn(async () => ({ ...read, issues: [...read.issues, needs] })),
    });
    const table = await screen.findByRole("table", { name: "กรอกคะแนนรายตัวชี้วัด" });
    expect(
      screen.getByText("ยังไม่มีปีที่กรอกคะแนนครบ 10 ตัวชี้วัด กรอกปี พ.ศ. และคะแนนในตารางด้านล่าง"),
    ).toBeTruthy();
    expect(
      within(table).getByLabelText("ปีที่ประเมินล่าสุด (พ.ศ.)").getAttribute("aria-invalid"),
    ).not.toBe("true");
    expect(within(table).queryByText(/สร้างชีต/)).toBeNull();
  });

  it("shows a failed read as a Thai message", async () => {
    renderWithProviders(
      <ScoresScreen onNavigate={jest.fn()} />,
      fakeServices({ validate: jest.fn(async () => Promise.reject(new Error("boom"))) }),
    );
    expect(await screen.findByText(/เกิดข้อผิดพลาดที่ไม่คาดคิด .*\(รายละเอียด: boom\)/)).toBeTruthy();
  });

  describe("the frame the years are scored by", () => {
    const next = latestFramework().fiscalYearBE + 1;

    it("adds the framework sheet for the year after the latest known frame, says what to do, and reads the sheets again", async () => {
      const services = fakeServices();
      renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />, services);
      const panel = await screen.findByRole("region", { name: "เกณฑ์การประเมิน" });
      expect(panel.textContent).toContain(`โปรแกรมรู้เกณฑ์ถึงปี ${next - 1}`);
      fireEvent.click(within(panel).getByRole("button", { name: `เพิ่มชีต เกณฑ์ ITA ปี ${next}` }));
      expect(await within(panel).findByText("เพิ่มชีต เกณฑ์ ITA แล้ว")).toBeTruthy();
      expect(services.createFrameworkSheet).toHaveBeenCalledTimes(1);
      await waitFor(() => expect(services.validate).toHaveBeenCalledTimes(2));
    });

    it("says which years the sheet's frame scores, and offers no second sheet", async () => {
      const read = readOf("seed001");
      const services = fakeServices({
        validate: jest.fn(async () => ({
          ...read,
          input: { ...read.input!, frameworks: [nextYearDraft(latestFramework())] },
        })),
      });
      renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />, services);
      const panel = await screen.findByRole("region", { name: "เกณฑ์การประเมิน" });
      expect(panel.textContent).toContain(`ปี ${next} คิดคะแนนตามเกณฑ์ในชีต เกณฑ์ ITA ที่ผู้จัดทำกำหนด`);
      expect(within(panel).queryByRole("button")).toBeNull();
    });

    it("says the sheet is not used while it has errors, with the way to them", async () => {
      const onNavigate = jest.fn();
      const issue = {
        code: "framework-value-invalid" as const,
        severity: "error" as const,
        message: "x",
        sheet: "เกณฑ์ ITA",
        cell: "B5",
      };
      renderWithProviders(
        <ScoresScreen onNavigate={onNavigate} />,
        fakeServices({ validate: jest.fn(async () => readOf("seed001", [issue])) }),
      );
      const panel = await screen.findByRole("region", { name: "เกณฑ์การประเมิน" });
      expect(panel.textContent).toContain("ชีต เกณฑ์ ITA มีปัญหา 1 รายการ จึงยังไม่ได้ใช้เกณฑ์ในชีตนั้น");
      fireEvent.click(within(panel).getByText("ดูที่หน้าตรวจข้อมูล"));
      expect(onNavigate).toHaveBeenCalledWith("check");
    });
  });

  describe("a year whose frame the workbook's framework sheet gives (twelve indicators in four instruments)", () => {
    const sheetsOf = (layout: "sheet frame" | "built-in") => [
      ...buildInputSheets(
        reportInputWith({
          fiscalYearBE: 2571,
          ...(layout === "sheet frame" ? { frameworks: [FOUR] } : {}),
          scores: scoresOf({ 2570: FOUR_SCORES.slice(0, layout === "sheet frame" ? 12 : 10) }),
        }),
      ),
      buildFrameworkSheet(FOUR),
    ];

    it("shows the frame's indicators with their names, the fourth instrument's result and its published total", async () => {
      renderWithProviders(
        <ScoresScreen onNavigate={jest.fn()} />,
        servicesOfSheets(sheetsOf("sheet frame")),
      );
      const year = await screen.findByRole("region", { name: "ผลคะแนนปี 2570" });
      expect(year.textContent).toContain("CIT 71.00");
      const table = screen.getByRole("table", { name: "กรอกคะแนนรายตัวชี้วัด" });
      expect((within(table).getByLabelText("ตัวชี้วัดที่ 12 ปี 2570") as HTMLInputElement).value).toBe(
        "72",
      );
      const row12 = within(table)
        .getAllByRole("row")
        .find((r) => r.textContent?.startsWith("12"))!;
      expect(row12.textContent).toContain("การรับฟังความคิดเห็น");
      expect(within(table).getByLabelText("CIT ที่ประกาศ ปี 2570")).toBeTruthy();
      expect(screen.queryByText(/ยังไม่มีแถว/)).toBeNull();
    });

    it("names the frame's indicators and totals that the Scores sheet has no row for, and adds their rows on request", async () => {
      const services = servicesOfSheets(sheetsOf("built-in"), {
        addScoreRows: jest.fn(async () => ({ indicators: [11, 12], official: ["CIT"] })),
      });
      renderWithProviders(<ScoresScreen onNavigate={jest.fn()} />, services);
      expect(
        await screen.findByText(
          "เกณฑ์ปี 2570 มีตัวชี้วัดที่ 11–12 และคะแนนที่ประกาศ CIT แต่ชีต คะแนน ITA ยังไม่มีแถว จึงยังกรอกที่นี่ไม่ได้",
        ),
      ).toBeTruthy();
      const table = screen.getByRole("table", { name: "กรอกคะแนนรายตัวชี้วัด" });
      expect(within(table).queryByLabelText("ตัวชี้วัดที่ 11 ปี 2570")).toBeNull();
      const reads = (services.validate as jest.Mock).mock.calls.length;
      fireEvent.click(screen.getByRole("button", { name: "เพิ่มแถวในชีต คะแนน ITA" }));
      expect(
        await screen.findByText("เพิ่มแถวตัวชี้วัดที่ 11–12 และคะแนนที่ประกาศ CIT ลงชีต คะแนน ITA แล้ว"),
      ).toBeTruthy();
      expect(services.addScoreRows).toHaveBeenCalledTimes(1);
      await waitFor(() =>
        expect((services.validate as jest.Mock).mock.calls.length).toBe(reads + 1),
      );
    });
  });
});
