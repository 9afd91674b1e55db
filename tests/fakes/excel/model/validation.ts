import { fail } from "../errors";
import { containsRect, sameRect, splitAddress, parseA1Body } from "../address";
import { bool, isPlainObject, oneOf, shape, str } from "../checks";
import { checkFormula } from "../values";
import type { HostType } from "../hostTypes";
import type { HostState, ValidationModel } from "./state";
import { assertWritable, liveSheet } from "./worksheet";
import type { RangeRef } from "./range";

/** Data validation (ExcelApi 1.8): the simulator models list rules, the only kind the adapter writes. */

/**
 * A list source "=Sheet!$A$2:$A$9" must refer to a worksheet that exists when the rule is set:
 * Excel cannot resolve a reference to a sheet it does not have (the review of issue 12 found the
 * adapter referring to the lists sheet before adding it). A literal list is at most 255
 * characters: the limit of the file format's formula1 (no Microsoft page found; ExcelJS and
 * excelize enforce it). ListDataValidation.source in @types/office-js: a Range or "a string that
 * contains a comma-separated number, Boolean, or date".
 */
function checkListSource(src: unknown, h: HostState): string {
  if (typeof src !== "string" || src === "")
    return fail("InvalidArgument", "rule.list.source must be a non-empty string.");
  if (!src.startsWith("=")) {
    if (src.length > 255)
      fail(
        "InvalidArgument",
        `rule.list.source: a literal list is limited to 255 characters (got ${src.length}).`,
      );
    return src;
  }
  checkFormula(src);
  const ref = splitAddress(src.slice(1));
  if (ref?.sheet != null && parseA1Body(ref.body) !== null) {
    const name = ref.sheet.toUpperCase();
    if (!h.model.sheets.some((s) => s.name.toUpperCase() === name))
      fail(
        "InvalidArgument",
        `rule.list.source refers to the worksheet "${ref.sheet}", which does not exist.`,
      );
  }
  return src;
}

function checkRule(v: unknown, h: HostState): Record<string, unknown> {
  if (!isPlainObject(v)) fail("InvalidArgument", "DataValidation.rule must be an object.");
  const keys = Object.keys(v).filter((k) => v[k] !== undefined && v[k] !== null);
  if (keys.length !== 1 || keys[0] !== "list")
    return fail("InvalidArgument", "The simulator models list rules only, one per validation.");
  const body = v["list"];
  if (!isPlainObject(body)) fail("InvalidArgument", "rule.list must be an object.");
  const source = checkListSource(body["source"], h);
  const rest = shape("rule.list", {
    inCellDropDown: bool("rule.list.inCellDropDown"),
    source: () => source,
  })(body);
  return { list: { inCellDropDown: rest["inCellDropDown"] ?? true, source } };
}

// Lengths as Office writes them (MS-OI29500 2.1.613, Part 1 §18.3.1.32 dataValidation,
// https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/0114969a-4859-443e-ae3e-0c1fdebfcc64):
// prompt at most 255 characters, error at most 224, errorTitle and promptTitle at most 32.
const checkErrorAlert = shape("DataValidation.errorAlert", {
  showAlert: bool("errorAlert.showAlert"),
  style: oneOf("errorAlert.style", ["Stop", "Warning", "Information"]),
  title: str("errorAlert.title", 32),
  message: str("errorAlert.message", 224),
});

const checkPrompt = shape("DataValidation.prompt", {
  showPrompt: bool("prompt.showPrompt"),
  title: str("prompt.title", 32),
  message: str("prompt.message", 255),
});

function validationFor(r: RangeRef): ValidationModel {
  let v = r.sheet.validations.find((x) => sameRect(x.rect, r.rect));
  if (v === undefined) {
    v = {
      rect: r.rect,
      rule: null,
      errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
      prompt: { showPrompt: false, title: "", message: "" },
      ignoreBlanks: true,
    };
    r.sheet.validations.push(v);
  }
  return v;
}

const existing = (r: RangeRef): ValidationModel | undefined =>
  r.sheet.validations.find((x) => sameRect(x.rect, r.rect));

export const DataValidationType: HostType<RangeRef> = {
  name: "DataValidation",
  alive: (r, h) => void liveSheet(r.sheet, h),
  props: {
    Rule: {
      api: "1.8",
      get: (r) => existing(r)?.rule ?? {},
      set: (r, v, h) => {
        const rule = checkRule(v, h);
        assertWritable(r.sheet);
        r.sheet.validations = r.sheet.validations.filter(
          (x) => sameRect(x.rect, r.rect) || !containsRect(r.rect, x.rect),
        );
        validationFor(r).rule = rule;
      },
    },
    ErrorAlert: {
      api: "1.8",
      get: (r) => existing(r)?.errorAlert ?? null,
      set: (r, v) => {
        const alert = checkErrorAlert(v);
        assertWritable(r.sheet);
        const model = validationFor(r);
        model.errorAlert = { ...model.errorAlert, ...alert };
      },
    },
    Prompt: {
      api: "1.8",
      get: (r) => existing(r)?.prompt ?? null,
      set: (r, v) => {
        const prompt = checkPrompt(v);
        assertWritable(r.sheet);
        const model = validationFor(r);
        model.prompt = { ...model.prompt, ...prompt };
      },
    },
    IgnoreBlanks: {
      api: "1.8",
      get: (r) => existing(r)?.ignoreBlanks ?? true,
      set: (r, v) => {
        const b = bool("DataValidation.ignoreBlanks")(v);
        assertWritable(r.sheet);
        validationFor(r).ignoreBlanks = b;
      },
    },
  },
};
