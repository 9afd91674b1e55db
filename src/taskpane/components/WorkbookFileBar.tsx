import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { useAction } from "../hooks/useAction";
import { readFileBytes } from "../readFileBytes";
import type { WorkbookFile } from "../services";
import { ActionStatus } from "./ActionStatus";

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { flexBasis: "100%", overflowWrap: "anywhere" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
});

export interface WorkbookFileBarProps {
  readonly file: WorkbookFile;
  readonly fileName: string | null;
  readonly onOpened: (fileName: string) => void;
}

/** The standalone page's file: open an .xlsx (picker or drop), start a new one, download the result. */
export function WorkbookFileBar({ file, fileName, onOpened }: WorkbookFileBarProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const action = useAction();

  const open = (f: File | undefined) => {
    if (!f) return;
    void action.run(`กำลังเปิด ${f.name}…`, async () => {
      await file.open(await readFileBytes(f), f.name);
      onOpened(f.name);
      return null;
    }, `เปิดไฟล์ ${f.name} ไม่ได้`);
  };
  const createNew = () =>
    action.run("กำลังเริ่มสมุดงานใหม่…", async () => {
      await file.createNew();
      onOpened(file.fileName() ?? "");
      return null;
    });
  const download = () =>
    action.run("กำลังเตรียมไฟล์…", async () => ({ intent: "success", title: "ดาวน์โหลดแล้ว", text: await file.download() }));
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
  if (fileName !== null)
    return (
      <div className={styles.bar}>
        <Text className={styles.name}>ไฟล์: {fileName}</Text>
        {input}
        <Button size="small" onClick={() => picker.current?.click()} disabled={action.busy}>
          เปิดไฟล์อื่น
        </Button>
        <Button size="small" onClick={download} disabled={action.busy}>
          ดาวน์โหลดไฟล์
        </Button>
        <ActionStatus state={action.state} />
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
      <Text weight="semibold">เปิดสมุดงาน ITA (.xlsx)</Text>
      <Text>เลือกไฟล์ หรือลากไฟล์มาวางที่นี่ ไฟล์เปิดในเบราว์เซอร์นี้เท่านั้น ไม่ถูกส่งไปที่ใด</Text>
      {input}
      <Button appearance="primary" onClick={() => picker.current?.click()} disabled={action.busy}>
        เลือกไฟล์ Excel…
      </Button>
      <Button onClick={createNew} disabled={action.busy}>
        เริ่มสมุดงานใหม่
      </Button>
      <ActionStatus state={action.state} />
    </div>
  );
}
