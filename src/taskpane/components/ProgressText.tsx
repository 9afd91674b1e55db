import { Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/**
 * A long step's Thai text with the seconds it has taken so far, counted by the page itself: a
 * count that moves says the page is alive while a worker reads a large file.
 */
export function ProgressText({ text }: { readonly text: string }) {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.floor((now - started) / 1_000);
  return (
    <Text
      size={200}
      style={{ flexBasis: "100%", color: tokens.colorNeutralForeground2 }}
      data-testid="file-progress"
    >
      {text}
      {seconds > 0 && (
        <span style={{ whiteSpace: "nowrap" }}> ({seconds.toLocaleString("en-US")} วินาที)</span>
      )}
    </Text>
  );
}
