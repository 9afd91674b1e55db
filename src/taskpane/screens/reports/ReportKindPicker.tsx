import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  REPORT_KINDS,
  REPORT_SHEET_NAMES,
  REPORT_TITLES,
  type ReportKind,
} from "../../../domain/reports/buildReport";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  sheet: { display: "block", color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface ReportKindPickerProps {
  readonly chosen: readonly ReportKind[];
  readonly onChange: (kinds: ReportKind[]) => void;
  readonly disabled: boolean;
}

/** Which report sheets to build; each names the sheet it writes. */
export function ReportKindPicker({ chosen, onChange, disabled }: ReportKindPickerProps) {
  const styles = useStyles();
  const toggle = (kind: ReportKind, on: boolean) =>
    onChange(REPORT_KINDS.filter((k) => (k === kind ? on : chosen.includes(k))));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>
        <Text weight="semibold">รายงานที่จะสร้าง</Text>
      </legend>
      {REPORT_KINDS.map((kind) => (
        <Checkbox
          key={kind}
          disabled={disabled}
          checked={chosen.includes(kind)}
          onChange={(_, d) => toggle(kind, d.checked === true)}
          label={
            <>
              {REPORT_TITLES[kind]}
              <Text size={200} className={styles.sheet}>
                ชีต {REPORT_SHEET_NAMES[kind]}
              </Text>
            </>
          }
        />
      ))}
      <Text size={200} className={styles.hint}>
        แต่ละรายงานเขียนเป็นชีตของตัวเอง แทนที่ชีตรายงานเดิมชื่อเดียวกัน
      </Text>
    </fieldset>
  );
}
