import { detectCapabilities, type OfficeCapabilities } from "./capabilities";

/** An Excel of ExcelApi 1.1 only: the writers' default, which never sends what an old host lacks. */
export const OLDEST_HOST: OfficeCapabilities = detectCapabilities(() => false);

/**
 * Sends the writes `queue` adds with change events off around them (Runtime.enableEvents,
 * ExcelApi 1.8, caps.eventSuppression; plainly where the host lacks it): the pane's own edit is no change of the
 * user's, so it fires no onChanged and the pane does not re-read the whole input for it a second
 * time (it reads once after its own save). Events are back on at the end of the same request,
 * and turned on again when the request fails midway.
 */
export async function syncSilently(
  context: Excel.RequestContext,
  caps: OfficeCapabilities,
  queue: () => void,
): Promise<void> {
  if (!caps.eventSuppression) {
    queue();
    await context.sync();
    return;
  }
  context.runtime.enableEvents = false;
  try {
    queue();
    context.runtime.enableEvents = true;
    await context.sync();
  } catch (error) {
    context.runtime.enableEvents = true;
    await context.sync().catch(() => undefined);
    throw error;
  }
}
