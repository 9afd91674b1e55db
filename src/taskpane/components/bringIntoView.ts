/**
 * Shows a result where the eye is: scrolls it into view below the pane's sticky tabs, and
 * moves focus to it only when focus was lost (the control that was used is gone or the page
 * body has it), so a keyboard user is never left at the top of the page.
 */
export function bringIntoView(element: HTMLElement | null): void {
  if (!element) return;
  element.scrollIntoView?.({ block: "nearest" });
  const active = element.ownerDocument.activeElement;
  if (!active || active === element.ownerDocument.body || !active.isConnected)
    element.focus({ preventScroll: true });
}
