import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ValidationIssue } from "../../../domain/issues/validationIssue";
import { ActionStatus } from "../../components/ActionStatus";
import { ScreenSection } from "../../components/ScreenSection";
import { useAction } from "../../hooks/useAction";
import { useServices } from "../../servicesContext";
import { issueFieldJump } from "../fieldTarget";
import type { Navigate } from "../screens";
import { IssueGroups } from "./IssueGroups";
import { countText } from "./issueGroups";

interface CheckResult {
  readonly issues: readonly ValidationIssue[];
  /** Cells marked in the sheet; null where the host cannot mark cells. */
  readonly marked: number | null;
}

/** Check: validate the input sheets, list the issues by sheet, select a cell, mark cells in the sheet. */
export function CheckScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  const services = useServices();
  const check = useAction();
  const select = useAction();
  const [result, setResult] = useState<CheckResult | null>(null);

  const runCheck = () =>
    check.run("กำลังตรวจข้อมูล…", async () => {
      const { issues } = await services.validate();
      const marked = services.markIssues ? await services.markIssues(issues) : null;
      setResult({ issues, marked });
      return null;
    });
  const selectCell = services.selectCell;
  // In Excel an issue selects its cell; on the standalone page it opens its field in the pane.
  const jump = selectCell
    ? {
        onSelect: (issue: { sheet: string; cell: string }) =>
          select.run(`กำลังไปที่เซลล์ ${issue.cell}…`, async () => {
            await selectCell(issue.sheet, issue.cell);
            return null;
          }),
        canSelect: undefined,
      }
    : issueFieldJump(onNavigate);

  const errors = result?.issues.filter((i) => i.severity === "error").length ?? 0;
  const warnings = (result?.issues.length ?? 0) - errors;
  return (
    <ScreenSection title="ตรวจข้อมูล">
      <Text>
        ตรวจชีตข้อมูลทั้งหมดโดยไม่แก้ค่าในเซลล์
        {services.markIssues ? " เซลล์ที่มีปัญหาจะถูกระบายสีในชีต (แดง = ข้อผิดพลาด, เหลือง = คำเตือน)" : ""}
      </Text>
      <Button appearance="primary" onClick={runCheck} disabledFocusable={check.busy}>
        ตรวจข้อมูล
      </Button>
      <ActionStatus state={check.state} />
      {result && (
        <MessageBar intent={errors ? "error" : warnings ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {result.issues.length
                ? `พบ${countText(errors, warnings).replace(" · ", " และ")} รายการ`
                : "ข้อมูลถูกต้อง"}
            </MessageBarTitle>
            {errors ? "ข้อผิดพลาดต้องแก้ก่อนสร้างรายงาน คำเตือนไม่บังคับ" : "สร้างรายงานได้ "}
            {!errors && <Link onClick={() => onNavigate("reports")}>ไปที่หน้าสร้างรายงาน</Link>}
            {result.marked !== null &&
              result.marked > 0 &&
              ` ระบายสีเซลล์ในชีตแล้ว ${result.marked} เซลล์`}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && result.issues.length > 0 && (
        <Text size={200}>
          {selectCell ? "คลิกรายการเพื่อไปที่เซลล์นั้นในชีต" : "คลิกรายการเพื่อไปแก้ที่ช่องนั้น"}
        </Text>
      )}
      <ActionStatus state={select.state} />
      {result && (
        <IssueGroups issues={result.issues} onSelect={jump.onSelect} canSelect={jump.canSelect} />
      )}
    </ScreenSection>
  );
}
