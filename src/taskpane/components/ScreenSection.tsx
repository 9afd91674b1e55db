import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    // Spacing comes from the column gap; browsers' default heading margins would double it.
    "& h3, & h4": { margin: `${tokens.spacingVerticalS} 0 0` },
  },
  heading: { margin: 0, outline: "none" },
});

/** A screen's body: its heading (h2) and content in one column. */
export function ScreenSection({
  title,
  actions,
  children,
}: {
  readonly title: string;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading} tabIndex={-1}>
        {title}
      </Text>
      {actions}
      {children}
    </div>
  );
}
