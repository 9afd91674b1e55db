import { useCallback, useEffect, useRef, useState } from "react";
import { errorText } from "../errorText";

/** What the user is told when an action ends. */
export interface Feedback {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title: string;
  readonly text?: string;
}

export type ActionState =
  | { readonly kind: "idle" }
  | { readonly kind: "busy"; readonly label: string }
  | { readonly kind: "done"; readonly feedback: Feedback };

/**
 * Runs one user action at a time: busy while it runs, then its feedback; a failure becomes a
 * Thai error message (never only a console line).
 */
export function useAction() {
  const [state, setState] = useState<ActionState>({ kind: "idle" });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** Runs `job`; a null result means "nothing to tell" and leaves no message. */
  const run = useCallback(
    async (
      label: string,
      job: () => Promise<Feedback | null>,
      failureTitle = "ทำงานไม่สำเร็จ",
    ): Promise<void> => {
      setState({ kind: "busy", label });
      let next: ActionState;
      try {
        const feedback = await job();
        next = feedback ? { kind: "done", feedback } : { kind: "idle" };
      } catch (error) {
        next = {
          kind: "done",
          feedback: { intent: "error", title: failureTitle, text: errorText(error) },
        };
      }
      if (mounted.current) setState(next);
    },
    [],
  );

  const clear = useCallback(() => setState({ kind: "idle" }), []);
  return { state, run, clear, busy: state.kind === "busy" };
}
