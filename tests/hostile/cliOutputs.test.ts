import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { FIXTURE_DIR } from "../helpers/fixtures";
import { cli, expectThaiOnly, inputWorkbookBytes, tempDir, writeBytes } from "./hostileFiles";

/**
 * "Done" means done (issue 14, classes 3 and 4): output names are checked before any work, every
 * file written is opened again before it takes its name, and every failure of the PDF step is
 * exit 3 with Thai words and what to do, never LibreOffice's English command line.
 */

const dir = tempDir("ita-hostile-outputs-");
let input: string;

beforeAll(async () => {
  input = writeBytes(dir, "input.xlsx", await inputWorkbookBytes());
});

describe("output names are refused before any work", () => {
  it.each([
    [
      "-o and --pdf naming one file",
      () => ["-o", join(dir, "r1.xlsx"), "--pdf", join(dir, "r1.xlsx")],
      "ต้องลงท้ายด้วย .pdf",
    ],
    ["-o with another extension", () => ["-o", join(dir, "r2.json")], "ต้องลงท้ายด้วย .xlsx"],
    [
      "--pdf with another extension",
      () => ["-o", join(dir, "r3.xlsx"), "--pdf", join(dir, "r3.xlsx.txt")],
      "ต้องลงท้ายด้วย .pdf",
    ],
    [
      "-o as the input through ..",
      () => ["-o", join(dir, "sub", "..", "input.xlsx")],
      "เป็นไฟล์ข้อมูลเดียวกับที่อ่าน",
    ],
    [
      "-o as the input through a linked folder",
      () => ["-o", join(dir, "linked", "input.xlsx")],
      "เป็นไฟล์ข้อมูลเดียวกับที่อ่าน",
    ],
    [
      "-o as a hard link of the input",
      () => ["-o", join(dir, "hard.xlsx")],
      "เป็นไฟล์ข้อมูลเดียวกับที่อ่าน",
    ],
    [
      "--pdf as a link to the -o file",
      () => ["-o", join(dir, "old-report.xlsx"), "--pdf", join(dir, "link.pdf")],
      "เป็นไฟล์เดียวกัน",
    ],
  ])("%s: exit 2, nothing written, the input unchanged", async (_, args, phrase) => {
    mkdirSync(join(dir, "sub"), { recursive: true });
    if (!existsSync(join(dir, "linked"))) symlinkSync(dir, join(dir, "linked"));
    if (!existsSync(join(dir, "hard.xlsx"))) linkSync(input, join(dir, "hard.xlsx"));
    if (!existsSync(join(dir, "old-report.xlsx")))
      writeFileSync(join(dir, "old-report.xlsx"), "the old report");
    if (!existsSync(join(dir, "link.pdf")))
      symlinkSync(join(dir, "old-report.xlsx"), join(dir, "link.pdf"));
    const before = readFileSync(input);
    const r = await cli("build", input, ...args());
    expect(r.code).toBe(2);
    expect(r.err).toContain(phrase);
    expectThaiOnly(r.all, dir);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readFileSync(join(dir, "old-report.xlsx"), "utf8")).toBe("the old report");
    for (const f of ["r1.xlsx", "r2.json", "r3.xlsx", "r3.xlsx.txt"])
      expect(existsSync(join(dir, f))).toBe(false);
  });

  it("init refuses a name that is not .xlsx, and a file that exists, exit 2", async () => {
    const json = join(dir, "new.json");
    const r = await cli("init", json);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ต้องลงท้ายด้วย .xlsx");
    expect(existsSync(json)).toBe(false);
    const again = await cli("init", input);
    expect(again.code).toBe(2);
    expect(again.err).toContain("จะไม่เขียนทับ");
  });
});

describe("a file is written only when it opens", () => {
  it("a report that would not open is not left under its name, and the old one stays", async () => {
    // U+FFFF is refused as input; with --force the build goes on, and the written file must then not open.
    const seed = JSON.parse(readFileSync(join(FIXTURE_DIR, "seed001.json"), "utf8")) as {
      organization: { name: string };
    };
    seed.organization.name = "เกวียน\uffffหัก";
    const bad = writeBytes(dir, "bad-input.json", JSON.stringify(seed));
    const out = join(dir, "kept-report.xlsx");
    writeFileSync(out, "the previous report");
    const r = await cli("build", bad, "-o", out, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toContain("ไฟล์ที่เขียนเปิดไม่ได้");
    expect(r.out).not.toContain("เขียนรายงาน");
    expect(readFileSync(out, "utf8")).toBe("the previous report");
    // --force lists the input's errors first: the character is named at its JSON path.
    expect(r.all).toContain("organization.name");
    // Its warnings name seed 001's scores of indicators 8 and 9, which no measure names.
    expectThaiOnly(r.all, bad, dir, "organization.name", "scores.2567.8", "scores.2567.9");
  });

  it("an output that is a folder: a Thai reason, exit 2, no hidden file left behind", async () => {
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder, { recursive: true });
    const r = await cli("build", input, "-o", folder);
    expect(r.code).toBe(2);
    expect(r.err).toContain("เป็นโฟลเดอร์");
    expect(readdirHidden(dir)).toEqual([]);
  });
});

const readdirHidden = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".tmp"));

describe("LibreOffice failing in each way it fails: exit 3 and what to do", () => {
  const bin = join(dir, "bin");
  const savedPath = process.env.PATH;
  const savedTimeout = process.env.ITA_REPORT_PDF_TIMEOUT;

  /** A stand-in `soffice` first on PATH. */
  function fakeSoffice(script: string): void {
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, "soffice"), `#!/bin/sh\n${script}\n`);
    chmodSync(join(bin, "soffice"), 0o755);
    process.env.PATH = `${bin}:${savedPath}`;
  }

  afterEach(() => {
    process.env.PATH = savedPath;
    if (savedTimeout === undefined) delete process.env.ITA_REPORT_PDF_TIMEOUT;
    else process.env.ITA_REPORT_PDF_TIMEOUT = savedTimeout;
  });

  const outdir = 'for a in "$@"; do case "$prev" in --outdir) out="$a";; esac; prev="$a"; done';

  it.each([
    [
      "it exits with an error and English on stderr",
      `echo "Error: source file could not be loaded --convert-to pdf /tmp/x.xlsx" >&2; exit 77`,
      "แปลงไฟล์ไม่สำเร็จ (รหัส 77)",
    ],
    [
      "its profile is locked",
      `echo "User installation could not be completed. The profile is locked" >&2; exit 1`,
      "โปรไฟล์ผู้ใช้",
    ],
    ["it says it worked but writes no PDF", `exit 0`, "ไม่ได้ไฟล์ PDF"],
    // One PDF for each sheet's file (pdf.ts converts the sheets one file each, in one run).
    [
      "it writes something that is not a PDF",
      `${outdir}; for a in "$@"; do case "$a" in *.xlsx) echo "not a pdf" > "$out/$(basename "$a" .xlsx).pdf";; esac; done; exit 0`,
      "ไฟล์ที่เขียนเปิดไม่ได้",
    ],
    ["it runs past the time limit", `sleep 120`, "นานเกิน 5 วินาที"],
  ])(
    "%s",
    async (_, script, phrase) => {
      fakeSoffice(script);
      if (script.startsWith("sleep")) process.env.ITA_REPORT_PDF_TIMEOUT = "5";
      const pdf = join(dir, `รายงาน-${_.length}.pdf`);
      const out = join(dir, `รายงาน-${_.length}.xlsx`);
      const r = await cli("build", input, "-o", out, "--pdf", pdf);
      expect(r.code).toBe(3);
      expect(r.err).toContain(phrase);
      expect(r.err).toContain("เขียนไว้แล้ว");
      expect(r.all).not.toMatch(/convert-to|Error:|User installation|source file/);
      // The input's name prefixes its warnings (seed 001's plan lists indicators 8 and 9 without a measure naming them).
      expectThaiOnly(r.all, input, dir);
      expect(existsSync(pdf)).toBe(false);
      expect(existsSync(out)).toBe(true); // the .xlsx report is written and opens
    },
    60_000,
  );
});

describe("input text is printed with control characters shown, never acted on by the terminal", () => {
  // A Devanagari letter makes the name an issue whose message quotes the text around it.
  const hostile = "เกว\u001b[2J\u0007\u009bर\u202e\r\nหัก";
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/; // eslint-disable-line no-control-regex

  let file: string;
  beforeAll(() => {
    const seed = JSON.parse(readFileSync(join(FIXTURE_DIR, "seed001.json"), "utf8")) as {
      organization: { name: string };
    };
    seed.organization.name = hostile;
    file = writeBytes(dir, "escapes.json", JSON.stringify(seed));
  });

  it("in issue lines: one line per issue, escapes shown as \\uXXXX", async () => {
    const r = await cli("validate", file);
    expect(r.all).not.toMatch(RAW);
    // The name is refused for its escape character, and quoted (around its Devanagari letter) with every control shown.
    const lines = r.out.split("\n").filter((l) => l.includes("organization.name"));
    expect(lines.some((l) => l.includes('(รหัส "U+001B")'))).toBe(true);
    expect(lines.find((l) => l.includes("ปนในข้อความ"))).toContain(
      "กว\\u001B[2J\\u0007\\u009Bर\\u202E\\u000D\\u000Aหัก",
    );
  });

  it("in --json: valid JSON that means the same text, with no raw control character", async () => {
    const r = await cli("validate", file, "--json");
    expect(r.out).not.toMatch(RAW);
    const issues = JSON.parse(r.out) as { message: string }[];
    expect(issues.some((i) => i.message.includes(hostile.slice(1)))).toBe(true);
  });

  it("in file names the user typed", async () => {
    const r = await cli("validate", join(dir, "ไม่มี\u001b[31mไฟล์.json"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("ไม่มี\\u001B[31mไฟล์.json");
    expect(r.err).not.toMatch(RAW);
  });
});
