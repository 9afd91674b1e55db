/** The pane's screens, in the order a user works through them. */
export type ScreenId = "start" | "settings" | "scores" | "measures" | "check" | "reports";

export interface ScreenInfo {
  readonly id: ScreenId;
  /** Short tab label. */
  readonly label: string;
}

export const SCREENS: readonly ScreenInfo[] = [
  { id: "start", label: "เริ่มต้น" },
  { id: "settings", label: "ข้อมูล" },
  { id: "scores", label: "คะแนน" },
  { id: "measures", label: "มาตรการ" },
  { id: "check", label: "ตรวจ" },
  { id: "reports", label: "รายงาน" },
];

/** The tab of a screen and its panel refer to each other by these ids. */
export const tabId = (id: ScreenId) => `ita-tab-${id}`;
export const panelId = (id: ScreenId) => `ita-panel-${id}`;

/** A cell of an input sheet that the pane is to show as its field (an issue's place). */
export interface FieldTarget {
  readonly sheet: string;
  /** A1 address, e.g. "B5". */
  readonly cell: string;
  /** The issue that led here, to be shown beside the field where the screen shows none of its own. */
  readonly issue?: { readonly severity: "error" | "warning"; readonly text: string };
}

/** Moves to a screen; with a target, the screen shows that cell's field (an issue's place). */
export type Navigate = (screen: ScreenId, target?: FieldTarget) => void;
