import type { YearProblem } from "./parseYear";
import { PLAUSIBLE_YEARS_BE } from "./parseYear";

/** Thai wording of why a year could not be read. */
export function yearProblemText(problem: YearProblem, value: string): string {
  switch (problem) {
    case "empty":
      return "ยังไม่ได้กรอกปี พ.ศ.";
    case "not-a-year":
      return `"${value}" ไม่ใช่ปี พ.ศ. 4 หลัก เช่น 2567`;
    case "gregorian":
      return `"${value}" เป็นปี ค.ศ. กรุณากรอกเป็นปี พ.ศ. (${Number(value) + 543})`;
    case "out-of-range":
      return `ปี พ.ศ. ${value} อยู่นอกช่วงที่เป็นไปได้ (${PLAUSIBLE_YEARS_BE.min}–${PLAUSIBLE_YEARS_BE.max})`;
  }
}
