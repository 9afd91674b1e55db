import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium; CI installs it (.ci/run). Without it the e2e tests are skipped. */
export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
export const NO_CHROMIUM = `${CHROMIUM} not found: browser tests skipped (CI installs the chromium package)`;

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The width of a task pane in Excel on the web and desktop, in CSS pixels. */
export const PANE_WIDTH = 350;

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, sized like a task pane. */
export async function launchChromium(
  options: { colorScheme?: "light" | "dark" } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "ita-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: PANE_WIDTH, height: 860 },
    acceptDownloads: true,
    colorScheme: options.colorScheme ?? "light",
    locale: "th-TH",
    timezoneId: "Asia/Bangkok",
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Every URL the page requests, to check that nothing leaves the machine. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

/** The URLs that went anywhere but the local test server (blob: and data: stay in the page). */
export function offMachine(urls: readonly string[], origin: string): string[] {
  return urls.filter(
    (u) => !u.startsWith(`${origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:"),
  );
}

/**
 * Text shown on the page, leaving out the pane's live region (which repeats each result for
 * screen readers, out of sight).
 */
export function shownText(page: Page, text: string | RegExp, options?: { exact?: boolean }) {
  return page.getByText(text, options).and(page.locator(":not([data-testid=ita-live-region])"));
}

/** The text the pane last announced through its live region. */
export function announced(page: Page) {
  return page.getByTestId("ita-live-region");
}
