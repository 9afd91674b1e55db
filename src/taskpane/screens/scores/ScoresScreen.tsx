import { Button, Link, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SCORES_SHEET } from "../../../domain/input/inputLayout";
import { summarizeScores } from "../../../domain/scoring/scoreSummary";
import { ScreenSection } from "../../components/ScreenSection";
import { useInputRead } from "../../hooks/useInputRead";
import type { Navigate } from "../screens";
import { ScoreTable } from "./ScoreTable";
import { YearSummaryCard } from "./YearSummaryCard";

const useStyles = makeStyles({
  cards: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Scores: the figures computed from the Scores sheet, read again on request and after edits. */
export function ScoresScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  const styles = useStyles();
  const { state, refresh, refreshing, watchError, canWatch } = useInputRead(true);
  const refreshButton = (
    <Button onClick={() => void refresh()} disabled={refreshing}>
      อ่านคะแนนจากชีตอีกครั้ง
    </Button>
  );
  const hint = canWatch
    ? `แก้คะแนนในชีต ${SCORES_SHEET} แล้วตัวเลขที่นี่จะปรับตามเอง`
    : `แก้คะแนนในชีต ${SCORES_SHEET} แล้วกดปุ่มด้านล่างเพื่ออ่านคะแนนใหม่`;

  let body;
  if (state.kind === "loading") body = <Spinner size="tiny" labelPosition="after" label="กำลังอ่านคะแนนจากชีต…" />;
  else if (state.kind === "failed")
    body = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{state.text}</MessageBarBody>
      </MessageBar>
    );
  else {
    const { input, issues } = state.read;
    const summary = input ? summarizeScores(input, "arabic") : null;
    const scoreIssues = issues.filter((i) => i.sheet === SCORES_SHEET).length;
    const incomplete = [...(input?.scores.keys() ?? [])].filter((y) => !summary?.years.some((r) => r.fiscalYearBE === y));
    body = (
      <>
        {scoreIssues > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              ชีต {SCORES_SHEET} มีปัญหา {scoreIssues} รายการ <Link onClick={() => onNavigate("check")}>ดูที่หน้าตรวจข้อมูล</Link>
            </MessageBarBody>
          </MessageBar>
        )}
        {incomplete.map((y) => (
          <Text key={y}>ปี {y} ยังคำนวณไม่ได้ เพราะคะแนนยังไม่ครบ 10 ตัวชี้วัดหรือมีช่องที่อ่านไม่ได้</Text>
        ))}
        {!summary || summary.years.length === 0 ? (
          <Text>ยังไม่มีปีที่กรอกคะแนนครบ 10 ตัวชี้วัด กรอกปี พ.ศ. และคะแนนในชีต {SCORES_SHEET}</Text>
        ) : (
          <>
            <div className={styles.cards}>
              {summary.years.slice(-2).map((y) => (
                <YearSummaryCard key={y.fiscalYearBE} year={y} />
              ))}
            </div>
            {summary.comparison && (
              <Text>
                คะแนนรวมปี {summary.comparison.currentYearBE} {summary.comparison.overall.text} จากปี {summary.comparison.previousYearBE}
                {summary.comparison.previousLevel !== summary.comparison.currentLevel &&
                  ` ระดับเปลี่ยนจาก ${summary.comparison.previousLevel} เป็น ${summary.comparison.currentLevel}`}
              </Text>
            )}
            <ScoreTable summary={summary} />
          </>
        )}
      </>
    );
  }
  return (
    <ScreenSection title="คะแนน ITA">
      <Text>{hint}</Text>
      {watchError && <Text>ปรับตัวเลขอัตโนมัติไม่ได้ ({watchError}) กรุณากดอ่านคะแนนอีกครั้งเอง</Text>}
      {refreshButton}
      <div aria-live="polite" aria-busy={refreshing}>
        {body}
      </div>
    </ScreenSection>
  );
}
