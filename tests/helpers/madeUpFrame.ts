import { frameworkFor } from "../../src/domain/framework/frameworkSet";
import type { IndicatorNumber } from "../../src/domain/framework/indicators";
import type { ItaFramework } from "../../src/domain/framework/itaFramework";
import type { Hundredths } from "../../src/domain/numbers/hundredths";

const BASE = frameworkFor(2567)!;

/** A made-up ITA 2570 of another shape, as a user might type it into the framework sheet: twelve indicators in four instruments (a new CIT), 25/25/30/20. */
export const FOUR: ItaFramework = {
  ...BASE,
  fiscalYearBE: 2570,
  origin: "supplied",
  status: "verified",
  basedOn: null,
  source: "คู่มือทดลอง",
  instruments: [
    { ...BASE.instruments[0]!, weightPercent: 25 },
    { ...BASE.instruments[1]!, weightPercent: 25 },
    { ...BASE.instruments[2]!, weightPercent: 30 },
    { code: "CIT", name: "แบบวัดการมีส่วนร่วม", weightPercent: 20 },
  ],
  indicators: [
    ...BASE.indicators,
    { number: 11 as IndicatorNumber, name: "การมีส่วนร่วมของประชาชน", aliases: [], instrument: "CIT" },
    { number: 12 as IndicatorNumber, name: "การรับฟังความคิดเห็น", aliases: [], instrument: "CIT" },
  ],
};

/** ITA 2570 scores of FOUR's twelve indicators, in hundredths (indicator 11 below the pass mark). */
export const FOUR_SCORES: readonly Hundredths[] = [
  9000, 9100, 9200, 9300, 8000, 8100, 8200, 9500, 9600, 9700, 7000, 7200,
] as Hundredths[];
