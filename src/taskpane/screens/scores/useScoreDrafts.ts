import { useCallback, useEffect, useRef, useState } from "react";
import {
  sameScoreValue,
  scoreEditProblem,
  type ScoreEdit,
  type ScoresForm,
} from "../../../app/scoresForm";
import { errorText } from "../../errorText";
import { usePendingEdits } from "../../hooks/usePendingEdits";
import { useServices } from "../../servicesContext";

/** Typed values are written this long after the last field is left, so one batch holds them all. */
export const SCORE_WRITE_DELAY_MS = 250;

/**
 * The values typed into the scores form that are not on the sheet yet. A value is written when
 * its field is left (or Enter is pressed), together with any others left meanwhile; a value its
 * parser refuses stays here, with the reason, and is never written.
 */
export function useScoreDrafts(form: ScoresForm | null, onWritten: () => Promise<void>) {
  const services = useServices();
  const [drafts, setDrafts] = useState<ReadonlyMap<string, ScoreEdit>>(new Map());
  const [writing, setWriting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const queued = useRef(new Map<string, ScoreEdit>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  usePendingEdits("scores", drafts.size > 0);

  const sheetText = useCallback(
    (cell: string) => {
      if (!form) return "";
      const all = [
        ...form.years,
        ...form.indicators.flatMap((i) => i.scores),
        ...form.official.flatMap((o) => o.scores),
      ];
      return all.find((c) => c.cell === cell)?.text ?? "";
    },
    [form],
  );

  // Once the sheet shows what was typed, the draft is done.
  useEffect(() => {
    setDrafts(
      (d) =>
        new Map(
          [...d].filter(
            ([cell, e]) =>
              !sameScoreValue(e.kind, e.text, sheetText(cell)) || queued.current.has(cell),
          ),
        ),
    );
  }, [sheetText]);

  const flush = useCallback(async () => {
    const edits = [...queued.current.values()];
    queued.current.clear();
    if (edits.length === 0) return;
    setWriting(true);
    try {
      await services.saveScores(edits);
      setFailure(null);
      // Written: the fields show the sheet again (as the sheet shows the number), unless retyped meanwhile.
      setDrafts(
        (d) =>
          new Map(
            [...d].filter(([cell, e]) => !edits.some((w) => w.cell === cell && w.text === e.text)),
          ),
      );
      await onWritten();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setWriting(false);
    }
  }, [services, onWritten]);

  const type = (edit: ScoreEdit) => setDrafts((d) => new Map(d).set(edit.cell, edit));
  /** The field was left: write its value (with others left meanwhile) unless its parser refuses it. */
  const commit = (cell: string) => {
    const edit = drafts.get(cell);
    if (
      !edit ||
      sameScoreValue(edit.kind, edit.text, sheetText(cell)) ||
      scoreEditProblem(edit) !== null
    )
      return;
    queued.current.set(cell, edit);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SCORE_WRITE_DELAY_MS);
  };
  const textOf = (cell: string) => drafts.get(cell)?.text ?? sheetText(cell);
  const problemOf = (cell: string) => {
    const edit = drafts.get(cell);
    return edit ? scoreEditProblem(edit) : null;
  };
  const isDraft = (cell: string) => drafts.has(cell);
  return { type, commit, textOf, problemOf, isDraft, writing, failure, pending: drafts.size };
}
