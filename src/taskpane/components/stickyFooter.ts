import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A screen's action row that stays in reach at the bottom of a long form or list. */
export const STICKY_FOOTER: GriffelStyle = {
  position: "sticky",
  bottom: 0,
  zIndex: 1,
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalS,
  padding: `${tokens.spacingVerticalS} 0`,
  backgroundColor: tokens.colorNeutralBackground1,
  borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};
