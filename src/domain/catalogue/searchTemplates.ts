import type { IndicatorNumber } from "../framework/indicators";
import type { ItaFramework } from "../framework/itaFramework";
import { belowBarText, planBar } from "../model/planWording";
import type { PlanLayout } from "../model/reportLayout";
import { catalogueIndicatorOf } from "./catalogueFramework";
import { toArabicDigits } from "../thai/digits";
import type { MeasureTemplate } from "./measureTemplate";
import { MEASURE_TEMPLATES } from "./templates";

const INVISIBLE = /[\s\u00ad\u180e\u200b-\u200f\u2060\ufeff]/gu;
const SARA_AM = "\u0e33";
const SARA_AM_PARTS = "\u0e4d\u0e32"; // NIKHAHIT + SARA AA: how SARA AM is sometimes typed
const SARA_AM_ANY = /\u0e33/g;
const SARA_AM_PARTS_ANY = /\u0e4d\u0e32/g;
/** A tone mark typed after SARA AM ("น" + "ำ" + "้") belongs before it ("น้ำ"). */
const TONE_AFTER_SARA_AM = /\u0e4d\u0e32([\u0e48-\u0e4b]+)/g;
const MARK_RUN = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{2,}/g;

/**
 * Rank of a Thai combining mark in canonical order: vowels above (and MAITAIKHU), vowels
 * below, tone marks, THANTHAKHAT/YAMAKKAN, and NIKHAHIT last so that it sits right before
 * SARA AA and can be put back together as SARA AM.
 */
function markRank(code: number): number {
  if (code >= 0x0e38 && code <= 0x0e3a) return 1;
  if (code >= 0x0e48 && code <= 0x0e4b) return 2;
  if (code === 0x0e4c || code === 0x0e4e) return 3;
  if (code === 0x0e4d) return 4;
  return 0; // U+0E31, U+0E34–U+0E37, U+0E47
}

function canonicalMarkRun(run: string): string {
  const codes = Array.from(run, (c) => c.charCodeAt(0));
  codes.sort((a, b) => markRank(a) - markRank(b) || a - b);
  // A mark typed twice looks like one on screen; keep one.
  const kept = codes.filter((c, i) => i === 0 || c !== codes[i - 1]);
  return String.fromCharCode(...kept);
}

/**
 * Brings Thai text to one form for searching: Latin lower-cased; all whitespace and
 * zero-width characters removed; Thai digits made Arabic; the combining marks on each
 * character put in a fixed order (vowel marks before tone marks, a doubled mark kept once);
 * and SARA AM typed as NIKHAHIT + SARA AA (or with the tone mark after it) made one SARA AM.
 *
 * @example
 * normalizeThai("ท\u0e48\u0e35") === normalizeThai("ท\u0e35\u0e48") //=> true ("ที่")
 * normalizeThai("ไตรมาส ๑–๔") //=> "ไตรมาส1–4"
 */
export function normalizeThai(text: string): string {
  const compact = toArabicDigits(text.replace(INVISIBLE, "").toLowerCase());
  return compact
    .replace(SARA_AM_ANY, SARA_AM_PARTS)
    .replace(TONE_AFTER_SARA_AM, `$1${SARA_AM_PARTS}`)
    .replace(MARK_RUN, canonicalMarkRun)
    .replace(SARA_AM_PARTS_ANY, SARA_AM);
}

/** Options for {@link searchTemplates}. */
export interface TemplateSearchOptions {
  /** Only templates for this indicator. */
  readonly indicator?: IndicatorNumber | undefined;
}

interface IndexedTemplate {
  readonly template: MeasureTemplate;
  readonly title: string;
  /** methods, unit and successIndicator, normalized, one entry per field. */
  readonly body: readonly string[];
}

const INDEX: readonly IndexedTemplate[] = [...MEASURE_TEMPLATES]
  .sort((a, b) => compareIds(a.id, b.id))
  .map((t) => ({
    template: t,
    title: normalizeThai(t.title),
    body: [t.methods, t.unit, t.successIndicator].map(normalizeThai),
  }));

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The normalized terms of a query: split on whitespace, each normalized, empties dropped. */
function queryTerms(query: string): string[] {
  return query
    .split(/\s+/u)
    .map(normalizeThai)
    .filter((term) => term !== "");
}

/**
 * Templates whose title, methods, unit or success indicator contain every whitespace-separated
 * term of `query` (each term may match a different field), compared after
 * {@link normalizeThai}. Templates whose title holds every term come first, then those whose
 * title holds some of them, then the rest; each group by id. An empty query returns all
 * templates (for the indicator, if given) by id.
 *
 * @example
 * searchTemplates("จัดซื้อ รายเดือน").map((t) => t.id) //=> ["M07"]
 */
export function searchTemplates(
  query: string,
  options: TemplateSearchOptions = {},
): readonly MeasureTemplate[] {
  const terms = queryTerms(query);
  const hits: { template: MeasureTemplate; tier: number }[] = [];
  for (const entry of INDEX) {
    if (options.indicator !== undefined && entry.template.indicator !== options.indicator) continue;
    let inTitle = 0;
    let all = true;
    for (const term of terms) {
      if (entry.title.includes(term)) inTitle++;
      else if (!entry.body.some((field) => field.includes(term))) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    const tier = terms.length === 0 || inTitle === terms.length ? 0 : inTitle > 0 ? 1 : 2;
    hits.push({ template: entry.template, tier });
  }
  // INDEX is in id order and Array#sort is stable, so ties stay in id order.
  return hits.sort((a, b) => a.tier - b.tier).map((h) => h.template);
}

/** The templates for one indicator, by id. */
export function templatesForIndicator(indicator: IndicatorNumber): readonly MeasureTemplate[] {
  return INDEX.filter((e) => e.template.indicator === indicator).map((e) => e.template);
}

/** Templates offered for one indicator the improvement plan lists as a weakness. */
export interface TemplateSuggestion {
  readonly indicator: IndicatorNumber;
  /** The indicator's score in hundredths (81.72 is 8172). */
  readonly score: number;
  /** The bar it falls under, in the weak-indicator warning's words: "ต่ำกว่าเกณฑ์ 85", "ต่ำกว่าเกณฑ์จุดแข็ง 90". */
  readonly bar: string;
  readonly templates: readonly MeasureTemplate[];
}

/**
 * For every indicator of the year that the improvement plan of the given layout lists as a
 * weakness (its score, in hundredths, below planBar: the strength threshold, or the pass mark in
 * the four-column plan), the templates that address it; weakest indicator first, ties by
 * indicator number. So the catalogue suggests a measure for each indicator the weak-indicator
 * check warns of. Indicators missing from `scores`, or with a non-finite score, are left out.
 *
 * @example
 * suggestTemplates(new Map([[8, 8172], [9, 8714]]), frameworkFor(2567)!, "by-instrument")
 * //=> [{ indicator: 8, score: 8172, bar: "ต่ำกว่าเกณฑ์ 85", … }, { indicator: 9, score: 8714, bar: "ต่ำกว่าเกณฑ์จุดแข็ง 90", … }]
 */
export function suggestTemplates(
  scores: ReadonlyMap<IndicatorNumber, number>,
  framework: ItaFramework,
  plan: PlanLayout,
): readonly TemplateSuggestion[] {
  const below = planBar(framework, plan).score;
  const weak: TemplateSuggestion[] = [];
  for (const [indicator, score] of scores) {
    if (Number.isFinite(score) && score < below) {
      const own = catalogueIndicatorOf(framework, indicator);
      weak.push({
        indicator,
        score,
        bar: belowBarText(score, framework),
        templates: own === null ? [] : templatesForIndicator(own),
      });
    }
  }
  return weak.sort((a, b) => a.score - b.score || a.indicator - b.indicator);
}
