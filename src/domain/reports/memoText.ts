import { organizationFullName } from "../model/organization";
import { type ReportInput } from "../model/reportInput";
import { formatHundredths } from "../numbers/hundredths";
import type { ScoreSummary } from "../scoring/scoreSummary";
import { analyse, analysisSentences } from "./analysisText";
import { statusCounts } from "./progressReport";
import { roundLine } from "./reportText";

/** The generated text of a memo cover: subject, background, numbered facts and proposal. */
export interface MemoText {
  readonly subject: string;
  readonly background: string;
  readonly facts: readonly string[];
  readonly proposal: string;
}

/** Writes the memo from the settings and figures; lists are numbered here, never by hand. */
export function memoText(input: ReportInput, summary: ScoreSummary): MemoText {
  const org = organizationFullName(input.organization);
  const fy = input.fiscalYearBE;
  const round = input.round === "six-month" ? " รอบ 6 เดือน" : "";
  const subject = `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy}${round}`;
  const a = analyse(summary);
  const measures = input.measures.length;
  const background =
    (a
      ? `ตามที่สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${a.year.fiscalYearBE} ` +
        `${org}ได้คะแนนรวม ${formatHundredths(a.year.overall, "arabic")} คะแนน อยู่ในระดับ "${a.year.level}" และได้`
      : `ตามที่${org}ได้`) +
    `นำผลการประเมินมาวิเคราะห์และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy}` +
    (measures ? ` จำนวน ${measures} มาตรการ` : "") +
    " นั้น";
  const facts: string[] = [];
  if (a) {
    const s = analysisSentences(a, org);
    facts.push(...Object.values(s.instruments), s.passCount);
  }
  if (measures) {
    const c = statusCounts(input.measures);
    facts.push(
      `ผลการดำเนินการตามมาตรการ${roundLine(input)} ดำเนินการแล้ว ${c.done} มาตรการ อยู่ระหว่างดำเนินการ ${c.ongoing} มาตรการ ` +
        `ยังไม่ดำเนินการ ${c.notStarted} มาตรการ${c.unknown ? ` ยังไม่ระบุสถานะ ${c.unknown} มาตรการ` : ""} รายละเอียดตามรายงานที่แนบ`,
    );
  }
  const proposal =
    "เห็นควรเผยแพร่รายงานนี้บนเว็บไซต์หลักของหน่วยงานเพื่อเป็นหลักฐานประกอบการประเมิน ITA " +
    "และกำกับติดตามมาตรการที่ยังไม่แล้วเสร็จให้ดำเนินการภายในปีงบประมาณ จึงเรียนมาเพื่อโปรดทราบและพิจารณา";
  return { subject, background, facts: facts.map((f, i) => `${i + 1}. ${f}`), proposal };
}
