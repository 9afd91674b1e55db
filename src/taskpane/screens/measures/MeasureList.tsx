import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { NewMeasure } from "../../../app/measureFromTemplate";
import type { PlacedMeasure } from "../../../app/measureRows";
import type { ItaFramework } from "../../../domain/framework/itaFramework";
import { MEASURES_SHEET } from "../../../domain/input/measuresLayout";
import { BLANK_MEASURE, type MeasureField } from "../../../domain/model/measure";
import type { ValidationIssue } from "../../../domain/issues/validationIssue";
import { issueLocation } from "../../../domain/issues/validationIssue";
import { parseRange } from "../../../domain/sheet/a1";
import { ActionStatus } from "../../components/ActionStatus";
import { useAction } from "../../hooks/useAction";
import { usePendingEdits } from "../../hooks/usePendingEdits";
import { useServices } from "../../servicesContext";
import { showField, useFieldTarget } from "../fieldTarget";
import { MeasureCard } from "./MeasureCard";
import { MeasureForm } from "./MeasureForm";
import { MEASURES_PAGE_SIZE, MeasurePager, pageCount, pageOf } from "./MeasurePager";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(18rem, 1fr))",
    gap: tokens.spacingVerticalS,
  },
  add: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const BLANK: NewMeasure = BLANK_MEASURE;

export interface MeasureListProps {
  readonly measures: readonly PlacedMeasure[];
  /** The column of each field on the sheet, to place the sheet's issues beside their fields. */
  readonly columns: Readonly<Partial<Record<MeasureField, number>>> | null;
  readonly issues: readonly ValidationIssue[];
  /** Reads the sheet again after a change. */
  readonly onChanged: () => Promise<void>;
  /** The frame whose indicators the measures are numbered by: the one the input uses. */
  readonly framework: ItaFramework;
}

/**
 * The measures on the sheet as cards in sheet order, each edited, moved or deleted in place, and
 * a new one added below. A long list (5,000 measures is legal) is shown a page at a time, so the
 * pane renders MEASURES_PAGE_SIZE cards whatever the sheet holds.
 */
export function MeasureList({ measures, columns, issues, onChanged, framework }: MeasureListProps) {
  const styles = useStyles();
  const services = useServices();
  const [adding, setAdding] = useState<NewMeasure | null>(null);
  const [wantedPage, setPage] = useState(0);
  // A delete may leave the page past the end: the last page is shown.
  const page = Math.min(wantedPage, pageCount(measures.length) - 1);
  const [pendingRows, setPendingRows] = useState<ReadonlySet<number>>(new Set());
  const onPending = useCallback((row: number, pending: boolean) => {
    setPendingRows((rows) => {
      if (rows.has(row) === pending) return rows;
      const next = new Set(rows);
      if (pending) next.add(row);
      else next.delete(row);
      return next;
    });
  }, []);
  const range = useRef<HTMLDivElement>(null);
  const paged = measures.length > MEASURES_PAGE_SIZE;
  const shownMeasures = paged
    ? measures.slice(page * MEASURES_PAGE_SIZE, (page + 1) * MEASURES_PAGE_SIZE)
    : measures;
  const blocked = pendingRows.size > 0 ? "บันทึกหรือยกเลิกการแก้ไขมาตรการในหน้านี้ก่อนเปลี่ยนหน้า" : null;
  const turnTo = (next: number, from: "above" | "below") => {
    setPage(next);
    // From the pager below the list, the reader goes on at the top of the new page.
    if (from === "below") requestAnimationFrame(() => range.current?.focus());
  };
  const add = useAction();
  const newForm = useRef<HTMLElement>(null);
  const isAdding = adding !== null;
  // The add button gives way to the form: focus goes to its first field.
  useEffect(() => {
    if (isAdding) newForm.current?.querySelector<HTMLElement>("select, input, textarea")?.focus();
  }, [isAdding]);
  usePendingEdits(
    "new-measure",
    adding !== null && JSON.stringify(adding) !== JSON.stringify(BLANK),
  );
  // An issue's cell, asked for from the check screen: the card of its row shows the field of its column.
  const { target, done } = useFieldTarget(MEASURES_SHEET);
  const place = target ? parseRange(target.cell) : null;
  const shown = place ? measures.find((m) => m.row === place.firstRow) : undefined;
  // An asked-for measure on another page: its page is shown.
  const shownPage = shown ? pageOf(measures.indexOf(shown)) : null;
  useEffect(() => {
    if (shownPage !== null && shownPage !== page) setPage(shownPage);
  }, [shownPage, page]);
  const shownField: MeasureField | null =
    place && shown
      ? (columns &&
          (Object.keys(columns) as MeasureField[]).find((f) => columns[f] === place.firstColumn)) ||
        "title"
      : null;
  useEffect(() => {
    if (!target || shown) return;
    done();
    showField(null, MEASURES_SHEET);
  });

  const problemsOf = (row: number): Partial<Record<MeasureField, string>> => {
    const out: Partial<Record<MeasureField, string>> = {};
    if (!columns) return out;
    for (const i of issues) {
      const place = i.sheet === MEASURES_SHEET && i.cell ? parseRange(i.cell) : null;
      if (!place || place.firstRow !== row) continue;
      const field = (Object.keys(columns) as MeasureField[]).find(
        (f) => columns[f] === place.firstColumn,
      );
      if (field && !out[field]) out[field] = i.message.replace(`${issueLocation(i)}: `, "");
    }
    return out;
  };
  const after =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      const r = await fn(...a);
      await onChanged();
      return r;
    };
  const saveNew = () =>
    add.run(
      "กำลังเพิ่มมาตรการลงชีต…",
      async () => {
        const row = await services.addMeasure(adding!);
        setAdding(null);
        await onChanged();
        // The new measure is the last one: its page is shown.
        setPage(pageOf(measures.length));
        return {
          intent: "success",
          title: `เพิ่มมาตรการลงชีต ${MEASURES_SHEET} แล้ว`,
          text: `แถว ${row}`,
        };
      },
      "เพิ่มมาตรการไม่สำเร็จ",
    );

  return (
    <>
      {measures.length === 0 ? (
        <Text>ยังไม่มีมาตรการในชีต {MEASURES_SHEET} เพิ่มมาตรการใหม่ด้านล่าง หรือเลือกจากคลังมาตรการ</Text>
      ) : (
        <>
          {paged && (
            <MeasurePager
              ref={range}
              place="above"
              page={page}
              count={measures.length}
              blocked={blocked}
              onPage={(p) => turnTo(p, "above")}
            />
          )}
          <ol
            className={styles.list}
            aria-label={`มาตรการในชีต ${MEASURES_SHEET}`}
            start={page * MEASURES_PAGE_SIZE + 1}
          >
            {shownMeasures.map((m, k) => {
              const i = paged ? page * MEASURES_PAGE_SIZE + k : k;
              return (
                <MeasureCard
                  key={m.row}
                  measure={m}
                  number={i + 1}
                  count={measures.length}
                  problems={problemsOf(m.row)}
                  onSave={after(services.saveMeasure)}
                  showsCells={services.file === undefined}
                  // A measure moved over the page's edge: the page it went to is shown.
                  onMove={async (measure, by) => {
                    await after(services.moveMeasure)(measure, by);
                    setPage(pageOf(i + by));
                  }}
                  onDelete={after(services.deleteMeasure)}
                  show={m === shown ? shownField : null}
                  onShown={done}
                  framework={framework}
                  onPending={onPending}
                />
              );
            })}
          </ol>
          {paged && (
            <MeasurePager
              place="below"
              page={page}
              count={measures.length}
              blocked={blocked}
              onPage={(p) => turnTo(p, "below")}
            />
          )}
        </>
      )}
      {adding ? (
        <section ref={newForm} className={styles.add} aria-label="มาตรการใหม่">
          <Text as="h3" weight="semibold">
            มาตรการใหม่
          </Text>
          <MeasureForm
            value={adding}
            onChange={setAdding}
            problems={{}}
            name="มาตรการใหม่"
            framework={framework}
          />
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabledFocusable={add.busy || adding.title.trim() === ""}
              onClick={saveNew}
            >
              เพิ่มลงชีต
            </Button>
            <Button disabledFocusable={add.busy} onClick={() => setAdding(null)}>
              ยกเลิก
            </Button>
          </div>
        </section>
      ) : (
        <Button onClick={() => setAdding(BLANK)}>เพิ่มมาตรการใหม่</Button>
      )}
      <ActionStatus state={add.state} />
    </>
  );
}
