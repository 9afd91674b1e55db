import { IssueCollector, type IssuePlace } from "./issueCollector";
import { checkText, reportTextProblems, type TextProblem } from "./textChecks";

const codes = (problems: readonly TextProblem[]) => problems.map((p) => p.code);

describe("checkText", () => {
  describe("clean text", () => {
    it.each<[string, string]>([
      ["", "empty"],
      ["ข้อความภาษาไทย", "Thai"],
      ["นายจิรายุ ใจดี", "a Thai name"],
      ["No Gift Policy", "Latin words"],
      ["ประกาศ No Gift Policy ประจำปี 2567", "Thai with Latin and Arabic digits"],
      ["ปีงบประมาณ พ.ศ. ๒๕๖๗", "Thai digits"],
      ["ปี 2567 และ ๒๕๖๘", "Thai and Arabic digits in separate numbers"],
      ["ปี 2567, ๒๕๖๘", "separate numbers after a comma and a space"],
      ["👍 ดีมาก ✅", "emoji"],
      ["ผลการดำเนินการ (ร้อยละ 85.50) – ดี • “อ้างอิง”", "punctuation and symbols"],
      ["café naïve", "accented Latin"],
      ["cafe\u0301", "a combining accent on Latin"],
      ["ก\u200bข", "a zero-width space"],
      ["https://www.example.go.th/ita/2567", "a link"],
      ["ข้อ 1.1 และ 1.2", "numbered items"],
      ["98.43", "a score"],
      ["1,000,000 บาท", "a grouped amount"],
      ["x".repeat(32_767), "exactly Excel's cell limit"],
    ])("%j (%s) has no problems", (text) => {
      expect(checkText(text)).toEqual([]);
    });
  });

  describe("letters of another script", () => {
    it.each<[string, string, string]>([
      ["นายจिरायู", "เทวนาครี (ฮินดี)", "ि"], // a Devanagari vowel sign inside a Thai name
      ["กรุงเทพฯ नमस्ते", "เทวนาครี (ฮินดี)", "न"],
      ["ສະບາຍດີ", "ลาว", "ສ"],
      ["ผู้รับผิดชอบ ສ", "ลาว", "ສ"],
      ["សួស្តី", "เขมร", "ស"],
      ["มาตรการ 中文", "จีน", "中"],
      ["မြန်မာ", "พม่า", "မ"],
      ["Привет", "ซีริลลิก", "П"],
      ["ค่า α", "ภาษาอื่น", "α"], // a script without a Thai name
      ["ひらがな", "ภาษาอื่น", "ひ"],
      ["مرحبا", "ภาษาอื่น", "م"],
    ])("%j names %s and quotes %j", (text, script, letter) => {
      const problems = checkText(text);
      expect(codes(problems)).toEqual(["non-thai-script"]);
      expect(problems[0]!.severity).toBe("warning");
      expect(problems[0]!.message).toContain(`พบอักษร${script} "${letter}"`);
    });

    it("reports only the first foreign letter", () => {
      const problems = checkText("中文 ສະບາຍ नमस्ते");
      expect(codes(problems)).toEqual(["non-thai-script"]);
      expect(problems[0]!.message).toContain("จีน");
    });

    it.each<[string, string]>([
      ["นายจिरायู", "…นายจिरायู…"], // the whole short text
      ["ก".repeat(20) + "ि" + "ข".repeat(20), `…${"ก".repeat(8)}ि${"ข".repeat(7)}…`], // 8 characters each side
    ])("quotes %j around the letter", (text, context) => {
      expect(checkText(text)[0]!.message).toContain(`("${context}")`);
    });
  });

  describe("numbers with both kinds of digits", () => {
    it.each<[string, string]>([
      ["๒๕๖5", "๒๕๖5"],
      ["ปี 256๗", "256๗"],
      ["1๐", "1๐"],
      ["98.๔๓", "98.๔๓"],
      ["๑,000 บาท", "๑,000"],
      ["2567,๒๕๖๘", "2567,๒๕๖๘"], // no space: read as one number
      ["ปี ๒๕๖๗ วันที่ 1๘ ม.ค.", "1๘"], // the mixed one, not the clean one before it
    ])("%j → %j", (text, number) => {
      const problems = checkText(text);
      expect(codes(problems)).toEqual(["mixed-digits"]);
      expect(problems[0]!.severity).toBe("warning");
      expect(problems[0]!.message).toContain(`ตัวเลข "${number}"`);
    });
  });

  describe("text over Excel's cell limit", () => {
    it.each<[number, string]>([
      [32_768, "32,768"],
      [40_000, "40,000"],
    ])("%d characters is an error", (length, shown) => {
      const problems = checkText("ก".repeat(length));
      expect(codes(problems)).toEqual(["text-too-long"]);
      expect(problems[0]!.severity).toBe("error");
      expect(problems[0]!.message).toContain(`ข้อความยาว ${shown} ตัวอักษร`);
      expect(problems[0]!.message).toContain("32,767");
    });
  });

  it("lists every kind of problem, length first", () => {
    const problems = checkText(`${"ก".repeat(32_768)} นายจिरา ปี ๒๕๖7`);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ["text-too-long", "error"],
      ["non-thai-script", "warning"],
      ["mixed-digits", "warning"],
    ]);
  });
});

describe("reportTextProblems", () => {
  it.each<[IssuePlace, Record<string, string>, string]>([
    [{ sheet: "มาตรการ", cell: "C5" }, { sheet: "มาตรการ", cell: "C5" }, 'ชีต "มาตรการ" เซลล์ C5: '],
    [{ sheet: "มาตรการ" }, { sheet: "มาตรการ" }, 'ชีต "มาตรการ": '],
    [
      { path: "measures[2].methods" },
      { path: "measures[2].methods" },
      "ข้อมูล JSON ที่ measures[2].methods: ",
    ],
  ])("ties each problem to %j", (place, fields, prefix) => {
    const issues = new IssueCollector();
    reportTextProblems(`${"ก".repeat(32_768)}ि ๒๕๖5`, place, issues);
    expect(issues.issues.map((i) => [i.code, i.severity])).toEqual([
      ["text-too-long", "error"],
      ["non-thai-script", "warning"],
      ["mixed-digits", "warning"],
    ]);
    for (const issue of issues.issues) {
      expect(issue).toMatchObject(fields);
      expect(issue.message.startsWith(prefix)).toBe(true);
    }
  });

  it("adds nothing for clean text", () => {
    const issues = new IssueCollector();
    reportTextProblems("ประกาศ No Gift Policy ปี 2567", { sheet: "มาตรการ", cell: "B3" }, issues);
    expect(issues.issues).toEqual([]);
  });

  it("adds to what the collector already holds", () => {
    const issues = new IssueCollector();
    issues.warning("status-empty", { path: "x" }, { measure: "ก่อนหน้า" });
    reportTextProblems("๒๕๖5", { path: "y" }, issues);
    expect(issues.issues.map((i) => i.code)).toEqual(["status-empty", "mixed-digits"]);
  });
});
