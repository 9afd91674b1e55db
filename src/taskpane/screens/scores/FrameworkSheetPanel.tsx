import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { latestFramework } from "../../../domain/framework/frameworkSet";
import { FRAMEWORK_SHEET } from "../../../domain/input/frameworkLayout";
import type { ReadResult } from "../../../domain/input/readInputWorkbook";
import { ActionStatus } from "../../components/ActionStatus";
import { useAction } from "../../hooks/useAction";
import { useServices } from "../../servicesContext";
import type { Navigate } from "../screens";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
});

/**
 * Which frame scores the years, and, for a year whose manual the program does not know yet,
 * the action that adds the framework sheet (เกณฑ์ ITA) to type it into.
 */
export function FrameworkSheetPanel({
  read,
  onChanged,
  onNavigate,
}: {
  readonly read: ReadResult;
  readonly onChanged: () => void;
  readonly onNavigate: Navigate;
}) {
  const styles = useStyles();
  const services = useServices();
  const add = useAction();
  const known = latestFramework().fiscalYearBE;
  const problems = read.issues.filter((i) => i.sheet === FRAMEWORK_SHEET && i.severity === "error");
  const records = read.input?.frameworks ?? [];

  const addSheet = () =>
    add.run("กำลังเพิ่มชีตเกณฑ์…", async () => {
      const r = await services.createFrameworkSheet();
      onChanged();
      if (r.written.includes(FRAMEWORK_SHEET))
        return {
          intent: "success",
          title: `เพิ่มชีต ${FRAMEWORK_SHEET} แล้ว`,
          text: `แก้ปี น้ำหนัก ตัวชี้วัด และระดับในชีตให้ตรงกับคู่มือการประเมินของ ป.ป.ช. ก่อนสร้างรายงาน`,
        };
      return {
        intent: "info",
        title: `มีชีต ${FRAMEWORK_SHEET} อยู่แล้ว จึงไม่แก้ไข`,
        text: r.skipped.join(" "),
      };
    });

  return (
    <section className={styles.panel} aria-label="เกณฑ์การประเมิน">
      <Text weight="semibold">เกณฑ์การประเมิน</Text>
      {problems.length > 0 ? (
        <Text>
          ชีต {FRAMEWORK_SHEET} มีปัญหา {problems.length} รายการ จึงยังไม่ได้ใช้เกณฑ์ในชีตนั้น{" "}
          <Link onClick={() => onNavigate("check")}>ดูที่หน้าตรวจข้อมูล</Link>
        </Text>
      ) : records.length > 0 ? (
        <Text>
          ปี {records.map((r) => r.fiscalYearBE).join(", ")} คิดคะแนนตามเกณฑ์ในชีต {FRAMEWORK_SHEET}{" "}
          ที่ผู้จัดทำกำหนด แทนเกณฑ์ของโปรแกรม
        </Text>
      ) : (
        <>
          <Text>
            โปรแกรมรู้เกณฑ์ถึงปี {known} ปีหลังจากนั้นใช้เกณฑ์ปี {known} ไปก่อน และรายงานจะบอกไว้ เมื่อ ป.ป.ช.
            ประกาศคู่มือปีใหม่ เพิ่มชีตเกณฑ์แล้วแก้ตามคู่มือได้
          </Text>
          <Button onClick={() => void addSheet()} disabledFocusable={add.busy}>
            เพิ่มชีต {FRAMEWORK_SHEET} ปี {known + 1}
          </Button>
        </>
      )}
      <ActionStatus state={add.state} />
    </section>
  );
}
