import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateSuggestion } from "../../../domain/catalogue/searchTemplates";
import { INDICATORS_2562 } from "../../../domain/framework/indicators";
import { formatHundredths } from "../../../domain/numbers/hundredths";
import { TemplateList, type TemplateListProps } from "./TemplateList";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface SuggestionsPanelProps extends Omit<TemplateListProps, "label" | "templates"> {
  readonly yearBE: number;
  /** How many of the ten indicators have a readable score that year. */
  readonly scored: number;
  readonly suggestions: readonly TemplateSuggestion[];
}

/** Templates for every indicator below 85 in the latest year, weakest first. */
export function SuggestionsPanel({ yearBE, scored, suggestions, ...list }: SuggestionsPanelProps) {
  const styles = useStyles();
  const unscored = scored < 10 && (
    <Text>ปี {yearBE} ยังไม่มีคะแนนที่อ่านได้ {10 - scored} ตัวชี้วัด จึงยังแนะนำสำหรับตัวชี้วัดนั้นไม่ได้</Text>
  );
  if (suggestions.length === 0)
    return (
      <>
        {unscored}
        <Text>ปี {yearBE} ตัวชี้วัดที่มีคะแนนได้ 85 คะแนนขึ้นไปทุกตัว เลือกมาตรการจากคลังด้านล่างได้ตามต้องการ</Text>
      </>
    );
  return (
    <>
      {unscored}
      <Text>ปี {yearBE} มี {suggestions.length} ตัวชี้วัดที่ได้ต่ำกว่า 85 คะแนน มาตรการที่แนะนำ:</Text>
      {suggestions.map((s) => {
        const name = INDICATORS_2562.find((i) => i.number === s.indicator)?.name ?? "";
        const label = `ตัวชี้วัดที่ ${s.indicator} ${name} (${formatHundredths(s.score, "arabic")} คะแนน)`;
        return (
          <div key={s.indicator} className={styles.group}>
            <Text as="h4" weight="semibold">
              {label}
            </Text>
            <TemplateList {...list} label={`มาตรการแนะนำสำหรับ${label}`} templates={s.templates} />
          </div>
        );
      })}
    </>
  );
}
