import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ScoresForm } from "../../../app/scoresForm";
import { SCORES_SHEET } from "../../../domain/input/inputLayout";
import { issueLocation } from "../../../domain/issues/validationIssue";
import { summarizeScores } from "../../../domain/scoring/scoreSummary";
import { latestFramework } from "../../../domain/framework/frameworkSet";
import { barText, numberRangesText } from "../../../domain/framework/frameworkText";
import { measuresFramework } from "../../../domain/scoring/inputFrameworks";
import { ActionStatus } from "../../components/ActionStatus";
import { ScreenSection } from "../../components/ScreenSection";
import { useAction } from "../../hooks/useAction";
import { errorText } from "../../errorText";
import { useInputRead } from "../../hooks/useInputRead";
import { useServices } from "../../servicesContext";
import type { Navigate } from "../screens";
import { useShowFieldTarget } from "../fieldTarget";
import { ScoresEditor, scoreFieldId } from "./ScoresEditor";
import { useScoreDrafts } from "./useScoreDrafts";
import { YearSummaryCard } from "./YearSummaryCard";
import { FrameworkSheetPanel } from "./FrameworkSheetPanel";

const useStyles = makeStyles({
  cards: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The screen's results one under another: as inline text they ran together ("… จากปี 2569ชีต คะแนน ITA มีปัญหา …").
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/**
 * Scores: type both years' scores (written into the Scores sheet, which stays the source of
 * truth) with the computed figures beside them, read again after every write, on request, and
 * shortly after any edit in the sheet where the host can tell.
 */
export function ScoresScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  const styles = useStyles();
  const services = useServices();
  const { state, refresh, refreshing, watchError, canWatch } = useInputRead(true);
  const [form, setForm] = useState<ScoresForm | null | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (state.kind !== "ready") return;
    let live = true;
    services.readScores().then(
      (f) => live && (setForm(f), setFormError(null)),
      (e: unknown) => live && setFormError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [state, services]);
  const reread = useCallback(() => refresh(), [refresh]);
  const drafts = useScoreDrafts(form ?? null, reread);
  const addRows = useAction();
  const addMissingRows = () =>
    addRows.run(
      "กำลังเพิ่มแถวในชีตคะแนน…",
      async () => {
        const added = await services.addScoreRows();
        await refresh();
        const what = rowsText(added.indicators, added.official);
        return what === ""
          ? {
              intent: "info",
              title: `ไม่ได้เพิ่มแถวในชีต ${SCORES_SHEET}`,
              text: "ไม่มีแถวที่ต้องเพิ่ม หรือชีตไม่มีหัวข้อคะแนนที่ ป.ป.ช. ประกาศให้เพิ่มต่อท้าย",
            }
          : {
              intent: "success",
              title: `เพิ่มแถว${what} ลงชีต ${SCORES_SHEET} แล้ว`,
              text: "กรอกคะแนนในช่องของแถวใหม่ได้เลย",
            };
      },
      "เพิ่มแถวไม่สำเร็จ",
    );
  // An issue's cell, asked for from the check screen, is shown as its field.
  useShowFieldTarget(
    SCORES_SHEET,
    form && state.kind === "ready" ? (cell) => document.getElementById(scoreFieldId(cell)) : null,
  );

  const read = state.kind === "ready" ? state.read : null;
  const input = read?.input ?? null;
  const summary = input ? summarizeScores(input, "arabic") : null;
  // The frame of the latest year entered (or the latest record): its indicator count and pass mark.
  const framework = input ? measuresFramework(input) : latestFramework();
  const scoreIssues = read?.issues.filter((i) => i.sheet === SCORES_SHEET) ?? [];
  const incomplete = [...(input?.scores.keys() ?? [])].filter(
    (y) => !summary?.years.some((r) => r.fiscalYearBE === y),
  );
  /**
   * The sheet's own issue about a cell, without the place (the field is the place). What a report
   * still needs (no scores yet, placed at the year's cell) is no fault of the field: on a new,
   * empty sheet it would greet the user with an error; the text above the table says it.
   */
  const issueAt = (cell: string) => {
    const issue = scoreIssues.find((i) => i.cell === cell && !i.code.startsWith("report-needs-"));
    return issue
      ? { text: issue.message.replace(`${issueLocation(issue)}: `, ""), severity: issue.severity }
      : null;
  };
  /** The indicators' score cells of a year that hold an error: what keeps it from being scored (a published total's cell does not). */
  const cellsOfYear = (yearBE: number) => {
    const k = form?.years.findIndex((y) => y.text === String(yearBE)) ?? -1;
    if (!form || k < 0) return [];
    const scoreCells = new Set(form.indicators.map((r) => r.scores[k]!.cell));
    return scoreIssues
      .filter((i) => i.severity === "error" && i.cell !== undefined && scoreCells.has(i.cell))
      .map((i) => i.cell!);
  };

  let body;
  if (state.kind === "failed" || formError)
    body = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{state.kind === "failed" ? state.text : formError}</MessageBarBody>
      </MessageBar>
    );
  else if (state.kind === "loading" || form === undefined)
    body = <Spinner size="tiny" labelPosition="after" label="กำลังอ่านคะแนนจากชีต…" />;
  else if (form === null)
    body = (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          ยังไม่มีตารางคะแนนในชีต {SCORES_SHEET}{" "}
          <Link onClick={() => onNavigate("start")}>สร้างชีตข้อมูลที่หน้าเริ่มต้น</Link>
        </MessageBarBody>
      </MessageBar>
    );
  else
    body = (
      <>
        {summary && summary.years.length > 0 && (
          <div className={styles.cards}>
            {summary.years.slice(-2).map((y) => (
              <YearSummaryCard key={y.fiscalYearBE} year={y} />
            ))}
          </div>
        )}
        {summary?.comparison && (
          <Text>
            คะแนนรวมปี {summary.comparison.currentYearBE} {summary.comparison.overall.text} จากปี{" "}
            {summary.comparison.previousYearBE}
            {summary.comparison.previousLevel !== summary.comparison.currentLevel &&
              ` ระดับเปลี่ยนจาก ${summary.comparison.previousLevel} เป็น ${summary.comparison.currentLevel}`}
          </Text>
        )}
        {incomplete.map((y) => {
          const cells = cellsOfYear(y);
          return (
            <Text key={y}>
              ปี {y} ยังคำนวณไม่ได้ เพราะคะแนนยังไม่ครบ {framework.indicators.length} ตัวชี้วัดหรือมีช่องที่อ่านไม่ได้
              {cells.length > 0 && `: เซลล์ ${cells.join(", ")} (ดูข้อความใต้ช่อง)`}
            </Text>
          );
        })}
        {(!summary || summary.years.length === 0) && (
          <Text>
            ยังไม่มีปีที่กรอกคะแนนครบ {framework.indicators.length} ตัวชี้วัด กรอกปี พ.ศ. และคะแนนในตารางด้านล่าง
          </Text>
        )}
        {scoreIssues.length > 0 && (
          <Text>
            ชีต {SCORES_SHEET} มีปัญหา {scoreIssues.length} รายการ{" "}
            <Link onClick={() => onNavigate("check")}>ดูที่หน้าตรวจข้อมูล</Link>
          </Text>
        )}
        {(form.unplaced.indicators.length > 0 || form.unplaced.official.length > 0) && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{unplacedText(form)}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void addMissingRows()} disabledFocusable={addRows.busy}>
                เพิ่มแถวในชีต {SCORES_SHEET}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <ActionStatus state={addRows.state} />
        <ScoresEditor form={form} summary={summary} drafts={drafts} issueAt={issueAt} />
        <Text size={200}>
          * คะแนนต่ำกว่าเกณฑ์ผ่าน {barText(framework.passMark)} คะแนน ทศนิยมไม่เกิน 2 ตำแหน่งตามที่ ป.ป.ช.
          ประกาศ
        </Text>
        {read && <FrameworkSheetPanel read={read} onChanged={reread} onNavigate={onNavigate} />}
      </>
    );
  return (
    <ScreenSection title="คะแนน ITA">
      <Text>
        กรอกปี พ.ศ. และคะแนนที่ ป.ป.ช. ประกาศ ระบบบันทึกลงชีต {SCORES_SHEET} เมื่อออกจากช่อง แล้วคำนวณผลให้ทันที
        {canWatch ? " (แก้ในชีตโดยตรงก็ได้ ตัวเลขที่นี่จะปรับตามเอง)" : ""}
      </Text>
      {watchError && <Text>ปรับตัวเลขอัตโนมัติไม่ได้ ({watchError}) กรุณากดอ่านคะแนนอีกครั้งเอง</Text>}
      <div className={styles.body} aria-busy={refreshing || drafts.writing}>
        {body}
      </div>
      {drafts.writing && <Spinner size="tiny" labelPosition="after" label="กำลังบันทึกคะแนนลงชีต…" />}
      {drafts.failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{drafts.failure}</MessageBarBody>
        </MessageBar>
      )}
      <Button onClick={() => void refresh()} disabledFocusable={refreshing}>
        อ่านคะแนนจากชีตอีกครั้ง
      </Button>
    </ScreenSection>
  );
}

/** "ตัวชี้วัดที่ 11–12 และคะแนนที่ประกาศ CIT"; "" for nothing. */
function rowsText(indicators: readonly number[], official: readonly string[]): string {
  const parts = [
    ...(indicators.length > 0 ? [`ตัวชี้วัดที่ ${numberRangesText(indicators)}`] : []),
    ...(official.length > 0 ? [`คะแนนที่ประกาศ ${official.join(" ")}`] : []),
  ];
  return parts.join(" และ");
}

/** What the year's frame has and the Scores sheet has no row for. */
function unplacedText({ framework, unplaced }: ScoresForm): string {
  return `เกณฑ์ปี ${framework.fiscalYearBE} มี${rowsText(unplaced.indicators, unplaced.official)} แต่ชีต ${SCORES_SHEET} ยังไม่มีแถว จึงยังกรอกที่นี่ไม่ได้`;
}
