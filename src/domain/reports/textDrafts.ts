import { organizationFullName } from "../model/organization";
import type { ReportInput } from "../model/reportInput";
import { EMPTY_TEXTS, reportTitle, type ReportTexts } from "../model/reportTexts";
import type { ScoreSummary } from "../scoring/scoreSummary";
import { analyse, analysisSentences } from "./analysisText";
import { citedOitItem, MEMO_HEADINGS, memoDraft } from "./memoText";
import { outcomeNarrative } from "./outcomeNarrative";
import { progressIntro } from "./progressReport";
import { REPORTS } from "./reportRegistry";
import { coverTitleKind } from "./coverPage";
import { draftsAwaitYear } from "./draftYear";
import type { ReportDefinition } from "./reportDefinition";

/**
 * What the software would print for each text the user left empty, one paragraph a line: the
 * draft a user starts from (the pane shows it). Facts keep their numbers, as printed.
 * The memo's reference and web address are the user's data, not drafts; its OIT item's draft is
 * the item the year's framework record names (none where no record says); each instrument of
 * the analysed year's frame has its analysis paragraph. Each report with a title line has the
 * product's title as its draft.
 * While the fiscal year is unknown (a new workbook), the texts that name it or the round's dates
 * (the memo's subject and paragraphs, the progress intro; the plan's title, by its heading) have no draft: none
 * may say "พ.ศ. 0" (see {@link draftsAwaitYear}).
 */
export function reportTextDrafts(input: ReportInput, summary: ScoreSummary): ReportTexts {
  const ofYear = (text: string) => (draftsAwaitYear(input) ? "" : text);
  const memo = memoDraft(input, summary);
  const a = analyse(summary);
  const s = a ? analysisSentences(a, organizationFullName(input.organization)) : null;
  // Numbered as the analysis prints them: in the order of the year's instruments.
  const analysis = s
    ? Object.fromEntries(
        Object.entries(s.instruments).map(([code, sentence], i) => [
          code,
          `3.${i + 1} ${sentence}`,
        ]),
      )
    : {};
  return {
    ...EMPTY_TEXTS,
    memoSubject: ofYear(memo.subject),
    memoOitItem: citedOitItem(input)?.item.code ?? "",
    memoBackgroundHeading: MEMO_HEADINGS.background,
    memoFactsHeading: MEMO_HEADINGS.facts,
    memoProposalHeading: MEMO_HEADINGS.proposal,
    memoBackground: ofYear(memo.background.join("\n")),
    memoFacts: ofYear(memo.facts.join("\n")),
    memoProposal: ofYear(memo.proposal.join("\n")),
    progressIntro: input.measures.length > 0 ? ofYear(progressIntro(input)) : "",
    yearEndOutcome: outcomeNarrative(input, summary) ?? "",
    analysisOverall: s?.overall ?? "",
    analysisPassCount: s?.passCount ?? "",
    analysisStrengths: s?.strengths ?? "",
    analysisToDevelop: s?.toDevelop ?? "",
    analysisLowest: s?.lowest ?? "",
    // Nothing is drafted under an instrument's heading of the plan.
    instruments: { analysis, plan: {} },
    titles: Object.fromEntries(
      (REPORTS as readonly ReportDefinition[]).flatMap((r) => {
        if (!r.heading) return [];
        const title = r.heading(input, summary);
        // A cover prints the report's title (the user's, where written) unless given its own.
        return [
          [r.kind, title],
          ...(r.cover ? [[coverTitleKind(r.kind), reportTitle(input.texts, r.kind, title)]] : []),
        ];
      }),
    ),
  };
}
