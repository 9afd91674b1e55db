import { loadFixture } from "../../tests/helpers/fixtures";
import { REPORT_TEXT_KEYS } from "../domain/model/reportTexts";
import { textDraftsOf } from "./textDrafts";

const readOf = (fixture: string) => ({ input: loadFixture(fixture), issues: [] });

describe("textDraftsOf", () => {
  it("gives seed 001's drafts in its Thai digits, one paragraph a line", () => {
    const drafts = textDraftsOf(readOf("seed001"))!;
    expect(drafts.memoSubject).toBe("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗");
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
    expect(textDraftsOf({ ...read, input: { ...read.input!, digitStyle: "arabic" } })!.memoOitItem).toBe("O43");
  });

  it("keeps Arabic digits for a document that asks for them", () => {
    const read = readOf("seed001");
    const drafts = textDraftsOf({ ...read, input: { ...read.input!, digitStyle: "arabic" } })!;
    expect(drafts.memoSubject).toMatch(/พ\.ศ\. 2567$/);
  });

  it("is null when the input could not be read", () => {
    expect(textDraftsOf({ input: null, issues: [] })).toBeNull();
  });
});
