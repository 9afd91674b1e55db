import { Field, Input, Radio, RadioGroup, Select, Textarea } from "@fluentui/react-components";
import { formLabel, type FormKey, type SettingProblem } from "../../../app/settingsForm";
import { fieldKind } from "./settingFields";

export interface SettingFieldProps {
  readonly settingKey: FormKey;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The labelled row is not on the sheet, so the value cannot be saved. */
  readonly missing: boolean;
  readonly problem: SettingProblem | null;
  readonly className?: string | undefined;
}

/** The id of a setting's control, for a link that jumps to it. */
export const settingFieldId = (key: FormKey) => `ita-setting-${key.replace(":", "-")}`;

/** One setting, labelled as on the Settings sheet, edited the way its kind suggests. */
export function SettingField({
  settingKey,
  value,
  onChange,
  missing,
  problem,
  className,
}: SettingFieldProps) {
  const kind = fieldKind(settingKey);
  const id = settingFieldId(settingKey);
  const label = formLabel(settingKey);
  const hint = missing
    ? `ไม่มีแถว "${label}" ในชีต จึงบันทึกช่องนี้ไม่ได้`
    : "hint" in kind
      ? kind.hint
      : undefined;
  const field = {
    label,
    className,
    ...(hint ? { hint } : {}),
    ...(problem ? { validationState: problem.severity, validationMessage: problem.text } : {}),
  };
  if (kind.kind === "select") {
    const options =
      value && !kind.options.includes(value) ? [value, ...kind.options] : kind.options;
    return (
      <Field {...field}>
        <Select id={id} value={value} disabled={missing} onChange={(_, d) => onChange(d.value)}>
          <option value="">(ยังไม่ได้เลือก)</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  if (kind.kind === "radio")
    return (
      <Field {...field}>
        <RadioGroup
          id={id}
          layout="horizontal"
          value={value}
          disabled={missing}
          onChange={(_, d) => onChange(d.value)}
        >
          {kind.options.map((o) => (
            <Radio key={o} value={o} label={o} />
          ))}
        </RadioGroup>
      </Field>
    );
  if (kind.kind === "textarea")
    return (
      <Field {...field}>
        <Textarea
          id={id}
          value={value}
          disabled={missing}
          resize="vertical"
          onChange={(_, d) => onChange(d.value)}
        />
      </Field>
    );
  return (
    <Field {...field}>
      <Input
        id={id}
        value={value}
        disabled={missing}
        inputMode={kind.inputMode}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}
