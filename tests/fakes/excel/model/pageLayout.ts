import { fail } from "../errors";
import { MAX_COLS, MAX_ROWS, rectA1, type Rect } from "../address";
import { bool, num, oneOf, shape, str } from "../checks";
import { isObj, obj, type HostType } from "../hostTypes";
import type { HeaderFooterModel, SheetModel } from "./state";
import { liveSheet } from "./worksheet";
import { rangeArg } from "./range";

/** Page layout (ExcelApi 1.9): paper, orientation, margins, fit, print titles and area, headers and footers, page breaks. */

const ORIENTATIONS = ["Portrait", "Landscape"] as const;
const PAPER_SIZES = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5"] as const;
const MARGIN_KEYS = ["top", "bottom", "left", "right", "header", "footer"] as const;
const POINTS_PER: Readonly<Record<string, number>> = {
  Points: 1,
  Inches: 72,
  Centimeters: 72 / 2.54,
};

/**
 * `zoom` is one object: either a scale or fit-to-pages counts (0 = automatic), never both.
 * Source: PageLayoutZoomOptions in @types/office-js ("Print page scale value can be between 10
 * and 400. This value can be null if fit to page tall or wide is specified"). That 0 means
 * "automatic" is what Excel's macro recorder writes (FitToPagesTall = False); unverified in
 * Office.js: docs/excel-hosts.md checklist item 2.
 */
function checkZoom(v: unknown): Record<string, unknown> {
  const zoom = shape("PageLayout.zoom", {
    horizontalFitToPages: num("zoom.horizontalFitToPages", 0, 32_767, true),
    verticalFitToPages: num("zoom.verticalFitToPages", 0, 32_767, true),
    scale: num("zoom.scale", 10, 400, true),
  })(v);
  if (Object.keys(zoom).length === 0)
    fail("InvalidArgument", "PageLayout.zoom: give a scale or fit-to-pages counts.");
  if ("scale" in zoom && Object.keys(zoom).length > 1)
    fail("InvalidArgument", "PageLayout.zoom: a scale and fit-to-pages exclude each other.");
  return zoom;
}

/** Print titles and areas are stored absolute, as Excel reads them back ("$1:$3", "$A$1:$F$40"). */
function printRange(arg: unknown, sheet: SheetModel, rowsOnly: boolean): string {
  const rects: Rect[] = isObj(arg)
    ? [rangeArg("range", arg, sheet)]
    : typeof arg === "string"
      ? arg.split(",").map((a) => rangeArg("range", a.trim(), sheet))
      : fail("InvalidArgument", "Expected an address or a Range.");
  return rects
    .map((r) => rectA1(rowsOnly ? { r0: r.r0, r1: r.r1, c0: 0, c1: MAX_COLS - 1 } : r, true))
    .join(",");
}

const HF_STATES = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"] as const;
const HF_FIELDS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

/**
 * "Characters in a header or footer: 255" (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3):
 * the three sections of a header (or of a footer) together, codes included, as the file stores them.
 */
function setSection(hf: HeaderFooterModel, field: (typeof HF_FIELDS)[number], v: unknown): void {
  const text = str(`HeaderFooter.${field}`, 255)(v);
  const group = field.endsWith("Header")
    ? (["leftHeader", "centerHeader", "rightHeader"] as const)
    : (["leftFooter", "centerFooter", "rightFooter"] as const);
  const total = group.reduce((n, f) => n + (f === field ? text : hf[f]).length, 0);
  if (total > 255)
    fail(
      "InvalidArgument",
      `HeaderFooter: a ${field.endsWith("Header") ? "header" : "footer"} is limited to 255 characters in all (got ${total}).`,
    );
  hf[field] = text;
}

const HeaderFooterType: HostType<{ sheet: SheetModel; hf: HeaderFooterModel }> = {
  name: "HeaderFooter",
  alive: (x, h) => void liveSheet(x.sheet, h),
  props: Object.fromEntries(
    HF_FIELDS.map((f) => [
      f[0]!.toUpperCase() + f.slice(1),
      {
        api: "1.9" as const,
        get: (x: { hf: HeaderFooterModel }) => x.hf[f],
        set: (x: { hf: HeaderFooterModel }, v: unknown) => setSection(x.hf, f, v),
      },
    ]),
  ),
};

const HeaderFooterGroupType: HostType<SheetModel> = {
  name: "HeaderFooterGroup",
  alive: liveSheet,
  props: {
    // Excel.HeaderFooterState in @types/office-js.
    State: {
      api: "1.9",
      get: (s) => s.pageLayout.headersFooters.state,
      set: (s, v) =>
        void (s.pageLayout.headersFooters.state = oneOf("HeaderFooterGroup.state", HF_STATES)(v)),
    },
  },
  nav: {
    DefaultForAllPages: {
      api: "1.9",
      get: (s) =>
        obj(HeaderFooterType, { sheet: s, hf: s.pageLayout.headersFooters.defaultForAllPages }),
    },
    FirstPage: {
      api: "1.9",
      get: (s) => obj(HeaderFooterType, { sheet: s, hf: s.pageLayout.headersFooters.firstPage }),
    },
  },
};

export const PageLayoutType: HostType<SheetModel> = {
  name: "PageLayout",
  alive: liveSheet,
  props: {
    Orientation: {
      api: "1.9",
      get: (s) => s.pageLayout.orientation,
      set: (s, v) =>
        void (s.pageLayout.orientation = oneOf("PageLayout.orientation", ORIENTATIONS)(v)),
    },
    PaperSize: {
      api: "1.9",
      get: (s) => s.pageLayout.paperSize,
      set: (s, v) => void (s.pageLayout.paperSize = oneOf("PageLayout.paperSize", PAPER_SIZES)(v)),
    },
    CenterHorizontally: {
      api: "1.9",
      get: (s) => s.pageLayout.centerHorizontally,
      set: (s, v) => void (s.pageLayout.centerHorizontally = bool("centerHorizontally")(v)),
    },
    // number | "" in @types/office-js ("" or null is "Auto"); a whole number, as VBA's PageSetup.FirstPageNumber
    // (a Long). Excel's own bounds are not documented; a fraction or a string is refused here.
    FirstPageNumber: {
      api: "1.9",
      get: (s) => s.pageLayout.firstPageNumber,
      set: (s, v) =>
        void (s.pageLayout.firstPageNumber =
          v === "" || v === null
            ? ""
            : num("firstPageNumber", -2_147_483_648, 2_147_483_647, true)(v)),
    },
    Zoom: {
      api: "1.9",
      get: (s) => s.pageLayout.zoom,
      set: (s, v) => void (s.pageLayout.zoom = checkZoom(v)),
    },
  },
  nav: { HeadersFooters: { api: "1.9", get: (s) => obj(HeaderFooterGroupType, s) } },
  methods: {
    SetPrintMargins: {
      api: "1.9",
      call: (s, [unit, options]) => {
        const factor = POINTS_PER[oneOf("unit", ["Points", "Inches", "Centimeters"])(unit)] ?? 1;
        const margins = shape(
          "setPrintMargins options",
          Object.fromEntries(MARGIN_KEYS.map((k) => [k, num(`margin ${k}`, 0, 1_000)])),
        )(options);
        for (const k of MARGIN_KEYS) {
          const v = margins[k];
          if (typeof v === "number") s.pageLayout.margins[k] = v * factor;
        }
      },
    },
    SetPrintTitleRows: {
      api: "1.9",
      call: (s, [rows]) => void (s.pageLayout.printTitleRows = printRange(rows, s, true)),
    },
    SetPrintArea: {
      api: "1.9",
      call: (s, [area]) => void (s.pageLayout.printArea = printRange(area, s, false)),
    },
  },
};

const PageBreakType: HostType<{ sheet: SheetModel; row: number }> = {
  name: "PageBreak",
  alive: (x, h) => void liveSheet(x.sheet, h),
  props: {
    RowIndex: { api: "1.9", get: (x) => x.row },
    ColumnIndex: { api: "1.9", get: () => 0 },
  },
};

/** Row breaks: a break is set above the first row of the range given to add(). */
export const HorizontalPageBreaksType: HostType<SheetModel> = {
  name: "PageBreakCollection",
  alive: liveSheet,
  items: (s) => s.pageLayout.rowBreaks.map((row) => obj(PageBreakType, { sheet: s, row })),
  indexer: {
    api: "1.9",
    call: (s, [index]) => {
      const row =
        s.pageLayout.rowBreaks[num("PageBreakCollection.getItem index", 0, MAX_ROWS, true)(index)];
      return row === undefined
        ? fail("ItemNotFound", `There is no page break at index ${String(index)}.`)
        : obj(PageBreakType, { sheet: s, row });
    },
  },
  methods: {
    Add: {
      api: "1.9",
      call: (s, [at]) => {
        const rect = rangeArg("PageBreakCollection.add pageBreakRange", at, s);
        // Assumed, not documented: Excel has no break above row 1. "Page breaks: 1,026 horizontal
        // and vertical" is Excel's limit (Excel specifications and limits); the error code past it is assumed.
        if (rect.r0 === 0)
          fail("InvalidArgument", "A page break cannot be set above the first row.");
        const breaks = s.pageLayout.rowBreaks;
        if (!breaks.includes(rect.r0) && breaks.length >= 1026)
          fail("InvalidArgument", "A sheet holds at most 1,026 page breaks.");
        if (!breaks.includes(rect.r0)) breaks.push(rect.r0);
        breaks.sort((a, b) => a - b);
        return obj(PageBreakType, { sheet: s, row: rect.r0 });
      },
    },
    GetCount: { api: "1.9", call: (s) => s.pageLayout.rowBreaks.length },
    RemovePageBreaks: { api: "1.9", call: (s) => void (s.pageLayout.rowBreaks = []) },
  },
};
