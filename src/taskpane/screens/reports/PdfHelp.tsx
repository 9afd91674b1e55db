import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: "1.4em",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

export interface PdfHelpProps {
  /** The standalone page: the file is downloaded and exported elsewhere. */
  readonly standalone: boolean;
  /** Puts the reports into a new workbook; the button shows only when the host can. */
  readonly onOpenInNewWorkbook?: (() => void) | undefined;
  readonly busy: boolean;
}

/** How to get a PDF of the report sheets: Excel's own export, after the page setup the build did. */
export function PdfHelp({ standalone, onOpenInNewWorkbook, busy }: PdfHelpProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="ita-pdf-help">
      <Text as="h3" weight="semibold" id="ita-pdf-help">
        ส่งออกเป็น PDF
      </Text>
      {standalone ? (
        <ol className={styles.list}>
          <li>ดาวน์โหลดไฟล์ แล้วเปิดด้วย Excel หรือ LibreOffice</li>
          <li>คลิกแท็บชีตรายงาน (กด Ctrl ค้างไว้เพื่อเลือกหลายชีต)</li>
          <li>
            Excel: ไฟล์ › ส่งออก › สร้างเอกสาร PDF/XPS แล้วเลือก &quot;แผ่นงานที่ใช้งานอยู่&quot; ·
            LibreOffice: ไฟล์ › ส่งออกเป็น › ส่งออกเป็น PDF
          </li>
        </ol>
      ) : (
        <ol className={styles.list}>
          <li>คลิกแท็บชีตรายงาน (กด Ctrl ค้างไว้เพื่อเลือกหลายชีต)</li>
          <li>Windows: ไฟล์ › ส่งออก › สร้างเอกสาร PDF/XPS › ตัวเลือก › &quot;แผ่นงานที่ใช้งานอยู่&quot;</li>
          <li>Mac: ไฟล์ › บันทึกเป็น › รูปแบบไฟล์ PDF · Excel บนเว็บ: ไฟล์ › ส่งออก › ดาวน์โหลดเป็น PDF</li>
        </ol>
      )}
      <Text size={200}>
        ชีตรายงานตั้งค่ากระดาษ A4 ระยะขอบ หัวตารางซ้ำทุกหน้า และเลขหน้าไว้แล้ว
        {standalone ? "" : " (ยกเว้น Excel รุ่นที่แจ้งไว้ด้านบนว่าทำไม่ได้)"}
      </Text>
      {onOpenInNewWorkbook && (
        <Button onClick={onOpenInNewWorkbook} disabledFocusable={busy}>
          เปิดรายงานในสมุดงานใหม่
        </Button>
      )}
    </section>
  );
}
