import { fail } from "../errors";
import { rectA1 } from "../address";
import { oneOf, str } from "../checks";
import { obj, type HostType } from "../hostTypes";
import type { ChartModel, HostState, SheetModel } from "./state";
import { assertWritable, liveSheet } from "./worksheet";
import { rangeArg } from "./range";
import { columnWidthOf, rowHeightOf } from "./format";

/** Charts: added from a range, titled, with a legend, placed over cells. The simulator records settings; it draws nothing. */

interface ChartRef {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

/** Excel's default chart size: 5 × 3 inches. */
const DEFAULT_WIDTH = 360;
const DEFAULT_HEIGHT = 216;

const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Pie",
  "Area",
  "XYScatter",
  "Doughnut",
  "Radar",
] as const;
const SERIES_BY = ["Auto", "Columns", "Rows"] as const;
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"] as const;

function liveChart(x: ChartRef, h: HostState): void {
  liveSheet(x.sheet, h);
  if (!x.sheet.charts.includes(x.chart)) fail("ItemNotFound", "The chart was deleted.");
}

function rowsHeight(sheet: SheetModel, from: number, to: number): number {
  let total = 0;
  for (let r = from; r < to; r++) total += rowHeightOf(sheet, r);
  return total;
}

function columnsWidth(sheet: SheetModel, from: number, to: number): number {
  let total = 0;
  for (let c = from; c < to; c++) if (!sheet.hiddenColumns.has(c)) total += columnWidthOf(sheet, c);
  return total;
}

const ChartTitleType: HostType<ChartRef> = {
  name: "ChartTitle",
  alive: liveChart,
  props: {
    Text: {
      api: "1.1",
      get: (x) => x.chart.title,
      set: (x, v) =>
        void (assertWritable(x.sheet), (x.chart.title = str("ChartTitle.text", 255)(v))),
    },
  },
};

const ChartLegendType: HostType<ChartRef> = {
  name: "ChartLegend",
  alive: liveChart,
  props: {
    Position: {
      api: "1.1",
      get: (x) => x.chart.legendPosition,
      set: (x, v) =>
        void (
          assertWritable(x.sheet),
          (x.chart.legendPosition = oneOf("ChartLegend.position", LEGEND_POSITIONS)(v))
        ),
    },
  },
};

export const ChartType: HostType<ChartRef> = {
  name: "Chart",
  id: (x) => x.chart.id,
  alive: liveChart,
  props: {
    Name: { api: "1.1", get: (x) => x.chart.name },
    Id: { api: "1.7", get: (x) => x.chart.id },
    Top: { api: "1.1", get: (x) => x.chart.top },
    Left: { api: "1.1", get: (x) => x.chart.left },
    Width: { api: "1.1", get: (x) => x.chart.width },
    Height: { api: "1.1", get: (x) => x.chart.height },
  },
  nav: {
    Title: { api: "1.1", get: (x) => obj(ChartTitleType, x) },
    Legend: { api: "1.1", get: (x) => obj(ChartLegendType, x) },
  },
  methods: {
    /** Moves the chart over `startCell` … `endCell` (sizes from the current row heights and column widths). */
    SetPosition: {
      api: "1.1",
      call: ({ sheet, chart }, [startCell, endCell]) => {
        const start = rangeArg("Chart.setPosition startCell", startCell, sheet);
        const end =
          endCell === undefined || endCell === null
            ? null
            : rangeArg("Chart.setPosition endCell", endCell, sheet);
        if (end !== null && (end.r1 < start.r0 || end.c1 < start.c0))
          fail(
            "InvalidArgument",
            "Chart.setPosition: endCell must not be above or left of startCell.",
          );
        assertWritable(sheet);
        chart.top = rowsHeight(sheet, 0, start.r0);
        chart.left = columnsWidth(sheet, 0, start.c0);
        if (end !== null) {
          chart.height = rowsHeight(sheet, start.r0, end.r1 + 1);
          chart.width = columnsWidth(sheet, start.c0, end.c1 + 1);
        }
        chart.position = {
          topLeft: rectA1({ r0: start.r0, c0: start.c0, r1: start.r0, c1: start.c0 }),
          bottomRight:
            end === null ? null : rectA1({ r0: end.r1, c0: end.c1, r1: end.r1, c1: end.c1 }),
        };
      },
    },
  },
};

const byName = (s: SheetModel, name: unknown) =>
  s.charts.find((c) => typeof name === "string" && c.name.toUpperCase() === name.toUpperCase());

export const ChartCollectionType: HostType<SheetModel> = {
  name: "ChartCollection",
  alive: liveSheet,
  items: (sheet) => sheet.charts.map((chart) => obj(ChartType, { sheet, chart })),
  props: { Count: { api: "1.1", get: (s) => s.charts.length } },
  // The library re-paths an added chart as charts[id].
  indexer: {
    api: "1.1",
    call: (sheet, [key]) => {
      const chart = sheet.charts.find((c) => c.id === key) ?? byName(sheet, key);
      return chart === undefined
        ? fail("ItemNotFound", `The chart "${String(key)}" does not exist.`)
        : obj(ChartType, { sheet, chart });
    },
  },
  methods: {
    Add: {
      api: "1.1",
      call: (sheet, [type, source, seriesBy], h) => {
        const t = oneOf("ChartCollection.add type", CHART_TYPES)(type);
        const by =
          seriesBy === undefined || seriesBy === null
            ? "Auto"
            : oneOf("ChartCollection.add seriesBy", SERIES_BY)(seriesBy);
        const rect = rangeArg("ChartCollection.add sourceData", source, sheet);
        assertWritable(sheet);
        const chart: ChartModel = {
          id: `{00000000-0002-0000-${String(h.model.nextId++).padStart(4, "0")}-000000000000}`,
          name: `Chart ${sheet.nextChartNumber++}`,
          type: t,
          source: rect,
          seriesBy: by,
          title: "",
          top: 0,
          left: 0,
          width: DEFAULT_WIDTH,
          height: DEFAULT_HEIGHT,
          position: null,
          legendPosition: "Right",
        };
        sheet.charts.push(chart);
        return obj(ChartType, { sheet, chart });
      },
    },
    GetItem: {
      api: "1.1",
      call: (sheet, [name]) => {
        const chart = byName(sheet, name);
        return chart === undefined
          ? fail("ItemNotFound", `The chart "${String(name)}" does not exist.`)
          : obj(ChartType, { sheet, chart });
      },
    },
  },
};
