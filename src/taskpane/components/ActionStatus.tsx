import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { ActionState } from "../hooks/useAction";
import { bringIntoView } from "./bringIntoView";

/**
 * The state of an action: a spinner while it runs, then what happened, scrolled into view
 * (and focused when the control that started it is gone). The message bar announces itself
 * through the pane's live region.
 */
export function ActionStatus({ state }: { readonly state: ActionState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.kind === "done") bringIntoView(ref.current);
  }, [state]);
  if (state.kind === "idle") return null;
  if (state.kind === "busy")
    return <Spinner size="tiny" labelPosition="after" label={state.label} />;
  const { intent, title, text } = state.feedback;
  return (
    <div ref={ref} tabIndex={-1} style={{ outline: "none" }}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
