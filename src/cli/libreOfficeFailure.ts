import { CliError } from "./cliError";

/** Exit code of every failure to make the PDF (README, "The command line"). */
export const PDF_FAILED = 3;

/** Told with every PDF failure: the .xlsx report is there, and how to make the PDF from it. */
export const KEEP_XLSX = "ไฟล์รายงาน .xlsx เขียนไว้แล้ว เปิดไฟล์นั้นแล้วสั่งส่งออกเป็น PDF เองได้";

const duration = (ms: number) =>
  ms >= 60_000 ? `${Math.round(ms / 60_000)} นาที` : `${Math.round(ms / 1000)} วินาที`;

/** What the child process error says, as execFile reports it. */
interface ChildFailure {
  readonly code?: number | string | null;
  readonly killed?: boolean;
  readonly signal?: string | null;
  readonly stderr?: string | Buffer;
  readonly stdout?: string | Buffer;
}

/**
 * A failed LibreOffice run as a Thai message saying what happened and what to do, exit 3.
 * LibreOffice's own output (an English command line, a Java warning) is not shown: it says
 * nothing a user can act on, and the cases that matter are told apart here.
 */
export function libreOfficeFailure(error: unknown, timeoutMs: number): CliError {
  const e = (error ?? {}) as ChildFailure;
  const said = `${String(e.stderr ?? "")}\n${String(e.stdout ?? "")}`;
  if (e.code === "ENOENT")
    return new CliError(
      `สร้าง PDF ไม่ได้: เรียกโปรแกรม LibreOffice ไม่ได้ (ไม่พบไฟล์โปรแกรม) กรุณาติดตั้งใหม่ด้วย apt-get install libreoffice-calc-nogui ${KEEP_XLSX}`,
      PDF_FAILED,
    );
  if (e.killed || e.signal === "SIGTERM")
    return new CliError(
      `สร้าง PDF ไม่ได้: LibreOffice ทำงานนานเกิน ${duration(timeoutMs)}จึงถูกหยุด อาจเพราะเครื่องกำลังทำงานหนัก กรุณาลองใหม่อีกครั้ง ${KEEP_XLSX}`,
      PDF_FAILED,
    );
  if (/user ?installation|\.lock\b|locked|already running|profile/i.test(said))
    return new CliError(
      `สร้าง PDF ไม่ได้: LibreOffice เปิดโปรไฟล์ผู้ใช้ไม่ได้ (ถูกล็อกไว้ หรือโฟลเดอร์ชั่วคราวเขียนไม่ได้) กรุณาปิดหน้าต่าง LibreOffice ที่เปิดค้างอยู่ ตรวจพื้นที่ว่างของดิสก์ แล้วลองใหม่ ${KEEP_XLSX}`,
      PDF_FAILED,
    );
  const exit = typeof e.code === "number" ? ` (รหัส ${e.code})` : "";
  return new CliError(
    `สร้าง PDF ไม่ได้: LibreOffice แปลงไฟล์ไม่สำเร็จ${exit} กรุณาลองใหม่อีกครั้ง ถ้ายังไม่ได้ ลองเปิดไฟล์ด้วย LibreOffice เพื่อดูว่าเปิดได้หรือไม่ ${KEEP_XLSX}`,
    PDF_FAILED,
  );
}
