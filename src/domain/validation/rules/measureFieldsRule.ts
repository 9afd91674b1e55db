import type { MeasureRule } from "../measureRule";

const FIELD_NAMES: Record<"methods" | "unit" | "period", string> = {
  methods: "วิธีการดำเนินการ",
  unit: "ผู้รับผิดชอบ",
  period: "ระยะเวลาดำเนินการ",
};

/** Methods, unit, period and status that a report prints: left empty, a warning each. */
export const measureFieldsRule: MeasureRule = {
  start: (ctx) => (m, at, issues) => {
    for (const field of ["methods", "unit", "period"] as const)
      if (m[field] === "")
        issues.warning("required-empty", at(field), {
          measureField: FIELD_NAMES[field],
          measure: ctx.describe(m),
        });
    if (m.status === "") issues.warning("status-empty", at("status"), { measure: ctx.describe(m) });
  },
};
