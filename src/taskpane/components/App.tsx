import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ValidationIssue } from "../../domain/input/validationIssue";
import type { TaskpaneServices } from "../services";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    fontFamily: `"Leelawadee UI", Tahoma, ${tokens.fontFamilyBase}`,
  },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

type Status =
  | { kind: "idle" }
  | { kind: "busy"; what: string }
  | { kind: "done"; intent: "success" | "warning" | "error"; title: string; text: string; issues: readonly ValidationIssue[] };

export interface AppProps {
  readonly services: TaskpaneServices;
}

/** The task pane: create the input sheets, check them, and build the report sheets. */
export function App({ services }: AppProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const act = async (what: string, job: () => Promise<Status>) => {
    setStatus({ kind: "busy", what });
    try {
      setStatus(await job());
    } catch (error) {
      setStatus({ kind: "done", intent: "error", title: "ทำงานไม่สำเร็จ", text: (error as Error).message, issues: [] });
    }
  };

  const createSheets = () =>
    act("กำลังสร้างชีตข้อมูล…", async () => {
      const r = await services.createInputSheets();
      const text = [
        r.written.length ? `สร้างชีต ${r.written.join(", ")} แล้ว` : "",
        r.kept.length ? `มีชีต ${r.kept.join(", ")} อยู่แล้ว จึงไม่แก้ไข` : "",
      ].filter(Boolean).join(" ");
      return { kind: "done", intent: "success", title: "ชีตข้อมูลพร้อมแล้ว", text, issues: [] };
    });

  const validate = () =>
    act("กำลังตรวจข้อมูล…", async () => {
      const r = await services.validate();
      const errors = r.issues.filter((i) => i.severity === "error").length;
      return {
        kind: "done",
        intent: errors ? "error" : r.issues.length ? "warning" : "success",
        title: errors ? `พบข้อผิดพลาด ${errors} รายการ` : "ข้อมูลถูกต้อง",
        text: r.issues.length ? "" : "พร้อมสร้างรายงาน",
        issues: r.issues,
      };
    });

  const build = () =>
    act("กำลังสร้างรายงาน…", async () => {
      const r = await services.buildReports();
      if (!r.ok)
        return { kind: "done", intent: "error", title: "ยังสร้างรายงานไม่ได้", text: "กรุณาแก้ไขข้อผิดพลาดด้านล่างก่อน", issues: r.issues };
      const text = [`เขียนชีต ${r.write.written.join(", ")} แล้ว`, ...r.write.skipped].join(" ");
      return { kind: "done", intent: r.write.skipped.length ? "warning" : "success", title: "สร้างรายงานแล้ว", text, issues: r.issues };
    });

  const busy = status.kind === "busy";
  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold">
        รายงาน ITA
      </Text>
      {services.capabilityNotes.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Excel รุ่นนี้ทำได้ไม่ครบ</MessageBarTitle>
            {services.capabilityNotes.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button onClick={createSheets} disabled={busy}>
          เริ่มสมุดงาน ITA (สร้างชีตข้อมูล)
        </Button>
        <Button onClick={validate} disabled={busy}>
          ตรวจข้อมูล
        </Button>
        <Button appearance="primary" onClick={build} disabled={busy}>
          สร้างชีตรายงาน
        </Button>
      </div>
      {status.kind === "busy" && <Spinner size="small" label={status.what} />}
      {status.kind === "done" && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            {status.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "done" && <IssueList issues={status.issues} />}
    </main>
  );
}
