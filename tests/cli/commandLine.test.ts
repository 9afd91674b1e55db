import { cli } from "../helpers/cli";
import { COMMANDS, parseCommandLine } from "../../src/cli/commandLine";
import { REPORT_KINDS, REPORT_TITLES } from "../../src/domain/reports/buildReport";

describe("ita-report help", () => {
  it("lists every command, every option and every report the program accepts", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    for (const [name, spec] of Object.entries(COMMANDS)) {
      expect(r.out).toContain(`ita-report ${name}`);
      for (const option of Object.keys(spec.options)) expect(r.out).toContain(`--${option}`);
    }
    const lines = r.out.split("\n").map((l) => l.trim().split(/ {2,}/));
    for (const kind of REPORT_KINDS) expect(lines).toContainEqual([kind, REPORT_TITLES[kind]]);
  });

  it("shows one command's help for build --help and help build", async () => {
    for (const args of [
      ["build", "--help"],
      ["help", "build"],
    ]) {
      const r = await cli(...args);
      expect(r.code).toBe(0);
      expect(r.out).toContain("-o, --out <รายงาน.xlsx>");
      expect(r.out).not.toContain("ita-report init");
    }
  });

  it("prints the help with exit 2 when no command is given", async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.err).toContain("การใช้งาน:");
  });
});

describe("ita-report command line mistakes", () => {
  it.each([
    [
      ["build", "in.json", "-o", "--pdf", "x.pdf"],
      'ตัวเลือก -o ต้องตามด้วย <รายงาน.xlsx> แต่พบ "--pdf"',
    ],
    [["build", "in.json", "-o"], "ตัวเลือก -o ต้องตามด้วย <รายงาน.xlsx>"],
    [["build", "in.json", "-o", "a.xlsx", "--bogus"], 'ไม่รู้จักตัวเลือก "--bogus" ของคำสั่ง build'],
    [["summary", "in.json", "--pdf", "x.pdf"], 'ไม่รู้จักตัวเลือก "--pdf" ของคำสั่ง summary'],
    [["build", "in.json", "-o", "a.xlsx", "-o", "b.xlsx"], "ระบุตัวเลือก --out ซ้ำ"],
    [["build", "in.json", "-o", "a.xlsx", "--force=yes"], "ตัวเลือก --force ไม่ต้องมีค่าตามหลัง"],
    [["validate", "a.json", "b.json"], 'พบเพิ่ม: "b.json"'],
    [["demo", "stray"], 'พบเพิ่ม: "stray"'],
    [["validate"], "กรุณาระบุไฟล์ข้อมูล (.xlsx หรือ .json)"],
  ])("%j is refused in Thai with exit 2 and the command's help", async (args, text) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(text);
    expect(r.err).toContain("การใช้งาน:");
    expect(r.err).not.toMatch(/\n\s+at |ERR_PARSE_ARGS/);
  });

  it("takes a value that starts with a dash when written --out=VALUE, and options before the file", () => {
    const line = parseCommandLine(["build", "--out=-report.xlsx", "--force", "in.json"]);
    expect(line).toMatchObject({ kind: "run", command: "build", operand: "in.json" });
    if (line.kind !== "run") throw new Error("not run");
    expect(line.text("out")).toBe("-report.xlsx");
    expect(line.flag("force")).toBe(true);
    expect(line.text("pdf")).toBeUndefined();
  });

  it("reads a file whose name starts with a dash after --", () => {
    const line = parseCommandLine(["validate", "--", "-input.json"]);
    expect(line).toMatchObject({ kind: "run", operand: "-input.json" });
  });
});
