import { organizationFullName } from "../model/organization";
import { type ReportInput } from "../model/reportInput";
import { paragraphsOf, userLineOrDraft, userOrDraft } from "../model/reportTexts";
import { formatHundredths } from "../numbers/hundredths";
import type { ScoreSummary } from "../scoring/scoreSummary";
import { analyse, analysisSentences } from "./analysisText";
import { statusCounts } from "./progressReport";
import { roundLine } from "./reportText";
import { toArabicDigits } from "../thai/digits";
import { frameworksOf } from "../scoring/inputFrameworks";
import { oitItemCovering, oitItemsInstrument, type CitedOitItem } from "../framework/oitItems";
import { frameworkFor } from "../framework/frameworkSet";

/** The text of a memo cover: subject, then the paragraphs of เรื่องเดิม, ข้อเท็จจริง and ข้อเสนอ. */
export interface MemoText {
  readonly subject: string;
  readonly background: readonly string[];
  readonly facts: readonly string[];
  readonly proposal: readonly string[];
}

/** The product's headings of the memo's three parts, the drafts of the user's (texts.memo…Heading). */
export const MEMO_HEADINGS = {
  background: "เรื่องเดิม",
  facts: "ข้อเท็จจริง",
  proposal: "ข้อเสนอ",
} as const;

/** The memo's three headings as printed: the user's where written, null where they typed a dash alone (no heading), else the product's. */
export function memoHeadings(
  input: ReportInput,
): Readonly<Record<keyof typeof MEMO_HEADINGS, string | null>> {
  const t = input.texts;
  return {
    background: userLineOrDraft(t.memoBackgroundHeading, MEMO_HEADINGS.background),
    facts: userLineOrDraft(t.memoFactsHeading, MEMO_HEADINGS.facts),
    proposal: userLineOrDraft(t.memoProposalHeading, MEMO_HEADINGS.proposal),
  };
}

/** The memo as printed: the user's paragraphs where they wrote any, the draft elsewhere. */
export function memoText(input: ReportInput, summary: ScoreSummary): MemoText {
  const draft = memoDraft(input, summary);
  const t = input.texts;
  return {
    subject: paragraphsOf(t.memoSubject).join(" ") || draft.subject,
    background: userOrDraft(t.memoBackground, draft.background),
    facts: userOrDraft(t.memoFacts, draft.facts),
    proposal: userOrDraft(t.memoProposal, draft.proposal),
  };
}

/**
 * The memo the software drafts from the settings and figures. Lists are numbered here, never
 * by hand; what it proposes follows from the measures' statuses, so it never asks to follow up
 * measures that are all done.
 */
export function memoDraft(input: ReportInput, summary: ScoreSummary): MemoText {
  const org = organizationFullName(input.organization);
  const fy = input.fiscalYearBE;
  const t = input.texts;
  const round = input.round === "six-month" ? " รอบ 6 เดือน" : "";
  const subject = `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy}${round}`;
  const a = analyse(summary);
  const measures = input.measures.length;
  const reference = paragraphsOf(t.memoReference).join(" ");
  const background =
    (a
      ? `ตามที่สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${a.year.fiscalYearBE} ` +
        `${org}ได้คะแนนรวม ${formatHundredths(a.year.overall, "arabic")} คะแนน อยู่ในระดับ “${a.year.level}” และได้`
      : `ตามที่${org}ได้`) +
    `นำผลการประเมินมาวิเคราะห์และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy}` +
    (measures ? ` จำนวน ${measures} มาตรการ` : "") +
    (reference ? ` ตามบันทึกข้อความ${reference.startsWith("ที่") ? " " : "ที่ "}${reference}` : "") +
    " นั้น";
  const facts: string[] = [];
  const oit = oitFact(input);
  if (oit) facts.push(oit);
  if (a) {
    const s = analysisSentences(a, org);
    facts.push(...[...Object.values(s.instruments), s.passCount].filter((t) => t !== ""));
  }
  const c = statusCounts(input.measures);
  if (measures) {
    facts.push(
      `ผลการดำเนินการตามมาตรการ${roundLine(input)} ดำเนินการแล้ว ${c.done} มาตรการ อยู่ระหว่างดำเนินการ ${c.ongoing} มาตรการ ` +
        `ยังไม่ดำเนินการ ${c.notStarted} มาตรการ${c.unknown ? ` ยังไม่ระบุสถานะ ${c.unknown} มาตรการ` : ""} รายละเอียดตามรายงานที่แนบ`,
    );
  }
  const website = paragraphsOf(t.website).join(" ");
  const publish = `เห็นควรเผยแพร่รายงานนี้${website ? `ทางเว็บไซต์ ${website}` : "บนเว็บไซต์หลักของหน่วยงาน"}เพื่อเป็นหลักฐานประกอบการประเมิน ITA`;
  const open = measures - c.done;
  const followUp =
    measures === 0 || open === 0
      ? ""
      : input.round === "full-year"
        ? ` และนำมาตรการที่ยังไม่แล้วเสร็จ ${open} มาตรการไปดำเนินการต่อในปีงบประมาณ พ.ศ. ${fy + 1}`
        : c.done === 0
          ? ` และเร่งรัดให้ดำเนินการตามมาตรการทั้ง ${open} มาตรการให้แล้วเสร็จภายในปีงบประมาณ`
          : ` และกำกับติดตามมาตรการที่ยังไม่แล้วเสร็จ ${open} มาตรการให้ดำเนินการภายในปีงบประมาณ`;
  const proposal = `${publish}${followUp} จึงเรียนมาเพื่อโปรดทราบและพิจารณา`;
  return {
    subject,
    background: [background],
    facts: facts.map((f, i) => `${i + 1}. ${f}`),
    proposal: [proposal],
  };
}

/** The OIT item a known framework record names for the implementation of the input's fiscal year; null where none says. */
export function citedOitItem(input: ReportInput): CitedOitItem | null {
  return oitItemCovering(input.fiscalYearBE, "implementation", frameworksOf(input));
}

/**
 * The fact naming the OIT item the report answers: the item the user typed, else the item that a
 * known framework record names for the implementation of the fiscal year, with its title and
 * assessment year (also when the user typed that item's code); none where no known record says
 * (2567, 2569, assumed years).
 */
function oitFact(input: ReportInput): string | null {
  const typed = paragraphsOf(input.texts.memoOitItem).join(" ");
  const cited = citedOitItem(input);
  // Typed as the pane shows the draft (in the document's digits: O๔๓) or in any case.
  const typedCode = toArabicDigits(typed.replace(/^ข้อ\s*/, ""));
  const according = accordingTo(input, cited);
  if (typed && (!cited || typedCode.toUpperCase() !== cited.item.code.toUpperCase()))
    return (
      `${according}${typed.startsWith("ข้อ") ? typed : `ข้อ ${typed}`} ` +
      "หน่วยงานต้องเผยแพร่การวิเคราะห์ผลการประเมิน มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน และผลการดำเนินการตามมาตรการ บนเว็บไซต์หลักของหน่วยงาน"
    );
  if (!cited) return null;
  return (
    `${according}ข้อ ${cited.item.code} “${cited.item.title}” ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${cited.assessmentYearBE} ` +
    "หน่วยงานต้องเผยแพร่ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" +
    // The year is said again only where the item is of a later assessment (O26 of 2569 for 2568).
    `${cited.assessmentYearBE === input.fiscalYearBE ? "" : ` ประจำปีงบประมาณ พ.ศ. ${input.fiscalYearBE}`} บนเว็บไซต์หลักของหน่วยงาน`
  );
}

/**
 * "ตาม" and the instrument the item belongs to, in the words of the record that names the item
 * (the record of the fiscal year for a typed item): ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) up
 * to ITA 2569; "ตาม" alone for a record without that instrument.
 */
function accordingTo(input: ReportInput, cited: CitedOitItem | null): string {
  const instrument = oitItemsInstrument(
    frameworkFor(cited?.assessmentYearBE ?? input.fiscalYearBE, frameworksOf(input)),
  );
  return instrument ? `ตาม${instrument.name} (${instrument.code}) ` : "ตาม";
}
