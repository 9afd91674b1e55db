import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { issueLocation, type ValidationIssue } from "../../../domain/issues/validationIssue";
import { countText, groupIssues } from "./issueGroups";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  issue: {
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    height: "auto",
    paddingTop: "4px",
    paddingBottom: "4px",
  },
  plain: { display: "block", padding: `4px ${tokens.spacingHorizontalS}` },
  // The strong palette colours keep 4.5:1 on the subtle button's hover background too, light and dark.
  error: { color: tokens.colorPaletteRedForeground2, fontWeight: tokens.fontWeightSemibold },
  warning: {
    color: tokens.colorPaletteDarkOrangeForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface IssueGroupsProps {
  readonly issues: readonly ValidationIssue[];
  /** Selects the issue's cell in the workbook; without it issues are plain text. */
  readonly onSelect?:
    ((issue: ValidationIssue & { sheet: string; cell: string }) => void) | undefined;
  /** Which issues with a place `onSelect` can take the user to; all of them when not given. */
  readonly canSelect?: ((issue: { sheet: string; cell: string }) => boolean) | undefined;
}

/** The message without its "ชีต … เซลล์ …:" prefix, which the group heading and cell label already say. */
function shortMessage(issue: ValidationIssue): string {
  const prefix = `${issueLocation(issue)}: `;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}

/** Issues by sheet with counts; an issue with a cell is a button that selects it. */
export function IssueGroups({ issues, onSelect, canSelect }: IssueGroupsProps) {
  const styles = useStyles();
  const baseId = useId();
  return (
    <>
      {groupIssues(issues).map((g, k) => {
        const name = g.sheet ? `ชีต ${g.sheet}` : "ทั่วไป";
        const headingId = `${baseId}-${k}`;
        return (
          <section key={g.sheet ?? ""} className={styles.group} aria-labelledby={headingId}>
            <Text as="h3" weight="semibold" id={headingId}>
              {name} ({countText(g.errors, g.warnings)})
            </Text>
            <ul className={styles.list} aria-label={`ปัญหาใน${name}`}>
              {g.issues.map((issue, i) => {
                const kind = (
                  <span className={issue.severity === "error" ? styles.error : styles.warning}>
                    {issue.severity === "error" ? "ข้อผิดพลาด" : "คำเตือน"}
                    {issue.cell ? ` ${issue.cell}` : ""}:{" "}
                  </span>
                );
                const { sheet, cell } = issue;
                return (
                  <li key={`${issue.code}-${issue.cell ?? ""}-${i}`}>
                    {onSelect && sheet && cell && (canSelect?.({ sheet, cell }) ?? true) ? (
                      <Button
                        appearance="subtle"
                        className={styles.issue}
                        onClick={() => onSelect({ ...issue, sheet, cell })}
                      >
                        <span>
                          {kind}
                          {shortMessage(issue)}
                        </span>
                      </Button>
                    ) : (
                      <Text className={styles.plain}>
                        {kind}
                        {shortMessage(issue)}
                      </Text>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
