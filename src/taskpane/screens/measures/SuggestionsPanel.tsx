import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateSuggestion } from "../../../domain/catalogue/searchTemplates";
import { barText } from "../../../domain/framework/frameworkText";
import type { ItaFramework } from "../../../domain/framework/itaFramework";
import { planBar } from "../../../domain/model/planWording";
import type { PlanLayout } from "../../../domain/model/reportLayout";
import { formatHundredths } from "../../../domain/numbers/hundredths";
import { TemplateList, type TemplateListProps } from "./TemplateList";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface SuggestionsPanelProps extends Omit<TemplateListProps, "label" | "templates"> {
  readonly yearBE: number;
  /** The year's framework: its indicators and bars. */
  readonly framework: ItaFramework;
  /** The improvement plan's layout, which sets the bar (planBar). */
  readonly plan: PlanLayout;
  /** How many of the year's indicators have a readable score. */
  readonly scored: number;
  readonly suggestions: readonly TemplateSuggestion[];
}

/**
 * Templates for every indicator the improvement plan lists as a weakness in the latest year
 * (below planBar: the strength threshold, or the pass mark in the four-column plan), weakest
 * first, each with the bar it falls under, as the weak-indicator warning says it.
 */
export function SuggestionsPanel({
  yearBE,
  framework,
  plan,
  scored,
  suggestions,
  ...list
}: SuggestionsPanelProps) {
  const styles = useStyles();
  const total = framework.indicators.length;
  const bar = planBar(framework, plan);
  const unscored = scored < total && (
    <Text>
      ปี {yearBE} ยังไม่มีคะแนนที่อ่านได้ {total - scored} ตัวชี้วัด จึงยังแนะนำสำหรับตัวชี้วัดนั้นไม่ได้
    </Text>
  );
  if (suggestions.length === 0)
    return (
      <>
        {unscored}
        <Text>
          ปี {yearBE} ตัวชี้วัดที่มีคะแนนได้ {barText(bar.score)} คะแนนขึ้นไปทุกตัว
          เลือกมาตรการจากคลังด้านล่างได้ตามต้องการ
        </Text>
      </>
    );
  return (
    <>
      {unscored}
      <Text>
        ปี {yearBE} มี {suggestions.length} ตัวชี้วัดที่ได้คะแนน{bar.text} มาตรการที่แนะนำ:
      </Text>
      {suggestions.map((s) => {
        const name = framework.indicators.find((i) => i.number === s.indicator)?.name ?? "";
        const label = `ตัวชี้วัดที่ ${s.indicator} ${name} (${formatHundredths(s.score, "arabic")} คะแนน ${s.bar})`;
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
