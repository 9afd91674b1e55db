import { buildReport } from "../../src/domain/reports/buildReport";
import { renderSpecAsText, renderWorkbookAsText } from "../../src/domain/sheet/renderSpecAsText";
import { inDigitStyle } from "../../src/domain/thai/digits";
import { expectGolden } from "../helpers/golden";
import { loadFixture } from "../helpers/fixtures";

/** Each seed's own words, as the user typed them into the fixture, are what the reports print. */
describe("seed 003: the memo in the user's words, then the measures in their order", () => {
  const input = loadFixture("seed003");
  const built = buildReport(input, ["memo", "progress"]);
  const [memo, progress] = built.workbook.sheets.map(renderSpecAsText) as [string, string];

  it("builds without issues and matches the golden rendering", () => {
    expect(built.issues).toEqual([]);
    expectGolden("memo-progress-seed003.txt", renderWorkbookAsText(built.workbook));
  });

  it("prints the subject, background, facts and proposal as typed, and no draft", () => {
    for (const p of [
      input.texts.memoSubject,
      ...[input.texts.memoBackground, input.texts.memoFacts, input.texts.memoProposal].flatMap(
        (t) => t.split("\n"),
      ),
    ])
      expect(memo).toContain(p);
    expect(memo).not.toContain("กำกับติดตามมาตรการที่ยังไม่แล้วเสร็จ");
    expect(memo).not.toMatch(/^\s*1\. แบบตรวจ/m); // the user's facts are not numbered again
  });

  it("gives each approver their own comment lines above the signature", () => {
    const comment = memo.indexOf("ความเห็นหัวหน้าสำนักปลัด");
    expect(comment).toBeGreaterThan(memo.indexOf("(นายธนากร พูลสวัสดิ์)"));
    expect(memo.indexOf("(นางสาวอรุณี แก้วมณี)")).toBeGreaterThan(comment);
    expect(memo.indexOf("ความเห็นปลัดองค์การบริหารส่วนตำบลควนทองหลาง")).toBeGreaterThan(
      memo.indexOf("(นางสาวอรุณี แก้วมณี)"),
    );
  });

  it("lets the mayor sign with no comment line (the comment '-'), where the draft would print '- ทราบ'", () => {
    expect(input.signatories.at(-1)!.comment).toBe("-");
    expect(memo).not.toContain("- ทราบ");
    const lines = memo.split("\n");
    const mayor = lines.findIndex((l) => l.includes("(นายสมพงษ์ ทองดี)"));
    expect(lines[mayor - 1]).toMatch(/\(ลงชื่อ\) \.+$/);
    expect(lines[mayor - 2]).toMatch(/^\s*\d+ \| $/);
  });

  it("lists the measures 1) to 10) in the order of their rows, with the status in its own column", () => {
    const order = [...progress.matchAll(/\| (\d+)\) /g)].map((m) => Number(m[1]));
    expect(order).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(progress).toContain("| สถานะ |");
    expect(progress).toContain(input.texts.progressIntro);
    expect(progress).not.toContain("[ดำเนินการแล้ว]");
  });
});

describe("seed 004: the memo in the user's words, each level's comment as typed", () => {
  const input = loadFixture("seed004");
  const memo = renderSpecAsText(buildReport(input, ["memo"]).workbook.sheets[0]!);
  const thai = (t: string) => inDigitStyle(t, "thai");

  it("prints every typed paragraph in Thai digits, and no drafted one", () => {
    for (const p of [input.texts.memoBackground, input.texts.memoFacts].flatMap((t) =>
      t.split("\n"),
    ))
      expect(memo).toContain(thai(p));
    expect(memo).toContain(thai(input.texts.memoSubject));
    expect(memo).not.toContain("เห็นควรเผยแพร่รายงานนี้");
  });

  it("prints the comment lines of every level, the last one's '- ทราบ' once", () => {
    for (const line of input.signatories
      .flatMap((s) => (s.comment ?? "").split("\n"))
      .filter(Boolean))
      expect(memo).toContain(thai(line));
    expect(memo.match(/- ทราบ/g)).toHaveLength(1);
  });

  it("prints the user's findings under each instrument of the plan", () => {
    const plan = renderSpecAsText(buildReport(input, ["plan"]).workbook.sheets[0]!);
    // Typed under the keys of earlier files (planIIT, …), read as the instruments' texts.
    const findings = Object.entries(input.texts.instruments.plan);
    expect(findings.map(([code]) => code)).toEqual(["IIT", "EIT", "OIT"]);
    for (const [, text] of findings) expect(plan).toContain(thai(text));
  });
});
