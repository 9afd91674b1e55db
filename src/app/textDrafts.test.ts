import { loadFixture } from "../../tests/helpers/fixtures";
import { REPORT_TEXT_KEYS } from "../domain/model/reportTexts";
import { textDraftsOf } from "./textDrafts";

const readOf = (fixture: string) => ({ input: loadFixture(fixture), issues: [] });

describe("textDraftsOf", () => {
  it("gives seed 001's drafts in its Thai digits, one paragraph a line", () => {
    const drafts = textDraftsOf(readOf("seed001"))!;
    expect(drafts.memoSubject).toBe(
      "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
    );
    expect(drafts.memoFacts.split("\n")[0]).toMatch(/^๑\. /);
    expect(drafts.analysisOverall).not.toBe("");
    for (const key of REPORT_TEXT_KEYS) expect(drafts[key]).not.toMatch(/[0-9]/);
    // Each instrument's analysis paragraph, numbered as printed, in Thai digits too.
    expect(Object.keys(drafts.instruments.analysis)).toEqual(["IIT", "EIT", "OIT"]);
    expect(drafts.instruments.analysis.OIT).toMatch(/^๓\.๓ .*\(OIT\) ได้ ๙๓\.๕๗ คะแนน/);
  });

  it("drafts nothing for the user's own data, nor an OIT item where no framework record names one (FY 2567)", () => {
    const drafts = textDraftsOf(readOf("seed001"))!;
    expect([drafts.memoReference, drafts.memoOitItem, drafts.website]).toEqual(["", "", ""]);
  });

  it("drafts the OIT item the year's framework record names, in the document's digits (seed 000, FY 2566: O43)", () => {
    expect(textDraftsOf(readOf("seed000"))!.memoOitItem).toBe("O๔๓");
    const read = readOf("seed000");
    expect(
      textDraftsOf({ ...read, input: { ...read.input!, digitStyle: "arabic" } })!.memoOitItem,
    ).toBe("O43");
  });

  it("keeps Arabic digits for a document that asks for them", () => {
    const read = readOf("seed001");
    const drafts = textDraftsOf({ ...read, input: { ...read.input!, digitStyle: "arabic" } })!;
    expect(drafts.memoSubject).toMatch(/พ\.ศ\. 2567$/);
  });

  it("drafts nothing that names the fiscal year while the year is unknown (a new workbook), and keeps the rest", () => {
    for (const fixture of ["seed000", "seed001", "seed003", "seed004"]) {
      const read = readOf(fixture);
      for (const plan of ["measures-table", "by-instrument"] as const) {
        const input = { ...read.input!, fiscalYearBE: 0, layout: { ...read.input!.layout, plan } };
        const drafts = textDraftsOf({ ...read, input })!;
        const all = [
          ...REPORT_TEXT_KEYS.map((k) => drafts[k]),
          ...Object.values(drafts.titles),
          ...Object.values(drafts.instruments.analysis),
        ];
        for (const text of all) expect(text).not.toMatch(/(พ\.ศ\.|ปีงบประมาณ|ปี) *[๐0-](?![๐-๙0-9])/);
        expect([
          drafts.memoSubject,
          drafts.memoBackground,
          drafts.memoFacts,
          drafts.memoProposal,
          drafts.progressIntro,
          drafts.titles.plan,
        ]).toEqual(["", "", "", "", "", ""]);
        expect(drafts.memoFactsHeading).toBe("ข้อเท็จจริง");
        expect(drafts.titles.progress).not.toBe("");
      }
    }
    // Known again, the year's drafts come back.
    expect(textDraftsOf(readOf("seed001"))!.progressIntro).toMatch(/พ\.ศ\. ๒๕๖๗/);
  });

  it("is null when the input could not be read", () => {
    expect(textDraftsOf({ input: null, issues: [] })).toBeNull();
  });
});
