import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Fluent's Segoe UI stack, with Thai UI fonts ahead of the generic fallback. */
const FONT_FAMILY =
  '"Segoe UI", "Segoe UI Web (West European)", "Leelawadee UI", Leelawadee, Tahoma, Thonburi, "Noto Sans Thai", Garuda, Loma, system-ui, sans-serif';

/** The pane's theme: Fluent's web theme, light or dark, with Thai-capable fonts. */
export function paneTheme(dark: boolean): Theme {
  return { ...(dark ? webDarkTheme : webLightTheme), fontFamilyBase: FONT_FAMILY };
}
