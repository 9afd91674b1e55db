import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useReducer, useRef, useState, type DragEvent } from "react";
import { useAction } from "../hooks/useAction";
import { readFileBytes } from "../readFileBytes";
import type { KeptWorkbookInfo, WorkbookFileStatus } from "../services";
import type { FileBarProps } from "./App";
import { ActionStatus } from "./ActionStatus";
import { ProgressText } from "./ProgressText";
import { bringIntoView } from "./bringIntoView";

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { flexBasis: "100%", overflowWrap: "anywhere" },
  state: { flexBasis: "100%", color: tokens.colorNeutralForeground3 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
  },
});

const when = (ms: number) =>
  new Intl.DateTimeFormat("th-TH", { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(ms),
  );

/** Where the open workbook stands, as the file bar says it; "kept" only once it is in the store. */
function keptText(status: WorkbookFileStatus): string {
  const where = status.keeping ? "กำลังเก็บไว้ในเบราว์เซอร์นี้…" : "เก็บไว้ในเบราว์เซอร์นี้แล้ว";
  return status.unsaved ? `มีการแก้ไขที่ยังไม่ได้ดาวน์โหลด (${where})` : where;
}

/** What the user asked for that would replace the open workbook, waiting for a yes. */
type Replacing = { readonly kind: "file"; readonly file: File } | { readonly kind: "new" };

/**
 * The standalone page's file: open an .xlsx (picker or drop), start a new one, download the
 * result; offers the workbook kept from an earlier visit, and asks before anything replaces a
 * workbook with changes that were never downloaded.
 */
export function WorkbookFileBar({ file, fileName, pendingEdits, onOpened }: FileBarProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  const [kept, setKept] = useState<KeptWorkbookInfo | null>(null);
  const [replacing, setReplacing] = useState<Replacing | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const action = useAction();
  const status = file.status();

  useEffect(() => file.onStatus(rerender), [file]);
  useEffect(() => {
    if (fileName !== null) return;
    let live = true;
    void file.kept().then((k) => live && setKept(k));
    return () => {
      live = false;
    };
  }, [file, fileName]);
  useEffect(() => bringIntoView(replacing ? confirmRef.current : null), [replacing]);

  const unsaved = () => fileName !== null && (status.unsaved || pendingEdits());
  const openNow = (f: File) =>
    action.run(
      `กำลังเปิด ${f.name}…`,
      async () => {
        await file.open(await readFileBytes(f), f.name);
        onOpened(f.name);
        return null;
      },
      `เปิดไฟล์ ${f.name} ไม่ได้`,
    );
  const newNow = () =>
    action.run("กำลังเริ่มสมุดงานใหม่…", async () => {
      await file.createNew();
      onOpened(file.fileName() ?? "");
      return null;
    });
  const ask = (what: Replacing) => {
    if (unsaved()) setReplacing(what);
    else void (what.kind === "file" ? openNow(what.file) : newNow());
  };
  const open = (f: File | undefined) => f && ask({ kind: "file", file: f });
  const restore = () =>
    action.run(
      "กำลังเปิดงานที่เก็บไว้…",
      async () => {
        await file.restoreKept();
        onOpened(file.fileName() ?? "");
        return null;
      },
      "เปิดงานที่เก็บไว้ไม่ได้",
    );
  const discard = () =>
    action.run("กำลังลบงานที่เก็บไว้…", async () => {
      await file.discardKept();
      setKept(null);
      return { intent: "info", title: "ลบงานที่เก็บไว้ในเบราว์เซอร์แล้ว" };
    });
  const download = () =>
    action.run("กำลังเตรียมไฟล์…", async () => ({
      intent: "success",
      title: "ดาวน์โหลดแล้ว",
      text: await file.download(),
    }));
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    open(e.dataTransfer.files[0]);
  };

  const input = (
    <input
      ref={picker}
      type="file"
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      aria-label="เลือกไฟล์ Excel (.xlsx)"
      className={styles.hidden}
      tabIndex={-1}
      onChange={(e) => {
        open(e.target.files?.[0]);
        e.target.value = "";
      }}
    />
  );
  const confirm = replacing && (
    <div ref={confirmRef} tabIndex={-1} style={{ outline: "none", flexBasis: "100%" }}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {replacing.kind === "file"
              ? `เปิด ${replacing.file.name} แทนสมุดงานนี้?`
              : "เริ่มสมุดงานใหม่แทนสมุดงานนี้?"}
          </MessageBarTitle>
          สมุดงานที่เปิดอยู่มีการแก้ไขที่ยังไม่ได้ดาวน์โหลด ถ้าเปิดแทน การแก้ไขนั้นจะหายไป
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => void download()}>
            ดาวน์โหลดก่อน
          </Button>
          <Button
            size="small"
            onClick={() => {
              setReplacing(null);
              void (replacing.kind === "file" ? openNow(replacing.file) : newNow());
            }}
          >
            {replacing.kind === "file" ? "เปิดไฟล์นั้นเลย" : "เริ่มใหม่เลย"}
          </Button>
          <Button size="small" onClick={() => setReplacing(null)}>
            ยกเลิก
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );

  if (fileName !== null)
    return (
      <div className={styles.bar}>
        <Text className={styles.name}>ไฟล์: {fileName}</Text>
        <Text size={200} className={styles.state}>
          {status.keepError ?? keptText(status)}
        </Text>
        {input}
        <Button
          size="small"
          onClick={() => picker.current?.click()}
          disabledFocusable={action.busy}
        >
          เปิดไฟล์อื่น
        </Button>
        <Button size="small" onClick={() => ask({ kind: "new" })} disabledFocusable={action.busy}>
          เริ่มสมุดงานใหม่
        </Button>
        <Button
          size="small"
          appearance={status.unsaved ? "primary" : "secondary"}
          onClick={download}
          disabledFocusable={action.busy}
        >
          ดาวน์โหลดไฟล์
        </Button>
        {confirm}
        <ActionStatus state={action.state} />
        {status.progress && <ProgressText text={status.progress} />}
      </div>
    );
  return (
    <div
      className={mergeClasses(styles.drop, dragging && styles.dragging)}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {kept && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>มีงานที่ทำค้างไว้ในเบราว์เซอร์นี้</MessageBarTitle>
            {kept.fileName} แก้ไขล่าสุด {when(kept.savedAt)}
            {kept.unsaved ? " (ยังไม่ได้ดาวน์โหลด)" : ""}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              appearance="primary"
              onClick={restore}
              disabledFocusable={action.busy}
            >
              ทำงานนี้ต่อ
            </Button>
            <Button size="small" onClick={discard} disabledFocusable={action.busy}>
              ลบงานนี้
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Text weight="semibold">เปิดสมุดงาน ITA (.xlsx)</Text>
      <Text>
        เลือกไฟล์ หรือลากไฟล์มาวางที่นี่ หรือเริ่มสมุดงานใหม่แล้วกรอกทุกอย่างในหน้านี้ ไฟล์อยู่ในเบราว์เซอร์นี้เท่านั้น
        ไม่ถูกส่งไปที่ใด
      </Text>
      {input}
      <Button
        appearance={kept ? "secondary" : "primary"}
        onClick={() => picker.current?.click()}
        disabledFocusable={action.busy}
      >
        เลือกไฟล์ Excel…
      </Button>
      <Button onClick={newNow} disabledFocusable={action.busy}>
        เริ่มสมุดงานใหม่
      </Button>
      <ActionStatus state={action.state} />
      {status.progress && <ProgressText text={status.progress} />}
    </div>
  );
}
