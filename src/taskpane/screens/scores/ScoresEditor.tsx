import { Field, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ScoresForm } from "../../../app/scoresForm";
import { barText } from "../../../domain/framework/frameworkText";
import type { ScoreSummary } from "../../../domain/scoring/scoreSummary";
import type { useScoreDrafts } from "./useScoreDrafts";

const useStyles = makeStyles({
  // In a wide window the fields stay near their indicator's name.
  table: { tableLayout: "auto", maxWidth: "40rem" },
  input: { width: "5.6em", minWidth: 0 },
  field: { width: "5.6em" },
  cell: { verticalAlign: "top", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  name: { display: "block", color: tokens.colorNeutralForeground3 },
  change: { display: "block" },
  below: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The id of the field of a Scores sheet cell, for a jump to it. */
export const scoreFieldId = (cell: string) => `ita-score-${cell}`;

export interface ScoresEditorProps {
  readonly form: ScoresForm;
  readonly summary: ScoreSummary | null;
  readonly drafts: ReturnType<typeof useScoreDrafts>;
  /** The sheet's own issue about a cell (what the sheet holds now), or null. */
  readonly issueAt: (cell: string) => string | null;
}

/**
 * The Scores sheet as a table of fields (Fluent's Table: real table semantics, already in the
 * pane, and no grid keyboard model to fight the text fields): the two years in the header, each
 * indicator's two scores with its computed change beside its name, then the published totals.
 */
export function ScoresEditor({ form, summary, drafts, issueAt }: ScoresEditorProps) {
  const styles = useStyles();
  const yearText = (i: 0 | 1) => drafts.textOf(form.years[i].cell).trim() || (i === 0 ? "ปีก่อน" : "ปีนี้");
  const changeOf = (n: number) => summary?.comparison?.indicators.find((c) => c.number === n)?.text;
  const latest = summary?.years.at(-1);
  // The frame of the latest year scored, else the one the form is laid out by (the workbook's framework sheet first).
  const framework = latest?.framework ?? form.framework;
  const field = (cell: string, label: string, kind: "year" | "score") => {
    const problem = drafts.problemOf(cell) ?? (drafts.isDraft(cell) ? null : issueAt(cell));
    return (
      <Field className={styles.field} {...(problem ? { validationState: "error" as const, validationMessage: problem } : {})}>
        <Input
          id={scoreFieldId(cell)}
          className={styles.input}
          aria-label={label}
          inputMode="decimal"
          value={drafts.textOf(cell)}
          onChange={(_, d) => drafts.type({ cell, text: d.value, kind })}
          onBlur={() => drafts.commit(cell)}
          onKeyDown={(e) => e.key === "Enter" && drafts.commit(cell)}
        />
      </Field>
    );
  };
  return (
    <Table size="extra-small" className={styles.table} aria-label="กรอกคะแนนรายตัวชี้วัด">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.cell}>ตัวชี้วัด / ปี พ.ศ.</TableHeaderCell>
          {([0, 1] as const).map((i) => (
            <TableHeaderCell key={i} className={styles.cell}>
              {field(form.years[i].cell, i === 0 ? "ปีที่ประเมินก่อน (พ.ศ.)" : "ปีที่ประเมินล่าสุด (พ.ศ.)", "year")}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {form.indicators.map(({ number, scores }) => {
          const name = framework.indicators.find((i) => i.number === number)?.name ?? "";
          const score = latest?.indicators.find((i) => i.number === number)?.score;
          return (
            <TableRow key={number}>
              <TableCell className={styles.cell}>
                <Text weight="semibold">{number}</Text>
                <Text size={100} className={styles.name}>
                  {name}
                </Text>
                {changeOf(number) && (
                  <Text size={200} className={styles.change}>
                    {changeOf(number)}
                  </Text>
                )}
                {score !== undefined && score < framework.passMark && (
                  <Text size={200} className={styles.below}>
                    ต่ำกว่า {barText(framework.passMark)}
                  </Text>
                )}
              </TableCell>
              {([0, 1] as const).map((i) => (
                <TableCell key={i} className={styles.cell}>
                  {field(scores[i].cell, `ตัวชี้วัดที่ ${number} ปี ${yearText(i)}`, "score")}
                </TableCell>
              ))}
            </TableRow>
          );
        })}
        {form.official.map(({ label, scores }) => (
          <TableRow key={label}>
            <TableCell className={styles.cell}>
              <Text weight="semibold">{label}</Text>
              <Text size={100} className={styles.name}>
                {label === "ITA" ? "คะแนนรวมที่ ป.ป.ช. ประกาศ" : `คะแนนแบบวัด ${label} ที่ประกาศ`} (ถ้ามี)
              </Text>
            </TableCell>
            {([0, 1] as const).map((i) => (
              <TableCell key={i} className={styles.cell}>
                {field(scores[i].cell, `${label} ที่ประกาศ ปี ${yearText(i)}`, "score")}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
