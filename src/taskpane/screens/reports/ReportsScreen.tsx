import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { BuildStep } from "../../../app/buildReportsInSteps";
import type { BuildOutcome } from "../../../app/buildWorkbookReport";
import {
  defaultReportKinds,
  REPORT_KINDS,
  type ReportKind,
} from "../../../domain/reports/buildReport";
import { ActionStatus } from "../../components/ActionStatus";
import { ScreenSection } from "../../components/ScreenSection";
import { useAction } from "../../hooks/useAction";
import { useInputRead } from "../../hooks/useInputRead";
import { useServices } from "../../servicesContext";
import { IssueGroups } from "../check/IssueGroups";
import { issueFieldJump } from "../fieldTarget";
import type { Navigate } from "../screens";
import { BuildProgress } from "./BuildProgress";
import { PdfHelp } from "./PdfHelp";
import { ReportKindPicker } from "./ReportKindPicker";
import { WrittenSheets } from "./WrittenSheets";
import { nextPaint } from "./nextPaint";
import { bringIntoView } from "../../components/bringIntoView";

/** Reports: choose, build with progress, open the written sheets, and the way to a PDF. */
export function ReportsScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  const services = useServices();
  const { state } = useInputRead();
  const [chosen, setChosen] = useState<readonly ReportKind[] | null>(null);
  const [step, setStep] = useState<BuildStep | null>(null);
  const [outcome, setOutcome] = useState<BuildOutcome | null>(null);
  const build = useAction();
  const other = useAction();
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) bringIntoView(result.current);
  }, [outcome]);

  // The reports that suit the round are chosen until the user chooses.
  useEffect(() => {
    if (chosen === null && state.kind !== "loading")
      setChosen(
        state.kind === "ready" && state.read.input
          ? defaultReportKinds(state.read.input)
          : [...REPORT_KINDS],
      );
  }, [state, chosen]);
  const kinds = chosen ?? [];

  const runBuild = () =>
    build.run("กำลังสร้างรายงาน…", async () => {
      setOutcome(null);
      try {
        // Each step is painted before the build goes on, so the bar moves even where the build blocks the page.
        const onStep = async (s: BuildStep) => {
          flushSync(() => setStep(s));
          await nextPaint();
        };
        setOutcome(await services.buildReports(kinds, onStep));
      } finally {
        setStep(null);
      }
      return null;
    });
  const { selectCell, openReportsInNewWorkbook, file } = services;
  const goTo =
    selectCell &&
    ((sheet: string, cell: string) =>
      other.run(`กำลังไปที่ชีต ${sheet} เซลล์ ${cell}…`, async () => {
        await selectCell(sheet, cell);
        return null;
      }));
  const openNew =
    openReportsInNewWorkbook &&
    (() =>
      other.run("กำลังเปิดรายงานในสมุดงานใหม่…", async () => {
        await openReportsInNewWorkbook(kinds);
        return {
          intent: "success",
          title: "เปิดรายงานในสมุดงานใหม่แล้ว",
          text: "ส่งออกเป็น PDF จากสมุดงานใหม่นั้นด้วย ไฟล์ › ส่งออก",
        };
      }));
  const download =
    file &&
    (() =>
      other.run("กำลังเตรียมไฟล์…", async () => {
        const name = await file.download();
        return {
          intent: "success",
          title: "ดาวน์โหลดแล้ว",
          text: `ไฟล์ ${name} มีทั้งชีตข้อมูลและชีตรายงาน อยู่ในโฟลเดอร์ดาวน์โหลดของเบราว์เซอร์`,
        };
      }));
  const errors = outcome && !outcome.ok ? outcome.issues.filter((i) => i.severity === "error") : [];
  const warnings = outcome?.issues.filter((i) => i.severity === "warning").length ?? 0;

  return (
    <ScreenSection title="สร้างรายงาน">
      <ReportKindPicker chosen={kinds} onChange={setChosen} disabled={build.busy} />
      <Button
        appearance="primary"
        disabledFocusable={kinds.length === 0 || build.busy}
        onClick={runBuild}
      >
        สร้างชีตรายงาน ({kinds.length} รายงาน)
      </Button>
      {step && <BuildProgress step={step} host={file ? "browser" : "excel"} />}
      <ActionStatus state={build.state} />
      <div
        ref={result}
        tabIndex={-1}
        style={{ outline: "none", display: "flex", flexDirection: "column", rowGap: "12px" }}
      >
        {outcome?.ok && (
          <MessageBar
            intent={outcome.write.skipped.length ? "warning" : "success"}
            layout="multiline"
          >
            <MessageBarBody>
              <MessageBarTitle>สร้างรายงานแล้ว {outcome.write.written.length} ชีต</MessageBarTitle>
              {(outcome.write.removed ?? []).length > 0 && (
                <div>ลบชีตที่ไม่ได้ใช้แล้ว: {outcome.write.removed!.join(", ")}</div>
              )}
              {outcome.write.skipped.map((note) => (
                <div key={note}>{note}</div>
              ))}
              {warnings > 0 && (
                <div>
                  มีคำเตือน {warnings} รายการ{" "}
                  <Link onClick={() => onNavigate("check")}>ดูที่หน้าตรวจข้อมูล</Link>
                </div>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.ok && (
          <WrittenSheets
            sheets={outcome.write.written}
            onShow={goTo && ((sheet) => goTo(sheet, "A1"))}
          />
        )}
        {outcome?.ok && download && (
          <Button appearance="primary" onClick={download}>
            ดาวน์โหลดไฟล์ (.xlsx)
          </Button>
        )}
        {outcome && !outcome.ok && (
          <>
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>ยังสร้างรายงานไม่ได้</MessageBarTitle>
                พบข้อผิดพลาด {errors.length} รายการ กรุณาแก้แล้วสร้างใหม่ ยังไม่มีชีตใดถูกเขียน
              </MessageBarBody>
            </MessageBar>
            <IssueGroups
              issues={errors}
              {...(goTo
                ? { onSelect: (i: { sheet: string; cell: string }) => goTo(i.sheet, i.cell) }
                : issueFieldJump(onNavigate))}
            />
            {!goTo && (
              <Text>
                แก้ได้ที่หน้า <Link onClick={() => onNavigate("settings")}>ข้อมูล</Link>{" "}
                <Link onClick={() => onNavigate("scores")}>คะแนน</Link>{" "}
                <Link onClick={() => onNavigate("measures")}>มาตรการ</Link> หรือดูทั้งหมดที่{" "}
                <Link onClick={() => onNavigate("check")}>หน้าตรวจข้อมูล</Link>
              </Text>
            )}
          </>
        )}
      </div>
      <ActionStatus state={other.state} />
      <Text size={200}>ชีตข้อมูลไม่ถูกแก้ไขเมื่อสร้างรายงาน</Text>
      <PdfHelp
        standalone={file !== undefined}
        onOpenInNewWorkbook={openNew}
        busy={other.busy || build.busy}
      />
    </ScreenSection>
  );
}
