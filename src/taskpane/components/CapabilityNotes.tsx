import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: "1.2em" } });

/** What this Excel cannot do, and why, shown once instead of failing later; the user may close it. */
export function CapabilityNotes({ notes }: { readonly notes: readonly string[] }) {
  const styles = useStyles();
  const [closed, setClosed] = useState(false);
  if (notes.length === 0 || closed) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Excel รุ่นนี้ทำได้ไม่ครบ</MessageBarTitle>
        <ul className={styles.list} aria-label="สิ่งที่ Excel รุ่นนี้ทำไม่ได้">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        รายงานยังสร้างได้ ส่วนที่ข้ามไปทำได้ใน Excel for Microsoft 365 หรือหน้าเว็บรายงาน ITA
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => setClosed(true)}>
          ปิดข้อความนี้
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
