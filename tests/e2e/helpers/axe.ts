import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One axe-core finding, as the tests report it. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
  /** What axe says about the first element, e.g. the colours and the ratio it measured. */
  readonly summary: string;
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now and returns the
 * serious and critical findings. The engine is put into the page through the DevTools protocol,
 * so the page's Content-Security-Policy (script-src 'self') stays as it is.
 */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  // A message bar fading in has, for a moment, too little contrast: judge the settled page.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 5_000 },
  );
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== "undefined",
  );
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: unknown,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[]; html: string; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
        summary: `${v.nodes[0]?.html.slice(0, 200) ?? ""} ${v.nodes[0]?.failureSummary ?? ""}`,
      }));
  });
}
