import { frameworkFor } from "../framework/frameworkSet";
import { findIndicatorByName, type ItaFramework } from "../framework/itaFramework";
import type { IndicatorNumber } from "../framework/indicators";

/**
 * The frame the templates' indicator numbers refer to: the ten indicators of ITA 2562–2569.
 * A year of another shape gets the templates whose indicator it names the same (or by an alias).
 */
export const CATALOGUE_FRAMEWORK: ItaFramework = frameworkFor(2569)!;

/** The catalogue's indicator number that a year's indicator stands for, or null when it has none. */
export function catalogueIndicatorOf(
  framework: ItaFramework,
  n: IndicatorNumber,
): IndicatorNumber | null {
  if (framework.indicators === CATALOGUE_FRAMEWORK.indicators) return n;
  const own = framework.indicators.find((i) => i.number === n);
  if (!own) return null;
  for (const name of [own.name, ...own.aliases]) {
    const found = findIndicatorByName(CATALOGUE_FRAMEWORK, name);
    if (found) return found.number;
  }
  return null;
}
