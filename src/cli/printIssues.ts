import type { ValidationIssue } from "../domain/issues/validationIssue";

/** Issues as Thai lines for a terminal, errors first. */
export function formatIssues(issues: readonly ValidationIssue[], file: string): string {
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return sorted.map((i) => `${file}: ${i.severity === "error" ? "ข้อผิดพลาด" : "คำเตือน"}: ${i.message}`).join("\n");
}
