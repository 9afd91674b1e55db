/**
 * The user's findings about single indicators, by indicator number (seed 002's section 3 explains
 * each indicator's score in the user's words): printed in the analysis under the instrument the
 * indicator belongs to in the analysed year's frame. Nothing is drafted; an indicator that frame
 * does not have is kept but printed nowhere.
 */
export type IndicatorFindings = ReadonlyMap<number, string>;

export const NO_FINDINGS: IndicatorFindings = new Map();
