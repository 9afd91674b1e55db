import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxReportWriter } from "../../src/xlsx/xlsxReportWriter";
import type { BorderLine, HorizontalAlign, VerticalAlign } from "../../src/domain/sheet/sheetSpec";
import {
  describeReportWriter,
  type ReadBack,
  type ReadConditionalFormat,
  type Sections,
} from "./reportWriterContract";

const color = (c: Partial<ExcelJS.Color> | undefined): string | undefined =>
  c?.argb === undefined ? undefined : `#${c.argb.slice(2).toUpperCase()}`;
const LINES: readonly string[] = [
  "thin",
  "medium",
  "thick",
  "dotted",
  "hair",
  "double",
] satisfies BorderLine[];
const H: readonly string[] = ["left", "center", "right", "justify"] satisfies HorizontalAlign[];
const V: readonly string[] = ["top", "middle", "bottom"] satisfies VerticalAlign[];

/** "&L…&C…&R…" into its sections; "&&" is a literal ampersand, not a section code. */
function sections(codes: string | undefined): Sections {
  const out: Sections = { left: "", center: "", right: "" };
  let at: keyof Sections | null = null;
  for (let i = 0; i < (codes ?? "").length; i++) {
    const ch = codes![i]!;
    const next = codes![i + 1];
    if (ch === "&" && (next === "L" || next === "C" || next === "R")) {
      at = next === "L" ? "left" : next === "C" ? "center" : "right";
      i++;
      continue;
    }
    // Text before any section code is centred, as Excel reads it.
    const take = ch === "&" && next === "&" ? (i++, "&&") : ch;
    out[at ?? "center"] += take;
  }
  return out;
}

function conditionalFormats(ws: ExcelJS.Worksheet): ReadConditionalFormat[] {
  // ExcelJS reads them back into `conditionalFormattings`, which its types leave out.
  const read = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  return read.flatMap((cf) =>
    cf.rules.map((rule): ReadConditionalFormat => {
      if (rule.type === "dataBar")
        return {
          kind: "data-bar",
          range: cf.ref,
          color: color((rule as { color?: Partial<ExcelJS.Color> }).color) ?? "",
        };
      if (rule.type !== "cellIs" || rule.operator !== "lessThan")
        throw new Error(`the writer never adds a ${rule.type} rule`);
      const fill = rule.style?.fill as ExcelJS.FillPattern | undefined;
      const font = rule.style?.font;
      const fillColor = color(fill?.bgColor);
      const fontColor = color(font?.color);
      return {
        kind: "less-than",
        range: cf.ref,
        value: Number(rule.formulae?.[0]),
        ...(fillColor ? { fill: fillColor } : {}),
        ...(fontColor ? { fontColor } : {}),
        ...(font?.bold !== undefined ? { bold: font.bold } : {}),
      };
    }),
  );
}

/** Each sheet's manual row breaks as rows starting a page, read from the file itself (ExcelJS drops them when it reads). */
async function rowBreaks(bytes: Buffer): Promise<Map<string, number[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (path: string) => zip.file(path)!.async("string");
  const rels = new Map(
    [
      ...(await text("xl/_rels/workbook.xml.rels")).matchAll(
        /<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g,
      ),
    ].map((m) => [m[1]!, m[2]!]),
  );
  const out = new Map<string, number[]>();
  for (const m of (await text("xl/workbook.xml")).matchAll(
    /<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g,
  )) {
    const xml = await text(`xl/${rels.get(m[2]!)!.replace(/^\/?xl\//, "")}`);
    const breaks = /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/s.exec(xml)?.[1] ?? "";
    // <brk id="n"> is a break after row n: the next page starts at n + 1.
    out.set(
      m[1]!.replace(/&amp;/g, "&"),
      [...breaks.matchAll(/<brk [^>]*id="(\d+)"/g)].map((b) => Number(b[1]) + 1),
    );
  }
  return out;
}

/** Whether the file holds any chart part (ExcelJS cannot write one, so none is expected). */
async function hasChartParts(bytes: Buffer): Promise<boolean> {
  return Object.keys((await JSZip.loadAsync(bytes)).files).some((path) =>
    path.startsWith("xl/charts/"),
  );
}

function readBack(
  wb: ExcelJS.Workbook,
  breaks: Map<string, number[]>,
  chartParts: boolean,
): ReadBack {
  const ws = (name: string) => wb.getWorksheet(name)!;
  const raw = (s: string, a1: string) => ws(s).getCell(a1).value;
  return {
    sheetNames: () => wb.worksheets.map((w) => w.name),
    value: (s, a1) => {
      const v = raw(s, a1);
      if (v === null || v === undefined) return null;
      if (typeof v === "object")
        return "formula" in v ? `=${String(v.formula)}` : JSON.stringify(v);
      return v as string | number | boolean;
    },
    isFormula: (s, a1) => ws(s).getCell(a1).type === ExcelJS.ValueType.Formula,
    numberFormat: (s, a1) => ws(s).getCell(a1).numFmt,
    bold: (s, a1) => ws(s).getCell(a1).font?.bold === true,
    fontName: (s, a1) => ws(s).getCell(a1).font?.name,
    merges: (s) => (ws(s).model as { merges?: string[] }).merges ?? [],
    rowHeight: (s, row) => ws(s).getRow(row).height,
    orientation: (s) => ws(s).pageSetup.orientation,
    printTitleRows: (s) => ws(s).pageSetup.printTitlesRow,
    listSource: (s, a1) => ws(s).getCell(a1).dataValidation?.formulae?.[0] as string | undefined,
    listRule: (s, a1) => {
      const v = ws(s).getCell(a1).dataValidation as ExcelJS.DataValidation | undefined;
      if (!v || v.type !== "list") return undefined;
      const strict = v.showErrorMessage === true;
      return {
        allowBlank: v.allowBlank === true,
        ...(v.showInputMessage && v.prompt ? { prompt: v.prompt } : {}),
        strict,
        ...(strict && v.error ? { errorMessage: v.error } : {}),
      };
    },
    fill: (s, a1) => {
      const f = ws(s).getCell(a1).fill as ExcelJS.FillPattern | undefined;
      return f?.type === "pattern" && f.pattern === "solid" ? color(f.fgColor) : undefined;
    },
    fontColor: (s, a1) => color(ws(s).getCell(a1).font?.color),
    border: (s, a1, side) => {
      const style = ws(s).getCell(a1).border?.[side]?.style;
      return style !== undefined && LINES.includes(style) ? (style as BorderLine) : undefined;
    },
    alignment: (s, a1) => {
      const a = ws(s).getCell(a1).alignment ?? {};
      return {
        ...(a.horizontal !== undefined && H.includes(a.horizontal)
          ? { horizontal: a.horizontal as HorizontalAlign }
          : {}),
        ...(a.vertical !== undefined && V.includes(a.vertical)
          ? { vertical: a.vertical as VerticalAlign }
          : {}),
        wrap: a.wrapText === true,
        indent: a.indent ?? 0,
      };
    },
    conditionalFormats: (s) => conditionalFormats(ws(s)),
    freeze: (s) => {
      const view = ws(s).views.find((v) => v.state === "frozen") as
        ExcelJS.WorksheetViewFrozen | undefined;
      return { rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 };
    },
    hidden: (s) => ws(s).state !== "visible",
    hiddenColumns: (s) => (ws(s).columns ?? []).filter((c) => c.hidden).map((c) => c.letter ?? ""),
    tabColor: (s) => color(ws(s).properties.tabColor),
    headerFooter: (s) => ({
      header: sections(ws(s).headerFooter.oddHeader),
      footer: sections(ws(s).headerFooter.oddFooter),
    }),
    bareFirstPage: (s) => {
      const hf = ws(s).headerFooter;
      return hf.differentFirst === true && !hf.firstHeader && !hf.firstFooter;
    },
    printArea: (s) => ws(s).pageSetup.printArea?.replace(/\$/g, ""),
    fitToPages: (s) => {
      const p = ws(s).pageSetup;
      return p.fitToPage ? { wide: p.fitToWidth ?? 1, tall: p.fitToHeight ?? 1 } : undefined;
    },
    printScale: (s) => {
      const p = ws(s).pageSetup;
      return p.fitToPage ? undefined : p.scale;
    },
    pageBreaks: (s) => breaks.get(s) ?? [],
    paperA4: (s) => ws(s).pageSetup.paperSize === 9,
    marginsCm: (s) => {
      const m = ws(s).pageSetup.margins!;
      const cm = (inches: number) => inches * 2.54;
      return {
        top: cm(m.top),
        bottom: cm(m.bottom),
        left: cm(m.left),
        right: cm(m.right),
        header: cm(m.header),
        footer: cm(m.footer),
      };
    },
    centerHorizontally: (s) => ws(s).pageSetup.horizontalCentered === true,
    // ExcelJS reads firstPageNumber as 1 when the file has none: useFirstPageNumber says whether it is set.
    firstPageNumber: (s) => {
      const p = ws(s).pageSetup as ExcelJS.PageSetup & { useFirstPageNumber?: boolean };
      return p.useFirstPageNumber === true ? p.firstPageNumber : null;
    },
    columnWidth: (s, column) => ws(s).getColumn(column).width ?? NaN,
    charts: () => {
      if (chartParts)
        throw new Error("the file holds chart parts, which this read-back does not read");
      return [];
    },
  };
}

describeReportWriter("XlsxReportWriter", async (sheets = {}, options = {}) => {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  if (options.failWhileWriting) {
    // The second staging sheet cannot be added: the first is written by then.
    const add = wb.addWorksheet.bind(wb);
    let staged = 0;
    wb.addWorksheet = (name?: string, opts?: Partial<ExcelJS.AddWorksheetOptions>) => {
      if (name?.startsWith("~ita-new-") && ++staged === 2) throw new Error("simulated failure");
      return add(name, opts);
    };
  }
  const writer = new XlsxReportWriter(wb);
  return {
    writer,
    nativeCharts: false,
    // Read back from the bytes, as Excel would open the file.
    readBack: async () => {
      const bytes = await writer.toBuffer();
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load(bytes as unknown as ArrayBuffer);
      return readBack(copy, await rowBreaks(bytes), await hasChartParts(bytes));
    },
  };
});
