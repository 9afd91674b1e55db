import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { YearSummary } from "../../../domain/scoring/scoreSummary";
import { formatHundredths } from "../../../domain/numbers/hundredths";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    flex: "1 1 140px",
  },
  badge: { alignSelf: "flex-start" },
  overall: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** One year's computed figures: overall score, level and the three instruments. */
export function YearSummaryCard({ year }: { readonly year: YearSummary }) {
  const styles = useStyles();
  const passed = year.overall >= year.framework.passMark;
  return (
    <section className={styles.card} aria-label={`ผลคะแนนปี ${year.fiscalYearBE}`}>
      <Text weight="semibold">ITA ปี {year.fiscalYearBE}</Text>
      <span className={styles.overall}>{formatHundredths(year.overall, "arabic")}</span>
      <Badge appearance="tint" color={passed ? "success" : "danger"} className={styles.badge}>
        {year.level}
      </Badge>
      {year.instruments.map((i) => (
        <Text key={i.code} size={200}>
          {i.code} {formatHundredths(i.score, "arabic")} (น้ำหนัก {i.weightPercent}%)
        </Text>
      ))}
      {year.provisional && <Text size={200}>เกณฑ์ปีนี้ยังเป็นค่าเบื้องต้น</Text>}
    </section>
  );
}
