import { AnnounceProvider, makeStyles } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** How long messages announced together are gathered before the region is updated. */
const GATHER_MS = 60;

/**
 * The pane's one polite live region. Every Fluent MessageBar announces itself through it (as
 * Fluent's AnnounceProvider), and so do the pane's own results, so a screen reader hears each
 * result once, without the visual focus moving.
 */
export function LiveRegion({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const pending = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const announce = useCallback((message: string) => {
    if (message.trim() === "") return;
    pending.current.push(message.trim());
    clearTimeout(timer.current);
    // Emptied first, so that the same words said twice are heard twice.
    setText("");
    timer.current = setTimeout(() => {
      setText(pending.current.join(" "));
      pending.current = [];
    }, GATHER_MS);
  }, []);
  const value = useMemo(() => ({ announce }), [announce]);

  return (
    <AnnounceProvider value={value}>
      {children}
      <div role="status" aria-live="polite" className={styles.hidden} data-testid="ita-live-region">
        {text}
      </div>
    </AnnounceProvider>
  );
}
