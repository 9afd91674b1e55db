import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { textDraftsOf } from "../../../app/textDrafts";
import { draftsAwaitYear } from "../../../domain/reports/draftYear";
import {
  formKeys,
  formLabel,
  formValue,
  sameSettings,
  settingsFieldAt,
  settingsFormProblems,
  type FormKey,
  type SettingProblem,
  type SettingsForm,
} from "../../../app/settingsForm";
import { SETTINGS_SHEET } from "../../../domain/input/inputLayout";
import { ActionStatus } from "../../components/ActionStatus";
import { ScreenSection } from "../../components/ScreenSection";
import { STICKY_FOOTER } from "../../components/stickyFooter";
import { STICKY_BOTTOM } from "../../components/stickyScrollPadding";
import { useAction } from "../../hooks/useAction";
import { useInputRead } from "../../hooks/useInputRead";
import { savedText } from "../../savedText";
import { useServices } from "../../servicesContext";
import { showField, useShowFieldTarget } from "../fieldTarget";
import type { Navigate } from "../screens";
import { settingFieldId } from "./SettingField";
import { SettingsGroup } from "./SettingsGroup";
import { settingGroups } from "./settingFields";
import { SignatoriesEditor, signatoryFieldId } from "./SignatoriesEditor";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    marginBottom: tokens.spacingVerticalS,
    padding: 0,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The save button stays in reach on a long form.
  footer: STICKY_FOOTER,
  blocked: { color: tokens.colorPaletteRedForeground1 },
});

/** The form as read from the sheet (`before`) and as edited (`after`); kept while the user switches screens. */
export interface SettingsDraft {
  readonly before: SettingsForm;
  readonly after: SettingsForm;
}

export interface SettingsScreenProps {
  readonly draft: SettingsDraft | null;
  readonly onDraftChange: (draft: SettingsDraft | null) => void;
  readonly onNavigate: Navigate;
}

/** Settings: edits go into the cells next to their labels on the Settings sheet, and nowhere else. */
export function SettingsScreen({ draft, onDraftChange, onNavigate }: SettingsScreenProps) {
  const styles = useStyles();
  const services = useServices();
  const load = useAction();
  const save = useAction();
  const [noSheet, setNoSheet] = useState(false);
  const dirty = draft !== null && !sameSettings(draft.before, draft.after);
  // The drafts the reports would print, from the input sheets as saved (re-read after a save).
  const input = useInputRead(true);
  const drafts = useMemo(
    () => (input.state.kind === "ready" ? textDraftsOf(input.state.read) : null),
    [input.state],
  );

  const reload = () =>
    load.run("กำลังอ่านชีตข้อมูลรายงาน…", async () => {
      const form = await services.readSettings();
      setNoSheet(form === null);
      onDraftChange(form && { before: form, after: form });
      return null;
    });
  // Unsaved edits survive a visit to another screen; otherwise the sheet is read afresh.
  useEffect(() => {
    if (!dirty) void reload();
  }, []); // once, when the screen opens
  // An issue's cell, asked for from the check screen, is shown as its field, with the issue
  // beside it until the value changes (the form itself leaves blanks to the check).
  const [jumped, setJumped] = useState<{
    key: FormKey;
    value: string;
    problem: SettingProblem;
  } | null>(null);
  useShowFieldTarget(
    SETTINGS_SHEET,
    draft && !load.busy
      ? (cell, issue) => {
          const at = settingsFieldAt(draft.after.rows, cell);
          if (!at) return null;
          if (at.kind === "setting" && issue)
            setJumped({ key: at.key, value: formValue(draft.after, at.key), problem: issue });
          return document.getElementById(
            at.kind === "setting" ? settingFieldId(at.key) : signatoryFieldId(at.index, at.part),
          );
        }
      : null,
  );

  if (noSheet)
    return (
      <ScreenSection title="ข้อมูลรายงาน">
        <MessageBar intent="warning">
          <MessageBarBody>
            ยังไม่มีชีต {SETTINGS_SHEET} ในสมุดงานนี้{" "}
            <Link onClick={() => onNavigate("start")}>สร้างชีตข้อมูลที่หน้าเริ่มต้น</Link>
          </MessageBarBody>
        </MessageBar>
      </ScreenSection>
    );
  if (!draft)
    return (
      <ScreenSection title="ข้อมูลรายงาน">
        <ActionStatus state={load.state} />
      </ScreenSection>
    );

  const { before, after } = draft;
  const problems = settingsFormProblems(after);
  const groups = settingGroups(formKeys(after));
  const blocking = groups
    .flatMap((g) => g.keys)
    .filter(
      (k) => problems[k]?.severity === "error" && formValue(after, k) !== formValue(before, k),
    );
  const firstBlocking = blocking[0];
  const edit = (next: Partial<SettingsForm>) =>
    onDraftChange({ before, after: { ...after, ...next } });

  const saveToSheet = () =>
    save.run("กำลังบันทึกลงชีต…", async () => {
      const r = await services.saveSettings(before, after);
      const form = await services.readSettings();
      onDraftChange(form && { before: form, after: form });
      void input.refresh();
      // In Excel the sheet is at hand, so the cells are named too; the standalone page shows none.
      const inExcel = services.file === undefined;
      const text = savedText(r.saved, inExcel ? SETTINGS_SHEET : null);
      const missing = r.notFound.map((l) => `"${l}"`).join(", ");
      if (r.notFound.length)
        return {
          intent: "warning",
          title: "บันทึกได้บางส่วน",
          text: `${r.saved.length ? `${text} แต่` : ""}ช่อง ${missing} ไม่ได้บันทึก เพราะไม่พบแถวของช่องนั้นใน${inExcel ? "คอลัมน์ A ของ" : ""}ชีต ${SETTINGS_SHEET}`,
        };
      return { intent: "success", title: "บันทึกลงชีตแล้ว", text };
    });

  return (
    <ScreenSection title="ข้อมูลรายงาน">
      <Text>
        แก้ข้อมูลที่นี่แล้วกดบันทึก ระบบจะเขียนลงช่องข้อมูลในชีต {SETTINGS_SHEET} (ใน Excel แก้ในชีตโดยตรงก็ได้)
      </Text>
      {groups.map((g) => (
        <SettingsGroup
          key={g.title}
          group={g}
          form={after}
          problemOf={(key) =>
            problems[key] ??
            (jumped?.key === key && jumped.value === formValue(after, key) ? jumped.problem : null)
          }
          drafts={drafts}
          draftsAwaitYear={
            input.state.kind === "ready" &&
            input.state.read.input !== null &&
            draftsAwaitYear(input.state.read.input)
          }
          unsaved={dirty}
          onChange={(key, v) => edit({ values: { ...after.values, [key]: v } })}
        />
      ))}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>ผู้ลงนาม</legend>
        <SignatoriesEditor
          people={after.signatories}
          onChange={(signatories) => edit({ signatories })}
        />
      </fieldset>
      <div className={styles.footer} {...STICKY_BOTTOM}>
        {firstBlocking && (
          <Text className={styles.blocked}>
            ยังบันทึกไม่ได้: ช่อง &quot;{formLabel(firstBlocking)}&quot;
            {blocking.length > 1 ? ` และอีก ${blocking.length - 1} ช่อง` : ""} ต้องแก้ก่อน{" "}
            <Link
              onClick={() =>
                showField(document.getElementById(settingFieldId(firstBlocking)), SETTINGS_SHEET)
              }
            >
              ไปที่ช่องนั้น
            </Link>
          </Text>
        )}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabledFocusable={!dirty || blocking.length > 0 || save.busy}
            onClick={saveToSheet}
          >
            บันทึกลงชีต
          </Button>
          <Button
            disabledFocusable={!dirty || save.busy}
            onClick={() => onDraftChange({ before, after: before })}
          >
            ยกเลิกการแก้ไข
          </Button>
          <Button disabledFocusable={save.busy || load.busy} onClick={reload}>
            อ่านจากชีตอีกครั้ง
          </Button>
        </div>
        <ActionStatus state={save.state} />
        <ActionStatus state={load.state} />
      </div>
    </ScreenSection>
  );
}
