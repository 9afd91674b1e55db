import type { ScoreProblem } from "../numbers/parseScore";

/** Thai wording of why a score could not be read; `value` is what the cell held. */
export const scoreProblemText: Record<ScoreProblem, (value: string) => string> = {
  empty: () => "ยังไม่ได้กรอกคะแนน",
  "not-a-number": (v) => `"${v}" ไม่ใช่ตัวเลข กรุณากรอกคะแนนเป็นตัวเลข เช่น 95.42`,
  "decimal-comma": (v) =>
    `"${v}" ใช้จุลภาค (,) เป็นจุดทศนิยม กรุณาใช้จุด (.) เช่น ${v.replace(",", ".")}`,
  "too-many-decimals": (v) =>
    `"${v}" มีทศนิยมเกิน 2 ตำแหน่ง กรุณากรอกคะแนนตามที่ ป.ป.ช. ประกาศ (ทศนิยม 2 ตำแหน่ง)`,
  "out-of-range": (v) => `"${v}" อยู่นอกช่วง 0–100`,
  "cell-error": (v) => `เซลล์มีค่าผิดพลาด ${v} กรุณากรอกคะแนนเป็นตัวเลข`,
};
