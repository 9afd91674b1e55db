import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM } });

/** The standalone page, beside the add-in page wherever the add-in is served. */
export const STANDALONE_URL = "standalone.html";

/** What the add-in page shows when it is not inside Excel: the way to the same pane in a plain browser. */
export function OutsideExcel({ why }: { readonly why: "no-office" | "not-excel" }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>หน้านี้เป็นบานหน้าต่างของ Excel</MessageBarTitle>
          {why === "no-office"
            ? "เปิดหน้านี้นอก Excel หรือโหลดส่วนเชื่อมต่อของ Excel (Office.js) ไม่ได้ "
            : "หน้านี้ไม่ได้เปิดอยู่ใน Excel "}
          ใน Excel ให้กดปุ่ม รายงาน ITA บนแท็บหน้าแรก ถ้าไม่มี Excel ที่ใช้ add-in ได้ (เช่น Office 2016/2019) ใช้{" "}
          <Link href={STANDALONE_URL}>รายงาน ITA ในเบราว์เซอร์</Link> ได้เลย: เปิดไฟล์ .xlsx หรือเริ่มใหม่
          กรอกข้อมูล แล้วดาวน์โหลดรายงาน
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
