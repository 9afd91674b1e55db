import { useCallback, useEffect, useRef, useState } from "react";
import type { ReadResult } from "../../domain/input/readInputWorkbook";
import { errorText } from "../errorText";
import { useServices } from "../servicesContext";

export type InputReadState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly read: ReadResult }
  | { readonly kind: "failed"; readonly text: string };

/** Wait this long after the last change in the sheet before reading it again. */
export const CHANGE_DEBOUNCE_MS = 600;

/**
 * Reads and checks the input sheets when the screen opens and on `refresh`; with `watch`, also
 * shortly after the user changes the workbook (where the host can tell). The sheet stays the
 * source of truth: nothing is cached between screens.
 */
export function useInputRead(watch = false) {
  const services = useServices();
  const [state, setState] = useState<InputReadState>({ kind: "loading" });
  const [refreshing, setRefreshing] = useState(false);
  const [watchError, setWatchError] = useState<string | null>(null);
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    setRefreshing(true);
    let next: InputReadState;
    try {
      next = { kind: "ready", read: await services.validate() };
    } catch (error) {
      next = { kind: "failed", text: errorText(error) };
    }
    // A later read (or leaving the screen) makes this one stale.
    if (ticket !== latest.current) return;
    setState(next);
    setRefreshing(false);
  }, [services]);

  useEffect(() => {
    void refresh();
    return () => {
      latest.current++;
    };
  }, [refresh]);

  useEffect(() => {
    if (!watch || !services.watchInput) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = services.watchInput(
      () => {
        clearTimeout(timer);
        timer = setTimeout(() => void refresh(), CHANGE_DEBOUNCE_MS);
      },
      (error) => setWatchError(errorText(error)),
    );
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [watch, services, refresh]);

  return {
    state,
    refresh,
    refreshing,
    watchError,
    canWatch: watch && services.watchInput !== undefined && watchError === null,
  };
}
