import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { NewMeasure } from "../../../app/measureFromTemplate";
import type { PlacedMeasure } from "../../../app/measureRows";
import type { SavedField } from "../../../app/sheetCellWriter";
import type { ItaFramework } from "../../../domain/framework/itaFramework";
import type { MeasureField } from "../../../domain/model/measure";
import { ActionStatus } from "../../components/ActionStatus";
import { useAction } from "../../hooks/useAction";
import { usePendingEdits } from "../../hooks/usePendingEdits";
import { savedText } from "../../savedText";
import { MEASURES_SHEET } from "../../../domain/input/measuresLayout";
import { showField } from "../fieldTarget";
import { MeasureForm } from "./MeasureForm";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  title: { overflowWrap: "anywhere" },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
  },
});

const STATUS_COLOR = {
  ดำเนินการแล้ว: "success",
  อยู่ระหว่างดำเนินการ: "warning",
  ยังไม่ดำเนินการ: "danger",
} as const;

export interface MeasureCardProps {
  readonly measure: PlacedMeasure;
  /** 1-based place in the list. */
  readonly number: number;
  readonly count: number;
  readonly problems: Partial<Record<MeasureField, string>>;
  readonly onSave: (before: PlacedMeasure, after: NewMeasure) => Promise<SavedField[]>;
  /** Name the cells written (in Excel, where the sheet is at hand; not on the standalone page). */
  readonly showsCells: boolean;
  readonly onMove: (measure: PlacedMeasure, by: -1 | 1) => Promise<void>;
  readonly onDelete: (measure: PlacedMeasure) => Promise<void>;
  /** A field to show (open the card, focus the field), asked for from the check screen. */
  readonly show?: MeasureField | null;
  /** Called once the asked-for field is shown. */
  readonly onShown?: () => void;
  /** The frame whose indicators the measures are numbered by. */
  readonly framework: ItaFramework;
  /** Told whether the card holds edits not saved yet (the list keeps its page while it does). */
  readonly onPending?: (row: number, pending: boolean) => void;
}

/** One measure as a card: what it is and its status at a glance, every field on request, moved or deleted in place. */
export function MeasureCard({
  measure,
  number,
  count,
  problems,
  onSave,
  showsCells,
  onMove,
  onDelete,
  show = null,
  onShown,
  framework,
  onPending,
}: MeasureCardProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<NewMeasure>(measure);
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const formId = useId();
  const actions = useRef<HTMLDivElement>(null);
  const name = `มาตรการที่ ${number}`;
  const dirty = changed(measure, draft);
  usePendingEdits(`measure-${measure.row}`, dirty);
  useEffect(() => {
    onPending?.(measure.row, dirty);
    return () => onPending?.(measure.row, false);
  }, [onPending, measure.row, dirty]);
  // A fresh read of the sheet replaces what is shown, unless the user is editing.
  useEffect(() => {
    if (!dirty) setDraft(measure);
    // Only a new read should replace the draft, not the user's own typing.
  }, [measure]);
  const problemCount = Object.keys(problems).length;
  const idOf = (field: MeasureField) => `${formId}-${field}`;
  // An asked-for field opens the card, then takes focus once its form is there.
  useEffect(() => {
    if (show) setOpen(true);
  }, [show]);
  useEffect(() => {
    if (!show || !open) return;
    onShown?.();
    showField(document.getElementById(idOf(show)), MEASURES_SHEET);
  });

  const save = () =>
    action.run(
      `กำลังบันทึก${name} ลงชีต…`,
      async () => {
        const saved = await onSave(measure, draft);
        return {
          intent: "success",
          title: `บันทึก${name} แล้ว`,
          text: savedText(saved, showsCells ? MEASURES_SHEET : null),
        };
      },
      `บันทึก${name} ไม่สำเร็จ`,
    );
  const move = (by: -1 | 1) =>
    action.run(
      "กำลังย้าย…",
      async () => {
        await onMove(measure, by);
        return null;
      },
      "ย้ายไม่สำเร็จ",
    );
  const remove = () =>
    action.run(
      `กำลังลบ${name}…`,
      async () => {
        await onDelete(measure);
        return null;
      },
      `ลบ${name} ไม่สำเร็จ`,
    );

  return (
    <li className={styles.card} aria-label={`${name}: ${measure.title || "(ยังไม่มีชื่อ)"}`}>
      <Text weight="semibold" className={styles.title}>
        {cardTitle(number, measure.title)}
      </Text>
      <div className={styles.meta}>
        <Text size={200}>
          {measure.indicator === null ? "ไม่ระบุตัวชี้วัด" : `ตัวชี้วัดที่ ${measure.indicator}`} · แถว{" "}
          {measure.row}
        </Text>
        {measure.status ? (
          <Badge appearance="tint" color={STATUS_COLOR[measure.status]}>
            {measure.status}
          </Badge>
        ) : (
          <Badge appearance="outline" color="informative">
            ยังไม่ระบุสถานะ
          </Badge>
        )}
        {problemCount > 0 && (
          <Badge appearance="tint" color="danger">
            มีปัญหา {problemCount} ช่อง
          </Badge>
        )}
      </div>
      <div ref={actions} className={styles.actions}>
        <Button
          size="small"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setOpen(!open)}
        >
          {open ? "ซ่อนรายละเอียด" : "แก้ไข"}
          <span className={styles.hidden}> {name}</span>
        </Button>
        <Button
          size="small"
          disabledFocusable={number === 1 || action.busy}
          onClick={() => move(-1)}
        >
          ขึ้น<span className={styles.hidden}> {name}</span>
        </Button>
        <Button
          size="small"
          disabledFocusable={number === count || action.busy}
          onClick={() => move(1)}
        >
          ลง<span className={styles.hidden}> {name}</span>
        </Button>
        <Button size="small" disabledFocusable={action.busy} onClick={() => setConfirming(true)}>
          ลบ<span className={styles.hidden}> {name}</span>
        </Button>
      </div>
      {confirming && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            ลบ{name} (แถว {measure.row} ของชีต) ทั้งแถว?
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                setConfirming(false);
                void remove();
              }}
            >
              ลบแถวนี้
            </Button>
            <Button
              size="small"
              onClick={() => {
                setConfirming(false);
                actions.current?.querySelector("button")?.focus();
              }}
              autoFocus
            >
              ไม่ลบ
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {open && (
        <div id={formId}>
          <MeasureForm
            value={draft}
            onChange={setDraft}
            problems={problems}
            name={name}
            idOf={idOf}
            framework={framework}
          />
          <div className={styles.actions} style={{ marginTop: tokens.spacingVerticalS }}>
            <Button appearance="primary" disabledFocusable={!dirty || action.busy} onClick={save}>
              บันทึกลงชีต<span className={styles.hidden}> {name}</span>
            </Button>
            <Button disabledFocusable={!dirty || action.busy} onClick={() => setDraft(measure)}>
              ยกเลิกการแก้ไข
            </Button>
          </div>
        </div>
      )}
      <ActionStatus state={action.state} />
    </li>
  );
}

function changed(before: NewMeasure, after: NewMeasure): boolean {
  return (Object.keys(after) as (keyof NewMeasure)[]).some(
    (k) => k in before && before[k] !== after[k],
  );
}

/** A number the user typed at the start of a title ("1. ", "(๒) ", "3.1 "): the measure grouping rule's pattern. */
const TYPED_NUMBER = /^\s*\(?[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]\s*/;

/** The card's heading: its place in the list, then the title; a title that has its own number shows as typed ("1. 1. …" was shown). */
export function cardTitle(place: number, title: string): string {
  if (title === "") return `${place}. (ยังไม่มีชื่อมาตรการ)`;
  return TYPED_NUMBER.test(title) ? title : `${place}. ${title}`;
}
