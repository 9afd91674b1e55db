import type { BorderLine, HorizontalAlign, VerticalAlign } from "../../src/domain/sheet/sheetSpec";
import { parseRange } from "../../src/domain/sheet/a1";
import { OfficeReportWriter } from "../../src/excel/officeReportWriter";
import { columnWidthPoints } from "../../src/domain/sheet/textMetrics";
import { excelHost } from "../fakes/excel/nodeLibrary";
import type { ExcelHost } from "../fakes/excel/excelHost";
import type { HostBorder, HostBorderEdge, HostValidation } from "../fakes/excel/inspect";
import {
  describeReportWriter,
  type BorderSide,
  type ReadBack,
  type ReadConditionalFormat,
} from "./reportWriterContract";

/** Excel's names back to the sheet description's: what the Office writer sets for each (officeSheetWriter.ts). */
const H_ALIGN: Readonly<Record<string, HorizontalAlign>> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
};
const V_ALIGN: Readonly<Record<string, VerticalAlign>> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
};
const EDGE: Readonly<Record<BorderSide, HostBorderEdge>> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
};
const POINTS_PER_CM = 72 / 2.54;

function borderLine(b: HostBorder | undefined): BorderLine | undefined {
  if (b?.style === undefined || b.style === "None") return undefined;
  if (b.style === "Dot") return "dotted";
  if (b.style === "Double") return "double";
  const weight: Readonly<Record<string, BorderLine>> = {
    Hairline: "hair",
    Thin: "thin",
    Medium: "medium",
    Thick: "thick",
  };
  return b.style === "Continuous" ? weight[b.weight ?? "Thin"] : undefined;
}

const unabsolute = (a1: string) => a1.replace(/\$/g, "");

function covers(range: string, a1: string): boolean {
  const r = parseRange(range);
  const c = parseRange(a1);
  return (
    r !== null &&
    c !== null &&
    c.firstRow >= r.firstRow &&
    c.firstRow <= r.lastRow &&
    c.firstColumn >= r.firstColumn &&
    c.firstColumn <= r.lastColumn
  );
}

/** The writer's conditional formats as the host holds them, in the contract's terms. */
function conditionalFormat(
  f: ReturnType<ExcelHost["conditionalFormats"]>[number],
): ReadConditionalFormat {
  const s = f.settings;
  if (f.type === "DataBar")
    return {
      kind: "data-bar",
      range: f.range,
      color: String(s["dataBar.positiveFormat.fillColor"]),
    };
  if (f.type !== "CellValue")
    throw new Error(`the writer never adds a ${f.type} conditional format`);
  const rule = s["cellValue.rule"] as { formula1: string; operator: string };
  if (rule.operator !== "LessThan") throw new Error(`unexpected operator ${rule.operator}`);
  const optional = <T>(key: string, v: unknown): Record<string, T> =>
    v === undefined ? {} : { [key]: v as T };
  return {
    kind: "less-than",
    range: f.range,
    value: Number(rule.formula1.replace(/^=/, "")),
    ...optional<string>("fill", s["cellValue.format.fill.color"]),
    ...optional<string>("fontColor", s["cellValue.format.font.color"]),
    ...optional<boolean>("bold", s["cellValue.format.font.bold"]),
  };
}

/** The Office.js writer through Microsoft's Excel client library, against the simulated host. */
function readBack(host: ExcelHost, hidden: readonly string[]): ReadBack {
  const cell = (s: string, a1: string) => host.cell(s, a1);
  const sheet = (s: string) => {
    const found = host.snapshot().sheets.find((x) => x.name === s);
    if (!found) throw new Error(`no sheet ${s}`);
    return found;
  };
  const validation = (s: string, a1: string): HostValidation | undefined =>
    host.validations(s).find((v) => covers(v.range, a1));
  const hf = (s: string) => host.pageLayout(s).headersFooters.defaultForAllPages;
  return {
    sheetNames: () => host.sheetNames().filter((n) => !hidden.includes(n)),
    value: (s, a1) => {
      const c = cell(s, a1);
      return !c || c.kind === "empty" ? null : c.value;
    },
    isFormula: (s, a1) => cell(s, a1)?.kind === "formula",
    numberFormat: (s, a1) => cell(s, a1)?.numberFormat,
    bold: (s, a1) => cell(s, a1)?.format.font.bold === true,
    fontName: (s, a1) => cell(s, a1)?.format.font.name,
    merges: (s) => host.merges(s),
    rowHeight: (s, row) => host.rowHeight(s, row),
    orientation: (s) => {
      const o = host.pageLayout(s).orientation;
      return o === "Landscape" ? "landscape" : o === "Portrait" ? "portrait" : undefined;
    },
    printTitleRows: (s) => host.pageLayout(s).printTitleRows ?? undefined,
    listSource: (s, a1) => {
      const list = validation(s, a1)?.rule?.["list"] as { source?: string } | undefined;
      if (list?.source === undefined) return undefined;
      // A range source is a formula ("=Sheet!$A$1:$A$9"); literal items are one comma-separated text.
      return list.source.startsWith("=") ? list.source.slice(1) : `"${list.source}"`;
    },
    listRule: (s, a1) => {
      const v = validation(s, a1);
      if (!v) return undefined;
      const prompt = v.prompt as { showPrompt?: boolean; message?: string };
      const alert = v.errorAlert as { showAlert?: boolean; message?: string };
      // Excel's defaults: an error alert is shown unless turned off.
      const strict = alert.showAlert !== false;
      return {
        allowBlank: v.ignoreBlanks,
        ...(prompt.showPrompt === true && prompt.message ? { prompt: prompt.message } : {}),
        strict,
        ...(strict && alert.message ? { errorMessage: alert.message } : {}),
      };
    },
    fill: (s, a1) => cell(s, a1)?.format.fill.color,
    fontColor: (s, a1) => cell(s, a1)?.format.font.color,
    border: (s, a1, side) => borderLine(cell(s, a1)?.format.borders[EDGE[side]]),
    alignment: (s, a1) => {
      const f = cell(s, a1)?.format;
      const h = f?.horizontalAlignment === undefined ? undefined : H_ALIGN[f.horizontalAlignment];
      const v = f?.verticalAlignment === undefined ? undefined : V_ALIGN[f.verticalAlignment];
      return {
        ...(h ? { horizontal: h } : {}),
        ...(v ? { vertical: v } : {}),
        wrap: f?.wrapText === true,
        indent: f?.indentLevel ?? 0,
      };
    },
    conditionalFormats: (s) => host.conditionalFormats(s).map(conditionalFormat),
    freeze: (s) => host.freeze(s),
    hidden: (s) => host.visibility(s) !== "Visible",
    hiddenColumns: (s) => sheet(s).hiddenColumns,
    tabColor: (s) => host.tabColor(s) || undefined,
    headerFooter: (s) => {
      const x = hf(s);
      return {
        header: { left: x.leftHeader, center: x.centerHeader, right: x.rightHeader },
        footer: { left: x.leftFooter, center: x.centerFooter, right: x.rightFooter },
      };
    },
    bareFirstPage: (s) => {
      const all = host.pageLayout(s).headersFooters;
      return all.state === "FirstAndDefault" && Object.values(all.firstPage).every((t) => t === "");
    },
    printArea: (s) => {
      const area = host.pageLayout(s).printArea;
      return area === null ? undefined : unabsolute(area);
    },
    fitToPages: (s) => {
      const z = host.pageLayout(s).zoom;
      return z.horizontalFitToPages === undefined && z.verticalFitToPages === undefined
        ? undefined
        : { wide: z.horizontalFitToPages ?? 0, tall: z.verticalFitToPages ?? 0 };
    },
    printScale: (s) => {
      const z = host.pageLayout(s).zoom;
      return typeof z.scale === "number" ? z.scale : undefined;
    },
    pageBreaks: (s) => host.pageLayout(s).rowBreaks,
    paperA4: (s) => host.pageLayout(s).paperSize === "A4",
    marginsCm: (s) => {
      const m = host.pageLayout(s).margins;
      const cm = (points: number) => points / POINTS_PER_CM;
      return {
        top: cm(m.top),
        bottom: cm(m.bottom),
        left: cm(m.left),
        right: cm(m.right),
        header: cm(m.header),
        footer: cm(m.footer),
      };
    },
    centerHorizontally: (s) => host.pageLayout(s).centerHorizontally,
    firstPageNumber: (s) => {
      const n = host.pageLayout(s).firstPageNumber;
      return n === "" ? null : n;
    },
    columnWidth: (s, column) => host.columnWidth(s, column) / columnWidthPoints(1),
    charts: (s) =>
      host.charts(s).map((c) => {
        if (c.type !== "ColumnClustered") throw new Error(`unexpected chart type ${c.type}`);
        return {
          kind: "column-clustered" as const,
          title: c.title,
          source: unabsolute(c.source),
          topLeft: c.position?.topLeft ?? "",
          bottomRight: c.position?.bottomRight ?? "",
        };
      }),
  };
}

describeReportWriter("OfficeReportWriter", async (sheets = {}, options = {}) => {
  const given = Object.keys(sheets).length > 0;
  // Sync 1 lists the sheets, sync 2 writes the staging sheets: that one fails.
  const host = excelHost({
    sheets: given ? sheets : { Sheet1: [] },
    failOnSync: options.failWhileWriting ? 2 : undefined,
  });
  // A new workbook starts with Sheet1; the contract does not see it.
  return {
    writer: new OfficeReportWriter(host.run),
    nativeCharts: true,
    readBack: async () => readBack(host, given ? [] : ["Sheet1"]),
  };
});
