import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildWorkbookReport } from "../app/buildWorkbookReport";
import { buildInputSheets } from "../domain/input/inputSheets";
import { TITLED_REPORTS } from "../domain/reports/reportRegistry";
import { frameworkSheetDraft } from "../app/frameworkSheetDraft";
import { hasErrors } from "../domain/issues/validationIssue";
import { summarizeScores } from "../domain/scoring/scoreSummary";
import { XlsxReportWriter } from "../xlsx/xlsxReportWriter";
import { XlsxWorkbookReader } from "../xlsx/xlsxWorkbookReader";
import { loadInput } from "../app/loadInput";
import { CliError } from "./cliError";
import { DEMO_INPUT } from "./demoInput";
import { readFrameworkFile } from "./frameworkFile";
import { readInputFile } from "./inputFile";
import type { ReadResult } from "../domain/input/readInputWorkbook";
import { reportPdf } from "./pdf";
import { formatIssues } from "./printIssues";
import { makeOutputFolder } from "./outputFile";
import { refuseBadOutputs } from "./outputPaths";
import { issuesToJson, summaryToJson, summaryToText } from "./summaryJson";
import { jsonForTerminal, shownInTerminal } from "./terminalText";
import { writeVerified } from "./verifiedWrite";
import { xlsxOpens } from "./writtenFileChecks";
import { REPORT_KINDS, type ReportKind } from "../domain/reports/buildReport";
import { parseCommandLine, usage, type CommandLine } from "./commandLine";

type Run = Extract<CommandLine, { kind: "run" }>;

/** A fault of the program, not of the input: the last resort, exit 70. */
const INTERNAL_FAULT =
  "โปรแกรมทำงานผิดพลาดเอง (ไม่ใช่เพราะข้อมูลของท่าน) ไฟล์ข้อมูลไม่ได้ถูกเปลี่ยน กรุณาแจ้งผู้ดูแลพร้อมคำสั่งที่ใช้และไฟล์ข้อมูล";

type Io = { out: (text: string) => void; err: (text: string) => void };

/**
 * Runs one command; returns the exit code (README, "The command line": 0 done, 1 input errors,
 * 2 usage or a file that cannot be read or written, 3 the PDF step failed, 70 a fault of the
 * program itself). Errors become Thai messages, never stack traces; everything printed has the
 * characters a terminal would act on shown as \uXXXX (see terminalText.ts).
 */
export async function main(argv: readonly string[], terminal: Io = defaultIo): Promise<number> {
  const io: Io = {
    out: (t) => terminal.out(shownInTerminal(t)),
    err: (t) => terminal.err(shownInTerminal(t)),
  };
  try {
    const line = parseCommandLine(argv);
    if (line.kind === "help") {
      io.out(usage(line.command ?? undefined));
      return 0;
    }
    switch (line.command) {
      case "init":
        return await init(line, io);
      case "summary":
        return await summary(line, io);
      case "validate":
        return await validate(line, io);
      case "build":
        return await build(line, io);
      case "demo":
        return await demo(line, io);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(
      `${INTERNAL_FAULT}\n(รายละเอียดสำหรับผู้ดูแล: ${(error as Error)?.message ?? String(error)})`,
    );
    return 70;
  }
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

/**
 * Reads the input file, with the framework records of `--framework FILE.json` when given. A
 * framework file with an error stops the command (exit 1): nothing is scored with half a frame.
 */
async function readInput(file: string, args: Run, io: Io): Promise<ReadResult> {
  const frameworkPath = args.text("framework");
  if (frameworkPath === undefined) return readInputFile(file);
  const framework = await readFrameworkFile(frameworkPath);
  if (framework.issues.length) io.err(formatIssues(framework.issues, frameworkPath));
  if (!framework.records)
    throw new CliError(
      `ไม่ได้ใช้ไฟล์เกณฑ์ "${frameworkPath}" เพราะยังมีข้อผิดพลาด กรุณาแก้ไขตามรายการด้านบน`,
      1,
    );
  return readInputFile(file, framework.records);
}

/** The command's one file; parseCommandLine has made sure it is there. */
function operand(args: Run): string {
  if (args.operand === null) throw new Error(`${args.command} has no operand`);
  return args.operand;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function init(args: Run, io: Io): Promise<number> {
  const file = operand(args);
  await refuseBadOutputs(null, [{ option: "", path: file, extension: ".xlsx" }]);
  if (await exists(file)) throw new CliError(`มีไฟล์ "${file}" อยู่แล้ว จะไม่เขียนทับ กรุณาใช้ชื่อใหม่`, 2);
  const writer = new XlsxReportWriter();
  const framework = args.flag("with-framework") ? frameworkSheetDraft() : null;
  const written = await writer.write({
    sheets: [...buildInputSheets(undefined, TITLED_REPORTS), ...(framework ? [framework] : [])],
  });
  await writeVerified(file, await writer.toBuffer(), xlsxOpens(written.written));
  io.out(`สร้าง ${file} แล้ว: กรอกชีต "ข้อมูลรายงาน" และ "คะแนน ITA" แล้วใช้ ita-report build`);
  if (framework)
    io.out(
      `ชีต "${framework.name}" มีเกณฑ์ของปีล่าสุดที่โปรแกรมรู้ไว้เป็นร่าง แก้ให้ตรงกับคู่มือการประเมิน ITA ของ ป.ป.ช. ก่อนใช้`,
    );
  return 0;
}

async function summary(args: Run, io: Io): Promise<number> {
  const file = operand(args);
  const read = await readInput(file, args, io);
  const result = read.input ? summarizeScores(read.input) : { years: [], comparison: null };
  if (args.flag("json")) io.out(jsonForTerminal(summaryToJson(result, read.issues)));
  else {
    if (read.issues.length) io.err(formatIssues(read.issues, file));
    io.out(summaryToText(result));
  }
  return hasErrors(read.issues) ? 1 : 0;
}

async function build(args: Run, io: Io): Promise<number> {
  const file = operand(args);
  const out = args.text("out");
  if (!out)
    throw new CliError(`กรุณาระบุไฟล์รายงานที่จะสร้างด้วย -o <รายงาน.xlsx>\n\n${usage("build")}`, 2);
  const pdf = args.text("pdf");
  const kinds = reportKinds(args.text("reports"));
  await refuseBadOutputs(file, [
    { option: "-o", path: out, extension: ".xlsx" },
    ...(pdf ? [{ option: "--pdf", path: pdf, extension: ".pdf" } as const] : []),
  ]);
  const read = await readInput(file, args, io);
  const writer = new XlsxReportWriter();
  const outcome = await buildWorkbookReport(read, writer, {
    force: args.flag("force"),
    ...(kinds ? { kinds } : {}),
  });
  if (outcome.issues.length) io.err(formatIssues(outcome.issues, file));
  if (!outcome.ok) {
    io.err(
      "ไม่ได้สร้างรายงาน เพราะข้อมูลยังมีข้อผิดพลาด กรุณาแก้ไขตามรายการด้านบน (หรือใช้ --force เพื่อสร้างทั้งที่มีข้อผิดพลาด)",
    );
    return 1;
  }
  const bytes = await writer.toBuffer();
  await writeVerified(out, bytes, xlsxOpens(outcome.write.written));
  io.out(`เขียนรายงาน ${out} แล้ว (ชีต: ${outcome.write.written.join(", ")})`);
  if (pdf) {
    await reportPdf(outcome.workbook, pdf);
    io.out(`เขียน PDF ${pdf} แล้ว`);
  }
  return 0;
}

function reportKinds(value: string | undefined): ReportKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
  const unknown = kinds.filter((k) => !REPORT_KINDS.includes(k as ReportKind));
  if (unknown.length || kinds.length === 0)
    throw new CliError(
      `ไม่รู้จักรายงาน "${unknown.join(", ")}" เลือกได้จาก ${REPORT_KINDS.join(", ")}`,
      2,
    );
  return kinds as ReportKind[];
}

async function validate(args: Run, io: Io): Promise<number> {
  const file = operand(args);
  const read = await readInput(file, args, io);
  if (args.flag("json")) io.out(jsonForTerminal(issuesToJson(read.issues)));
  else if (read.issues.length === 0) io.out(`${file}: ข้อมูลถูกต้อง ไม่พบปัญหา`);
  else {
    const errors = read.issues.filter((i) => i.severity === "error").length;
    io.out(formatIssues(read.issues, file));
    io.out(`พบข้อผิดพลาด ${errors} รายการ และคำเตือน ${read.issues.length - errors} รายการ`);
  }
  return hasErrors(read.issues) ? 1 : 0;
}

async function demo(args: Run, io: Io): Promise<number> {
  const dir = args.text("out") ?? "out";
  await makeOutputFolder(dir);
  const inputPath = join(dir, "demo-input.xlsx");
  const inputWriter = new XlsxReportWriter();
  const inputSheets = await inputWriter.write({
    sheets: buildInputSheets(DEMO_INPUT, TITLED_REPORTS),
  });
  await writeVerified(inputPath, await inputWriter.toBuffer(), xlsxOpens(inputSheets.written));
  io.out(`1. สมุดงานข้อมูลตัวอย่าง: ${inputPath}`);

  // Read it back as a user's file would be read, so the demo proves the whole path.
  const read = await loadInput(await XlsxWorkbookReader.fromBuffer(await readFile(inputPath)));
  const writer = new XlsxReportWriter();
  // Every report the demo's round allows, in print order.
  const kinds = REPORT_KINDS.filter((k) => k !== "progress");
  const outcome = await buildWorkbookReport(read, writer, { kinds });
  if (outcome.issues.length) io.err(formatIssues(outcome.issues, inputPath));
  if (!outcome.ok) return 1;
  const reportPath = join(dir, "demo-report.xlsx");
  const bytes = await writer.toBuffer();
  await writeVerified(reportPath, bytes, xlsxOpens(outcome.write.written));
  io.out(`2. รายงาน: ${reportPath}`);
  io.out(summaryToText(outcome.summary));
  const pdfPath = join(dir, "demo-report.pdf");
  try {
    await reportPdf(outcome.workbook, pdfPath);
    io.out(`3. PDF: ${pdfPath}`);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(`3. ${error.message}`);
  }
  return 0;
}
