import { main } from "../../src/cli/main";

/** What one run of the command line printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** Standard output, then standard error. */
  readonly all: string;
}

/** Runs `ita-report` in-process with these arguments, collecting what it prints. */
export async function cli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n"), all: [...out, ...err].join("\n") };
}
