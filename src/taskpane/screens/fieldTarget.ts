import { createContext, useContext, useEffect } from "react";
import { SCORES_SHEET, SETTINGS_SHEET } from "../../domain/input/inputLayout";
import { MEASURES_SHEET } from "../../domain/input/measuresLayout";
import { issueLocation } from "../../domain/issues/validationIssue";
import { panelId, type FieldTarget, type Navigate, type ScreenId } from "./screens";

/** The screen that edits a sheet's cells; null for sheets the pane has no editor for. */
export function screenOfSheet(sheet: string): ScreenId | null {
  if (sheet === SETTINGS_SHEET) return "settings";
  if (sheet === SCORES_SHEET) return "scores";
  if (sheet === MEASURES_SHEET) return "measures";
  return null;
}

/** The field the pane was asked to show, and how a screen says it has shown it. */
export interface FieldTargetState {
  readonly target: FieldTarget | null;
  readonly done: () => void;
}

export const FieldTargetContext = createContext<FieldTargetState>({
  target: null,
  done: () => undefined,
});

/** The field the pane is to show on `sheet`, or null; the screen calls `done` once it is shown. */
export function useFieldTarget(sheet: string): FieldTargetState {
  const state = useContext(FieldTargetContext);
  return state.target?.sheet === sheet ? state : { target: null, done: state.done };
}

/**
 * Shows the asked-for field of `sheet` once the screen has its data (`find` not null): focuses
 * it and scrolls it into view. A cell the screen has no field for leaves focus on the
 * screen's heading, so a keyboard user is never left on the page body.
 */
export function useShowFieldTarget(
  sheet: string,
  find: ((cell: string, issue: FieldTarget["issue"]) => HTMLElement | null) | null,
): void {
  const { target, done } = useFieldTarget(sheet);
  useEffect(() => {
    if (!target || !find) return;
    done();
    showField(find(target.cell, target.issue), sheet);
  });
}

/** Focuses a field (its control, or the chosen or first control inside it) and scrolls it into view. */
export function showField(element: HTMLElement | null, sheet: string): void {
  const control =
    element &&
    (element.matches("input, select, textarea, button")
      ? element
      : element.querySelector<HTMLElement>("input:checked, input, select, textarea"));
  const screen = screenOfSheet(sheet);
  const focusable =
    control ?? (screen ? document.querySelector<HTMLElement>(`#${panelId(screen)} h2`) : null);
  focusable?.focus({ preventScroll: true });
  focusable?.scrollIntoView?.({ block: "center" });
}

/** An issue with a place on a sheet. */
export interface PlacedIssue {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: "error" | "warning";
  readonly message: string;
}

/**
 * Where the host cannot select a cell (the standalone page has no sheet to show), an issue of
 * an input sheet takes the user to its field in the pane instead: what IssueGroups needs.
 */
export function issueFieldJump(onNavigate: Navigate) {
  return {
    onSelect: (issue: PlacedIssue) => {
      const screen = screenOfSheet(issue.sheet);
      const text = issue.message.replace(`${issueLocation(issue)}: `, "");
      if (screen)
        onNavigate(screen, {
          sheet: issue.sheet,
          cell: issue.cell,
          issue: { severity: issue.severity, text },
        });
    },
    canSelect: (issue: { readonly sheet: string }) => screenOfSheet(issue.sheet) !== null,
  };
}
