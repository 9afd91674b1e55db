import { lazyScreen } from "./lazyScreen";

/** The screens after the start screen, each in a chunk of its own (see lazyScreen). */
export const SCREEN_CHUNKS = {
  settings: lazyScreen(async () => (await import("./settings/SettingsScreen")).SettingsScreen),
  scores: lazyScreen(async () => (await import("./scores/ScoresScreen")).ScoresScreen),
  measures: lazyScreen(async () => (await import("./measures/MeasuresScreen")).MeasuresScreen),
  check: lazyScreen(async () => (await import("./check/CheckScreen")).CheckScreen),
  reports: lazyScreen(async () => (await import("./reports/ReportsScreen")).ReportsScreen),
};

/** Loads every screen's chunk, so that a tab opens at once. */
export function preloadScreens(): Promise<unknown> {
  return Promise.all(Object.values(SCREEN_CHUNKS).map((chunk) => chunk.preload()));
}
