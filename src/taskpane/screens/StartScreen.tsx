import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { InputSheetsPresence } from "../../app/inputSheetsPresence";
import { ActionStatus } from "../components/ActionStatus";
import { ScreenSection } from "../components/ScreenSection";
import { useAction } from "../hooks/useAction";
import { useServices } from "../servicesContext";
import type { Navigate } from "./screens";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: "1.4em",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  present: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

/** Start: find the input sheets of the workbook, create the missing ones, and what comes next. */
export function StartScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  const styles = useStyles();
  const services = useServices();
  const [presence, setPresence] = useState<InputSheetsPresence | null>(null);
  const detect = useAction();
  const create = useAction();
  const inBrowser = services.file !== undefined;

  const runDetect = detect.run;
  const refresh = useCallback(
    () =>
      runDetect("กำลังตรวจหาชีตข้อมูล…", async () => {
        setPresence(await services.detectInputSheets());
        return null;
      }),
    [runDetect, services],
  );
  useEffect(() => void refresh(), [refresh]);

  const createSheets = () =>
    create.run("กำลังสร้างชีตข้อมูล…", async () => {
      const r = await services.createInputSheets();
      await refresh();
      const text = [
        r.written.length ? `สร้างชีต ${r.written.join(", ")} แล้ว` : "",
        r.kept.length ? `มีชีต ${r.kept.join(", ")} อยู่แล้ว จึงไม่แก้ไข` : "",
        ...r.skipped,
      ]
        .filter(Boolean)
        .join(" ");
      return { intent: r.skipped.length ? "warning" : "success", title: "ชีตข้อมูลพร้อมแล้ว", text };
    });

  return (
    <ScreenSection title="เริ่มต้น">
      <Text>
        {inBrowser
          ? "รายงาน ITA เก็บข้อมูลไว้ในชีตของสมุดงานนี้ (อยู่ในเบราว์เซอร์นี้) กรอกทุกอย่างได้ในหน้านี้ แล้วดาวน์โหลดไฟล์ที่มีรายงาน"
          : "รายงาน ITA เก็บข้อมูลไว้ในชีตของสมุดงานนี้ กรอกข้อมูลที่นี่หรือในชีต แล้วสร้างชีตรายงานจากบานหน้าต่างนี้"}
      </Text>
      <ActionStatus state={detect.state} />
      {presence && (
        <ul className={styles.list} aria-label="ชีตข้อมูลในสมุดงาน">
          {presence.present.map((name) => (
            <li key={name} className={styles.present}>
              ชีต {name}: มีแล้ว
            </li>
          ))}
          {presence.missing.map((name) => (
            <li key={name} className={styles.missing}>
              ชีต {name}: ยังไม่มี
            </li>
          ))}
        </ul>
      )}
      {presence && presence.missing.length > 0 && (
        <Button appearance="primary" onClick={createSheets} disabledFocusable={create.busy}>
          สร้างชีตข้อมูลที่ยังไม่มี ({presence.missing.length} ชีต)
        </Button>
      )}
      {presence && presence.missing.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>สมุดงานนี้มีชีตข้อมูลครบแล้ว</MessageBarBody>
        </MessageBar>
      )}
      <ActionStatus state={create.state} />
      <Text as="h3" weight="semibold">
        ขั้นตอนต่อไป
      </Text>
      <ol className={styles.list}>
        <li>
          <Link onClick={() => onNavigate("settings")}>กรอกข้อมูลรายงาน</Link> ชื่อหน่วยงาน ปีงบประมาณ
          และผู้ลงนาม
        </li>
        <li>
          <Link onClick={() => onNavigate("scores")}>กรอกคะแนน</Link> ตามที่ ป.ป.ช. ประกาศ ทั้งปีก่อนและปีนี้
          แล้วดูผลที่คำนวณ
        </li>
        <li>
          <Link onClick={() => onNavigate("measures")}>เลือกมาตรการ</Link> จากคลังหรือเพิ่มเอง
          แล้วกรอกผลและสถานะ
        </li>
        <li>
          <Link onClick={() => onNavigate("check")}>ตรวจข้อมูล</Link> และแก้ช่องที่มีปัญหา
        </li>
        <li>
          <Link onClick={() => onNavigate("reports")}>สร้างรายงาน</Link>{" "}
          {inBrowser ? "แล้วดาวน์โหลดไฟล์" : "แล้วส่งออกเป็น PDF"}
        </li>
      </ol>
    </ScreenSection>
  );
}
