import { Field, ProgressBar } from "@fluentui/react-components";
import { BUILD_STEPS, type BuildStep } from "../../../app/buildReportsInSteps";

/** Where the build is, in words that fit the host: inside Excel it may stop repainting while it writes. */
const TEXTS: Record<"excel" | "browser", Record<BuildStep, string>> = {
  excel: {
    reading: "อ่านและตรวจข้อมูลจากชีต…",
    building: "จัดทำรายงาน…",
    writing: "เขียนชีตรายงาน (Excel อาจหยุดแสดงผลชั่วครู่)…",
  },
  browser: {
    reading: "อ่านและตรวจข้อมูล…",
    building: "จัดทำรายงาน…",
    writing: "เขียนชีตรายงานลงในสมุดงาน (อาจใช้เวลาสักครู่)…",
  },
};

/** The build's progress bar; the build waits for each step to be painted before it goes on. */
export function BuildProgress({
  step,
  host,
}: {
  readonly step: BuildStep;
  readonly host: "excel" | "browser";
}) {
  const index = BUILD_STEPS.indexOf(step);
  const text = `ขั้นที่ ${index + 1} จาก ${BUILD_STEPS.length}: ${TEXTS[host][step]}`;
  return (
    <Field validationMessage={text} validationState="none">
      <ProgressBar
        value={(index + 0.5) / BUILD_STEPS.length}
        thickness="large"
        aria-label="ความคืบหน้าการสร้างรายงาน"
        aria-valuetext={text}
      />
    </Field>
  );
}
