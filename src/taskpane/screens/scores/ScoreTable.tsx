import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ScoreSummary } from "../../../domain/scoring/scoreSummary";
import { formatHundredths } from "../../../domain/numbers/hundredths";

const PASS_MARK = 8500;

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  change: { whiteSpace: "nowrap" },
  below: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  name: { display: "block", color: tokens.colorNeutralForeground3 },
});

/** The indicators of the last one or two complete years, with the change of each. */
export function ScoreTable({ summary }: { readonly summary: ScoreSummary }) {
  const styles = useStyles();
  const years = summary.years.slice(-2);
  const current = years.at(-1)!;
  const changes = summary.comparison?.indicators;
  const score = (h: number) => (
    <span className={h < PASS_MARK ? styles.below : undefined}>
      {formatHundredths(h, "arabic")}
      {h < PASS_MARK ? "*" : ""}
    </span>
  );
  return (
    <>
      <Table size="extra-small" className={styles.table} aria-label="คะแนนรายตัวชี้วัด">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>ตัวชี้วัด</TableHeaderCell>
            {years.map((y) => (
              <TableHeaderCell key={y.fiscalYearBE} className={styles.number}>
                {y.fiscalYearBE}
              </TableHeaderCell>
            ))}
            {changes && <TableHeaderCell>เปลี่ยนแปลง</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {current.indicators.map((ind) => (
            <TableRow key={ind.number}>
              <TableCell>
                {ind.number}
                <Text size={100} className={styles.name}>
                  {ind.name}
                </Text>
              </TableCell>
              {years.map((y) => (
                <TableCell key={y.fiscalYearBE} className={styles.number}>
                  {score(y.indicators.find((i) => i.number === ind.number)!.score)}
                </TableCell>
              ))}
              {changes && <TableCell className={styles.change}>{changes.find((c) => c.number === ind.number)?.text}</TableCell>}
            </TableRow>
          ))}
          <TableRow>
            <TableCell>
              <Text weight="semibold">คะแนนรวม</Text>
            </TableCell>
            {years.map((y) => (
              <TableCell key={y.fiscalYearBE} className={styles.number}>
                <Text weight="semibold">{formatHundredths(y.overall, "arabic")}</Text>
              </TableCell>
            ))}
            {summary.comparison && <TableCell className={styles.change}>{summary.comparison.overall.text}</TableCell>}
          </TableRow>
        </TableBody>
      </Table>
      <Text size={200}>* ต่ำกว่าเกณฑ์ผ่าน 85 คะแนน</Text>
    </>
  );
}
