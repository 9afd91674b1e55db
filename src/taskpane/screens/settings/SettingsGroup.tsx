import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  formLabel,
  formValue,
  type FormKey,
  type SettingProblem,
  type SettingsForm,
} from "../../../app/settingsForm";
import type { ReportTexts } from "../../../domain/model/reportTexts";
import { SettingField, settingFieldId } from "./SettingField";
import {
  draftOf,
  fieldKind,
  isReportText,
  TEXTS_GROUP_TITLE,
  type FieldGroup,
} from "./settingFields";
import { TextDraft } from "./TextDraft";

const useStyles = makeStyles({
  // One column in a task pane; in a wide browser window the fields flow in columns, long texts across.
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 18rem), 1fr))",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    alignItems: "start",
    border: "none",
    margin: 0,
    padding: 0,
  },
  wide: { gridColumn: "1 / -1" },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    marginBottom: tokens.spacingVerticalS,
    padding: 0,
  },
});

export interface SettingsGroupProps {
  readonly group: FieldGroup;
  readonly form: SettingsForm;
  readonly problemOf: (key: FormKey) => SettingProblem | null;
  /** What each report text prints while empty, from the sheet as saved; null while unknown. */
  readonly drafts: ReportTexts | null;
  /** The form holds unsaved edits, so the drafts may not follow them yet. */
  readonly unsaved: boolean;
  /** The saved input has no fiscal year yet, so the drafts that name it are not shown. */
  readonly draftsAwaitYear?: boolean;
  readonly onChange: (key: FormKey, value: string) => void;
}

/** One group of settings as a fieldset; under each empty report text, the draft it stands for. */
export function SettingsGroup({
  group,
  form,
  problemOf,
  drafts,
  unsaved,
  draftsAwaitYear = false,
  onChange,
}: SettingsGroupProps) {
  const styles = useStyles();
  // After "start from this draft" the field takes the focus, once it has the text.
  const [focusKey, setFocusKey] = useState<FormKey | null>(null);
  useEffect(() => {
    if (focusKey) document.getElementById(settingFieldId(focusKey))?.focus();
    setFocusKey(null);
  }, [focusKey]);

  return (
    <fieldset className={styles.fields}>
      <legend className={styles.legend}>{group.title}</legend>
      {group.title === TEXTS_GROUP_TITLE && unsaved && drafts && (
        <Text className={styles.wide}>ร่างด้านล่างมาจากข้อมูลที่บันทึกในชีตแล้ว บันทึกก่อนเพื่อดูร่างตามข้อมูลที่แก้</Text>
      )}
      {group.title === TEXTS_GROUP_TITLE && drafts && draftsAwaitYear && (
        <Text className={styles.wide}>
          ยังไม่มีปีงบประมาณ: ข้อความที่อ้างถึงปี (เรื่อง เนื้อหาบันทึกข้อความ บทนำรายงานผล ชื่อแผน)
          จะมีร่างให้เมื่อกรอกปีงบประมาณและบันทึกแล้ว
        </Text>
      )}
      {group.keys.map((key) => {
        const wide = fieldKind(key).kind === "textarea" ? styles.wide : undefined;
        const missing = (form.missing as readonly FormKey[]).includes(key);
        const value = formValue(form, key);
        const field = (
          <SettingField
            key={key}
            settingKey={key}
            value={value}
            missing={missing}
            problem={problemOf(key)}
            onChange={(v) => onChange(key, v)}
            className={wide}
          />
        );
        const draft =
          isReportText(key) && !missing && value.trim() === "" && drafts
            ? draftOf(drafts, key)
            : "";
        if (!draft) return field;
        return (
          <div key={key} className={wide}>
            {field}
            <TextDraft
              label={formLabel(key)}
              draft={draft}
              onStart={(text) => {
                onChange(key, text);
                setFocusKey(key);
              }}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
