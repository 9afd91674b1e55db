import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateSuggestion } from "../../../domain/catalogue/searchTemplates";
import { barText } from "../../../domain/framework/frameworkText";
import type { ItaFramework } from "../../../domain/framework/itaFramework";
import { formatHundredths } from "../../../domain/numbers/hundredths";
import { TemplateList, type TemplateListProps } from "./TemplateList";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface SuggestionsPanelProps extends Omit<TemplateListProps, "label" | "templates"> {
  readonly yearBE: number;
  /** The year's framework: its indicators and pass mark. */
  readonly framework: ItaFramework;
  /** How many of the year's indicators have a readable score. */
  readonly scored: number;
  readonly suggestions: readonly TemplateSuggestion[];
}

/** Templates for every indicator below the pass mark in the latest year, weakest first. */
export function SuggestionsPanel({ yearBE, framework, scored, suggestions, ...list }: SuggestionsPanelProps) {
  const styles = useStyles();
  const total = framework.indicators.length;
  const bar = barText(framework.passMark);
  const unscored = scored < total && (
    <Text>ปี {yearBE} ยังไม่มีคะแนนที่อ่านได้ {total - scored} ตัวชี้วัด จึงยังแนะนำสำหรับตัวชี้วัดนั้นไม่ได้</Text>
  );
  if (suggestions.length === 0)
    return (
      <>
        {unscored}
        <Text>ปี {yearBE} ตัวชี้วัดที่มีคะแนนได้ {bar} คะแนนขึ้นไปทุกตัว เลือกมาตรการจากคลังด้านล่างได้ตามต้องการ</Text>
      </>
    );
  return (
    <>
      {unscored}
      <Text>ปี {yearBE} มี {suggestions.length} ตัวชี้วัดที่ได้ต่ำกว่า {bar} คะแนน มาตรการที่แนะนำ:</Text>
      {suggestions.map((s) => {
        const name = framework.indicators.find((i) => i.number === s.indicator)?.name ?? "";
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
