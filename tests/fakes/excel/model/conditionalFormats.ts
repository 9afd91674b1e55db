import { fail } from "../errors";
import { intersects } from "../address";
import { bool, color, oneOf, shape } from "../checks";
import { checkFormula } from "../values";
import { obj, type HostType, type Prop } from "../hostTypes";
import type { CfModel, HostState, SheetModel } from "./state";
import { assertWritable, liveSheet } from "./worksheet";
import type { RangeRef } from "./range";

/** Conditional formats (ExcelApi 1.6): custom, cell-value and data-bar rules, as the adapter writes them. */

interface CfRef {
  readonly sheet: SheetModel;
  readonly cf: CfModel;
}

/** A part of a conditional format, e.g. "custom.format.font" of a custom rule. */
interface CfPart extends CfRef {
  readonly path: string;
}

const CF_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
] as const;
const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
] as const;

function liveCf(x: CfRef, h: HostState): void {
  liveSheet(x.sheet, h);
  if (!x.sheet.conditionalFormats.includes(x.cf))
    fail("ItemNotFound", "The conditional format was deleted.");
}

function setting(path: (p: CfPart) => string, check: (v: unknown) => unknown): Prop<CfPart> {
  return {
    api: "1.6",
    get: (p) => p.cf.settings.get(path(p)) ?? null,
    set: (p, v) => {
      const value = check(v);
      assertWritable(p.sheet);
      p.cf.settings.set(path(p), value);
    },
  };
}

function cfFormula(what: string): (v: unknown) => unknown {
  return (v) => {
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "string" && v !== "") return v.startsWith("=") ? checkFormula(v) : v;
    return fail("InvalidArgument", `${what} must be a number or a non-empty string.`);
  };
}

const part = (p: CfRef, path: string): CfPart => ({ sheet: p.sheet, cf: p.cf, path });

const ConditionalRangeFontType: HostType<CfPart> = {
  name: "ConditionalRangeFont",
  alive: liveCf,
  props: {
    Color: setting((p) => `${p.path}.color`, color("ConditionalRangeFont.color")),
    Bold: setting((p) => `${p.path}.bold`, bool("ConditionalRangeFont.bold")),
  },
};

const ConditionalRangeFillType: HostType<CfPart> = {
  name: "ConditionalRangeFill",
  alive: liveCf,
  props: { Color: setting((p) => `${p.path}.color`, color("ConditionalRangeFill.color")) },
};

const ConditionalRangeFormatType: HostType<CfPart> = {
  name: "ConditionalRangeFormat",
  alive: liveCf,
  nav: {
    Font: { api: "1.6", get: (p) => obj(ConditionalRangeFontType, part(p, `${p.path}.font`)) },
    Fill: { api: "1.6", get: (p) => obj(ConditionalRangeFillType, part(p, `${p.path}.fill`)) },
  },
};

const ConditionalFormatRuleType: HostType<CfPart> = {
  name: "ConditionalFormatRule",
  alive: liveCf,
  props: {
    Formula: setting((p) => `${p.path}.formula`, cfFormula("ConditionalFormatRule.formula")),
  },
};

const checkCellValueRule = (v: unknown): Record<string, unknown> => {
  const formula = cfFormula("cellValue.rule.formula1/2");
  const rule = shape(
    "cellValue.rule",
    {
      formula1: formula,
      formula2: formula,
      operator: oneOf("cellValue.rule.operator", CELL_VALUE_OPERATORS),
    },
    ["formula1", "operator"],
  )(v);
  if (
    (rule["operator"] === "Between" || rule["operator"] === "NotBetween") &&
    !("formula2" in rule)
  )
    fail("InvalidArgument", "cellValue.rule: Between/NotBetween need formula2.");
  return rule;
};

const CustomType: HostType<CfPart> = {
  name: "CustomConditionalFormat",
  alive: liveCf,
  nav: {
    Rule: { api: "1.6", get: (p) => obj(ConditionalFormatRuleType, part(p, "custom.rule")) },
    Format: { api: "1.6", get: (p) => obj(ConditionalRangeFormatType, part(p, "custom.format")) },
  },
};

const CellValueType: HostType<CfPart> = {
  name: "CellValueConditionalFormat",
  alive: liveCf,
  props: { Rule: setting(() => "cellValue.rule", checkCellValueRule) },
  nav: {
    Format: {
      api: "1.6",
      get: (p) => obj(ConditionalRangeFormatType, part(p, "cellValue.format")),
    },
  },
};

const PositiveFormatType: HostType<CfPart> = {
  name: "ConditionalDataBarPositiveFormat",
  alive: liveCf,
  props: {
    FillColor: setting(() => "dataBar.positiveFormat.fillColor", color("positiveFormat.fillColor")),
  },
};

const DataBarType: HostType<CfPart> = {
  name: "DataBarConditionalFormat",
  alive: liveCf,
  nav: {
    PositiveFormat: {
      api: "1.6",
      get: (p) => obj(PositiveFormatType, part(p, "dataBar.positiveFormat")),
    },
  },
};

/** `cf.custom` on a cell-value format (and so on) is an error, as in Excel. */
function partOf(type: HostType<CfPart>, cfType: string, name: string) {
  return {
    api: "1.6" as const,
    get: (x: CfRef) =>
      x.cf.type === cfType
        ? obj(type, part(x, name))
        : fail(
            "InvalidOperation",
            `ConditionalFormat.${name} is only available on a ${cfType} conditional format (this one is ${x.cf.type}).`,
          ),
  };
}

export const ConditionalFormatType: HostType<CfRef> = {
  name: "ConditionalFormat",
  id: (x) => x.cf.id,
  alive: liveCf,
  props: {
    Type: { api: "1.6", get: (x) => x.cf.type },
    Id: { api: "1.6", get: (x) => x.cf.id },
    Priority: { api: "1.6", get: (x) => x.cf.priority },
  },
  nav: {
    Custom: partOf(CustomType, "Custom", "custom"),
    CellValue: partOf(CellValueType, "CellValue", "cellValue"),
    DataBar: partOf(DataBarType, "DataBar", "dataBar"),
  },
  methods: {
    Delete: {
      api: "1.6",
      call: ({ sheet, cf }) => {
        assertWritable(sheet);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      },
    },
  },
};

/** The conditional formats intersecting a range (a whole-sheet range: all of the sheet's), highest priority first. */
function intersecting(ref: RangeRef): CfRef[] {
  return ref.sheet.conditionalFormats
    .filter((cf) => intersects(cf.rect, ref.rect))
    .sort((a, b) => a.priority - b.priority)
    .map((cf) => ({ sheet: ref.sheet, cf }));
}

export const ConditionalFormatCollectionType: HostType<RangeRef> = {
  name: "ConditionalFormatCollection",
  alive: (r, h) => void liveSheet(r.sheet, h),
  items: (ref) => intersecting(ref).map((x) => obj(ConditionalFormatType, x)),
  indexer: {
    api: "1.6",
    call: (ref, [id]) => {
      const found = intersecting(ref).find((x) => x.cf.id === id);
      return found === undefined
        ? fail(
            "ItemNotFound",
            `No conditional format with id "${String(id)}" intersects the range.`,
          )
        : obj(ConditionalFormatType, found);
    },
  },
  methods: {
    Add: {
      api: "1.6",
      call: (ref, [type], h) => {
        const t = oneOf("ConditionalFormatCollection.add type", CF_TYPES)(type);
        assertWritable(ref.sheet);
        const cf: CfModel = {
          id: `{CF-${h.model.nextId++}}`,
          rect: ref.rect,
          type: t,
          priority: 0,
          settings: new Map(),
        };
        for (const other of ref.sheet.conditionalFormats) other.priority++;
        ref.sheet.conditionalFormats.push(cf);
        return obj(ConditionalFormatType, { sheet: ref.sheet, cf });
      },
    },
  },
};
