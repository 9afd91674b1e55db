import { a4Print, memoPrint } from "../reports/reportStyle";
import { pageStamps, withoutHeaderFooter } from "./pageStamps";
import type { PrintRequest, PrintSetup, SheetSpec } from "./sheetSpec";

const setup = (request: PrintRequest): PrintSetup => ({ ...request, scale: 100, pageBreaks: [] });

describe("pageStamps", () => {
  it.each([
    ["thai", 1, 3, "หน้า ๑ จาก ๓"],
    ["thai", 12, 12, "หน้า ๑๒ จาก ๑๒"],
    ["arabic", 2, 3, "หน้า 2 จาก 3"],
  ] as const)(
    "numbers a table at the bottom centre in %s digits (page %i of %i)",
    (digits, page, pages, text) => {
      expect(pageStamps(setup(a4Print("landscape", digits)), "แผน", page, pages)).toEqual([
        { band: "footer", section: "center", text },
      ]);
    },
  );

  it("leaves the memo's first page bare and puts - ๒ - at the top centre of the second", () => {
    const memo = setup(memoPrint("thai"));
    expect(pageStamps(memo, "บันทึกข้อความ", 1, 2)).toEqual([]);
    expect(pageStamps(memo, "บันทึกข้อความ", 2, 2)).toEqual([
      { band: "header", section: "center", text: "- ๒ -" },
    ]);
    expect(pageStamps(setup(memoPrint("arabic")), "บันทึกข้อความ", 3, 3)).toEqual([
      { band: "header", section: "center", text: "- 3 -" },
    ]);
  });

  it("leaves a front-matter first page (the analysis' foreword) out of the count: the body reads from 1", () => {
    const analysis: PrintSetup = {
      ...setup(a4Print("portrait", "thai")),
      bareFirstPage: true,
      frontMatterPages: 1,
    };
    expect([1, 2, 3].map((p) => pageStamps(analysis, "วิเคราะห์", p, 3).map((s) => s.text))).toEqual([
      [],
      ["หน้า ๑ จาก ๒"],
      ["หน้า ๒ จาก ๒"],
    ]);
    // Without a bare first page the count takes nothing away.
    expect(pageStamps({ ...analysis, bareFirstPage: false }, "วิเคราะห์", 1, 3)).toEqual([
      { band: "footer", section: "center", text: "หน้า ๑ จาก ๓" },
    ]);
  });

  it("leaves every page of a longer foreword unnumbered and uncounted: the body still reads from 1", () => {
    const analysis: PrintSetup = {
      ...setup(a4Print("portrait", "thai")),
      bareFirstPage: true,
      frontMatterPages: 2,
    };
    expect(
      [1, 2, 3, 4, 5].map((p) => pageStamps(analysis, "วิเคราะห์", p, 5).map((s) => s.text)),
    ).toEqual([[], [], ["หน้า ๑ จาก ๓"], ["หน้า ๒ จาก ๓"], ["หน้า ๓ จาก ๓"]]);
  });

  it("fills every section, the sheet's name included, and Arabic digits when no style is given", () => {
    const print: PrintSetup = {
      ...setup(a4Print("portrait", "arabic")),
      header: { left: "{sheet}", right: "ปี ๒๕๖๘" },
      footer: { center: "{page}/{pages}" },
    };
    delete (print as { pageNumberDigits?: string }).pageNumberDigits;
    expect(pageStamps(print, "ชีต", 4, 9)).toEqual([
      { band: "header", section: "left", text: "ชีต" },
      { band: "header", section: "right", text: "ปี ๒๕๖๘" },
      { band: "footer", section: "center", text: "4/9" },
    ]);
  });
});

describe("withoutHeaderFooter", () => {
  it("drops the header, the footer and the bare first page, and keeps the rest of the page setup", () => {
    const spec = { name: "บันทึกข้อความ", print: setup(memoPrint("thai")) } as unknown as SheetSpec;
    const print = withoutHeaderFooter(spec).print!;
    expect(print.header).toBeUndefined();
    expect(print.footer).toBeUndefined();
    expect(print.bareFirstPage).toBeUndefined();
    expect(print).toMatchObject({
      orientation: "portrait",
      margins: spec.print!.margins,
      pageNumberDigits: "thai",
    });
    expect(spec.print!.header).toEqual({ center: "- {page} -" });
  });
});
