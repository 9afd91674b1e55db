import type { ValidationIssue } from "../domain/issues/validationIssue";
import { shownAsOneLine } from "./terminalText";

/**
 * Issues as Thai lines for a terminal, errors first: one line each, with the control characters
 * of the quoted cell text shown as \uXXXX, never acted on by the terminal.
 */
export function formatIssues(issues: readonly ValidationIssue[], file: string): string {
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
  return sorted
    .map(
      (i) =>
        `${file}: ${i.severity === "error" ? "ข้อผิดพลาด" : "คำเตือน"}: ${shownAsOneLine(i.message)}`,
    )
    .join("\n");
}
