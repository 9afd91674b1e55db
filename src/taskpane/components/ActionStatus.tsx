import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { ActionState } from "../hooks/useAction";

/** The state of an action: a spinner while it runs, then what happened. */
export function ActionStatus({ state }: { readonly state: ActionState }) {
  if (state.kind === "idle") return null;
  if (state.kind === "busy") return <Spinner size="tiny" labelPosition="after" label={state.label} />;
  const { intent, title, text } = state.feedback;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
