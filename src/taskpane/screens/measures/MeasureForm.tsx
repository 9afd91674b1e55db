import { Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { NewMeasure } from "../../../app/measureFromTemplate";
import { hasIndicator, type ItaFramework } from "../../../domain/framework/itaFramework";
import { DEFAULT_UNITS, MEASURE_COLUMNS } from "../../../domain/input/measuresLayout";
import {
  MEASURE_STATUSES,
  type MeasureField,
  type MeasureStatus,
} from "../../../domain/model/measure";

const useStyles = makeStyles({
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(16rem, 1fr))",
    gap: tokens.spacingVerticalS,
  },
  wide: { gridColumn: "1 / -1" },
});

/** Fields whose text runs to sentences get a multi-line box. */
const LONG: ReadonlySet<MeasureField> = new Set([
  "title",
  "methods",
  "result",
  "outcome",
  "suggestions",
]);
const HINTS: Partial<Record<MeasureField, string>> = {
  period: "เช่น ต.ค. 2569 – มี.ค. 2570 หรือ ตลอดปีงบประมาณ",
  evidenceUrl: "ลิงก์เว็บ เช่น https://…",
  result: "กรอกเมื่อดำเนินการแล้ว",
  unit: "เลือกจากรายการหรือพิมพ์เอง",
};

export interface MeasureFormProps {
  readonly value: NewMeasure;
  readonly onChange: (next: NewMeasure) => void;
  /** The sheet's issues about this measure's cells, by field. */
  readonly problems: Partial<Record<MeasureField, string>>;
  /** Names the measure in field labels, e.g. "มาตรการที่ 3". */
  readonly name: string;
  /** The id of each field's control, for a jump to it. */
  readonly idOf?: (field: MeasureField) => string;
  /** The frame whose indicators the measures are numbered by: the one the input uses (measuresFramework). */
  readonly framework: ItaFramework;
}

/** Every column of the Measures sheet, labelled by its header there; status and indicator as choices. */
export function MeasureForm({
  value,
  onChange,
  problems,
  name,
  idOf,
  framework,
}: MeasureFormProps) {
  const styles = useStyles();
  const unitsId = useId();
  const set = (field: MeasureField, text: string) => onChange({ ...value, [field]: text });
  return (
    <div className={styles.form} role="group" aria-label={`แก้ไข${name}`}>
      {MEASURE_COLUMNS.map(({ field, header, required }) => {
        const problem = problems[field];
        const id = idOf?.(field);
        const props = {
          label: header,
          required,
          ...(HINTS[field] ? { hint: HINTS[field] } : {}),
          ...(problem ? { validationState: "error" as const, validationMessage: problem } : {}),
          className: LONG.has(field) ? styles.wide : undefined,
        };
        if (field === "indicator")
          return (
            <Field key={field} {...props}>
              <Select
                id={id}
                value={value.indicator === null ? "" : String(value.indicator)}
                onChange={(_, d) => {
                  const n = Number(d.value);
                  onChange({
                    ...value,
                    indicator: d.value !== "" && hasIndicator(framework, n) ? n : null,
                  });
                }}
              >
                <option value="">(ไม่ระบุ)</option>
                {framework.indicators.map((i) => (
                  <option key={i.number} value={String(i.number)}>
                    {i.number} {i.name}
                  </option>
                ))}
              </Select>
            </Field>
          );
        if (field === "status")
          return (
            <Field key={field} {...props}>
              <Select
                id={id}
                value={value.status}
                onChange={(_, d) => onChange({ ...value, status: d.value as MeasureStatus | "" })}
              >
                <option value="">(ยังไม่ระบุ)</option>
                {MEASURE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            </Field>
          );
        if (LONG.has(field))
          return (
            <Field key={field} {...props}>
              <Textarea
                id={id}
                value={String(value[field] ?? "")}
                resize="vertical"
                onChange={(_, d) => set(field, d.value)}
              />
            </Field>
          );
        return (
          <Field key={field} {...props}>
            <Input
              id={id}
              value={String(value[field] ?? "")}
              type={field === "evidenceUrl" ? "url" : "text"}
              list={field === "unit" ? unitsId : undefined}
              onChange={(_, d) => set(field, d.value)}
            />
          </Field>
        );
      })}
      <datalist id={unitsId}>
        {DEFAULT_UNITS.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
    </div>
  );
}
