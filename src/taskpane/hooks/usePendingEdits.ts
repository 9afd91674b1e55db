import { createContext, useContext, useEffect } from "react";

/** Edits typed into the pane but not yet in the workbook, by editor; the page warns before losing them. */
export interface PendingEdits {
  set(editor: string, pending: boolean): void;
}

export const PendingEditsContext = createContext<PendingEdits>({ set: () => undefined });

/** Tells the pane whether this editor holds edits that are not in the workbook yet. */
export function usePendingEdits(editor: string, pending: boolean): void {
  const edits = useContext(PendingEditsContext);
  useEffect(() => {
    edits.set(editor, pending);
    return () => edits.set(editor, false);
  }, [edits, editor, pending]);
}
