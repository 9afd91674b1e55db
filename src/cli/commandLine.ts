import { parseArgs } from "node:util";
import { REPORT_KINDS, REPORT_TITLES } from "../domain/reports/buildReport";
import { CliError } from "./cliError";

/**
 * The commands, their operand and options: one table that both the parser and the help read,
 * so the help never lists less than the program accepts.
 */
type OptionSpec = { type: "string" | "boolean"; short?: string; value?: string; help: string };

type CommandSpec = {
  operand: string | null; // what the one positional argument is, in Thai (null: none)
  usage: string;
  help: string;
  options: Readonly<Record<string, OptionSpec>>;
};

const JSON_OPTION: OptionSpec = { type: "boolean", help: "พิมพ์ผลเป็น JSON" };
const FRAMEWORK_OPTION: OptionSpec = {
  type: "string",
  value: "<เกณฑ์.json>",
  help: "เกณฑ์ ITA ที่กำหนดเอง (docs/framework.schema.json) ใช้แทนเกณฑ์ในโปรแกรมของปีนั้น",
};

export const COMMANDS = {
  init: {
    operand: "ชื่อไฟล์ที่จะสร้าง",
    usage: "<ไฟล์.xlsx>",
    help: "สร้างสมุดงานข้อมูลเปล่า (ชีตข้อมูลรายงานและคะแนน ITA)",
    options: {
      "with-framework": {
        type: "boolean",
        help: 'เพิ่มชีต "เกณฑ์ ITA" ของปีถัดจากปีล่าสุดที่โปรแกรมรู้ ให้แก้ตามคู่มือของ ป.ป.ช.',
      },
    },
  },
  validate: {
    operand: "ไฟล์ข้อมูล (.xlsx หรือ .json)",
    usage: "<ข้อมูล.xlsx|ข้อมูล.json>",
    help: "ตรวจข้อมูล บอกชีตและเซลล์ที่ต้องแก้",
    options: { json: JSON_OPTION, framework: FRAMEWORK_OPTION },
  },
  summary: {
    operand: "ไฟล์ข้อมูล (.xlsx หรือ .json)",
    usage: "<ข้อมูล.xlsx|ข้อมูล.json>",
    help: "คำนวณคะแนนทุกตัว ระดับ และการเปลี่ยนแปลง",
    options: { json: JSON_OPTION, framework: FRAMEWORK_OPTION },
  },
  build: {
    operand: "ไฟล์ข้อมูล (.xlsx หรือ .json)",
    usage: "<ข้อมูล.xlsx|ข้อมูล.json>",
    help: "สร้างชีตรายงาน (และ PDF ผ่าน LibreOffice)",
    options: {
      out: {
        type: "string",
        short: "o",
        value: "<รายงาน.xlsx>",
        help: "ไฟล์รายงานที่จะสร้าง (ต้องระบุ)",
      },
      pdf: { type: "string", value: "<รายงาน.pdf>", help: "สร้าง PDF ของรายงานด้วย" },
      reports: {
        type: "string",
        value: "<ชนิด,ชนิด>",
        help: "เลือกรายงาน (ดูรายชื่อด้านล่าง) ไม่ระบุ = รายงานที่เหมาะกับข้อมูล",
      },
      force: { type: "boolean", help: "สร้างแม้ข้อมูลยังมีข้อผิดพลาด" },
      framework: FRAMEWORK_OPTION,
    },
  },
  demo: {
    operand: null,
    usage: "",
    help: "ตัวอย่างครบขั้นตอนของหน่วยงานสมมุติ",
    options: { out: { type: "string", value: "<โฟลเดอร์>", help: "โฟลเดอร์ที่จะเขียน (ไม่ระบุ = out/)" } },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** A parsed command line: the command, its operand and the options given. */
export type CommandLine =
  | { kind: "help"; command: CommandName | null }
  | {
      kind: "run";
      command: CommandName;
      operand: string | null;
      text(option: string): string | undefined;
      flag(option: string): boolean;
    };

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);
const HELP_WORDS = new Set(["help", "--help", "-h"]);

/** Parses argv (without node and the script) with node:util parseArgs; mistakes are CliError exit 2 in Thai. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError(usage(), 2);
  if (HELP_WORDS.has(first))
    return { kind: "help", command: rest[0] !== undefined && isCommand(rest[0]) ? rest[0] : null };
  if (!isCommand(first)) throw new CliError(`ไม่รู้จักคำสั่ง "${first}"\n\n${usage()}`, 2);
  const command = first;
  const spec: CommandSpec = COMMANDS[command];
  if (rest.some((a) => a === "--help" || a === "-h")) return { kind: "help", command };

  // Not strict: parseArgs' own errors are English, so the tokens are checked here in Thai.
  const { tokens } = parseArgs({
    args: [...rest],
    options: parseOptions(spec),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const option = spec.options[token.name];
    if (!option) throw usageError(command, `ไม่รู้จักตัวเลือก "${token.rawName}" ของคำสั่ง ${command}`);
    const name = `--${token.name}`;
    if (values.has(token.name)) throw usageError(command, `ระบุตัวเลือก ${name} ซ้ำ กรุณาระบุครั้งเดียว`);
    if (option.type === "boolean") {
      if (token.value !== undefined) throw usageError(command, `ตัวเลือก ${name} ไม่ต้องมีค่าตามหลัง`);
      values.set(token.name, true);
      continue;
    }
    if (token.value === undefined || token.value === "")
      throw usageError(command, `ตัวเลือก ${token.rawName} ต้องตามด้วย ${option.value ?? "ค่า"}`);
    if (!token.inlineValue && token.value.startsWith("-"))
      throw usageError(
        command,
        `ตัวเลือก ${token.rawName} ต้องตามด้วย ${option.value ?? "ค่า"} แต่พบ "${token.value}" (ถ้าชื่อขึ้นต้นด้วย - ให้เขียน ${name}=${token.value})`,
      );
    values.set(token.name, token.value);
  }

  const wanted = spec.operand === null ? 0 : 1;
  if (positionals.length < wanted) throw usageError(command, `กรุณาระบุ${spec.operand}`);
  if (positionals.length > wanted)
    throw usageError(
      command,
      `คำสั่ง ${command} รับ${wanted ? "ไฟล์เดียว" : "เฉพาะตัวเลือก"} แต่พบเพิ่ม: ${positionals
        .slice(wanted)
        .map((p) => `"${p}"`)
        .join(" ")}`,
    );
  return {
    kind: "run",
    command,
    operand: positionals[0] ?? null,
    text: (option) => {
      const v = values.get(option);
      return typeof v === "string" ? v : undefined;
    },
    flag: (option) => values.get(option) === true,
  };
}

function parseOptions(spec: CommandSpec) {
  return Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [
      name,
      o.short ? { type: o.type, short: o.short } : { type: o.type },
    ]),
  );
}

function usageError(command: CommandName, problem: string): CliError {
  return new CliError(`${problem}\n\n${usage(command)}`, 2);
}

function optionLine(name: string, o: OptionSpec): string {
  const flag = `${o.short ? `-${o.short}, ` : ""}--${name}${o.value ? ` ${o.value}` : ""}`;
  return `      ${flag.padEnd(30)} ${o.help}`;
}

function commandLines(name: CommandName): string[] {
  const spec: CommandSpec = COMMANDS[name];
  return [
    `  ita-report ${name}${spec.usage ? ` ${spec.usage}` : ""}`,
    `      ${spec.help}`,
    ...Object.entries(spec.options).map(([n, o]) => optionLine(n, o)),
  ];
}

/** The help text, generated from the command table and the report list. */
export function usage(command?: CommandName): string {
  const names = command ? [command] : (Object.keys(COMMANDS) as CommandName[]);
  const lines = [
    "ita-report: รายงาน ITA จากสมุดงาน Excel",
    "",
    "การใช้งาน:",
    ...names.flatMap(commandLines),
  ];
  if (!command || command === "build")
    lines.push(
      "",
      "รายงานที่เลือกได้ (--reports):",
      ...REPORT_KINDS.map((k) => `  ${k.padEnd(18)} ${REPORT_TITLES[k]}`),
    );
  return lines.join("\n");
}
