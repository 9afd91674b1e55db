import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ValidationIssue } from "../../domain/input/validationIssue";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The issues found in the input, errors first, each naming its sheet and cell. */
export function IssueList({ issues }: { readonly issues: readonly ValidationIssue[] }) {
  const styles = useStyles();
  if (issues.length === 0) return null;
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <ul className={styles.list} aria-label="รายการที่ต้องแก้ไข">
      {sorted.map((issue, i) => (
        <li key={`${issue.code}-${i}`} className={issue.severity === "error" ? styles.error : styles.warning}>
          <Text>{issue.severity === "error" ? "ข้อผิดพลาด: " : "คำเตือน: "}{issue.message}</Text>
        </li>
      ))}
    </ul>
  );
}
