import { Field, ProgressBar } from "@fluentui/react-components";
import type { BuildStep } from "../../../app/buildReportsInSteps";

const STEPS: Record<BuildStep, { value: number; text: string }> = {
  reading: { value: 0.25, text: "ขั้นที่ 1 จาก 2: อ่านและตรวจข้อมูลจากชีต…" },
  writing: { value: 0.65, text: "ขั้นที่ 2 จาก 2: เขียนชีตรายงาน (Excel อาจหยุดแสดงผลชั่วครู่)…" },
};

/** Where a build is; Excel may not repaint while it writes, so the pane shows that it is busy. */
export function BuildProgress({ step }: { readonly step: BuildStep }) {
  const { value, text } = STEPS[step];
  return (
    <Field validationMessage={text} validationState="none">
      <ProgressBar value={value} thickness="large" aria-label="ความคืบหน้าการสร้างรายงาน" aria-valuetext={text} />
    </Field>
  );
}
