import { useEffect, type RefObject } from "react";

/** Marks the pane's sticky tab bar (top) or a screen's sticky action row (bottom). */
export const STICKY_TOP = { "data-sticky": "top" } as const;
export const STICKY_BOTTOM = { "data-sticky": "bottom" } as const;

/** Room kept between a focused control and a sticky bar, in CSS pixels. */
const GAP_PX = 8;

/**
 * Keeps the page's scroll padding equal to the sticky tab bar above and the current screen's
 * sticky action row below (CSS scroll-padding, which the browser honours when Tab moves focus
 * and in scrollIntoView), so a control reached with the keyboard is never hidden under either
 * (WCAG 2.4.11). Both bars change height with the pane's width and the screen shown, so they are
 * measured, not guessed; nothing happens where ResizeObserver is missing (tests in jsdom).
 */
export function useStickyScrollPadding(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const pane = root.current;
    if (!pane || typeof ResizeObserver === "undefined" || typeof MutationObserver === "undefined")
      return undefined;
    const page = pane.ownerDocument.documentElement;
    let bars: Element[] = [];
    const padding = (edge: "top" | "bottom") => {
      const bar = bars.find((b) => b.getAttribute("data-sticky") === edge);
      const height = bar?.getBoundingClientRect().height ?? 0;
      return height > 0 ? `${Math.ceil(height) + GAP_PX}px` : "";
    };
    const update = () => {
      page.style.scrollPaddingTop = padding("top");
      page.style.scrollPaddingBottom = padding("bottom");
    };
    const sizes = new ResizeObserver(update);
    const findBars = () => {
      const now = [...pane.querySelectorAll("[data-sticky]")];
      if (now.length === bars.length && now.every((b, i) => b === bars[i])) return;
      bars.forEach((b) => sizes.unobserve(b));
      bars = now;
      bars.forEach((b) => sizes.observe(b));
      update();
    };
    const tree = new MutationObserver(findBars);
    tree.observe(pane, { childList: true, subtree: true });
    findBars();
    return () => {
      tree.disconnect();
      sizes.disconnect();
      page.style.scrollPaddingTop = "";
      page.style.scrollPaddingBottom = "";
    };
  }, [root]);
}
