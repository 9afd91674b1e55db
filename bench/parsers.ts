/**
 * Parsers of user text on long input: each parser's worst inputs (tests/property/userTextParsers.ts)
 * at 10,000 and 100,000 characters. Linear parsers take about ten times as long for ten times the
 * text; the old backtracking patterns took 100 to 1,000 times as long. The bench fails when a
 * parser is over the bound, which is generous (about 20 times what a linear parser needs here).
 */
import { performance } from "node:perf_hooks";
import { USER_TEXT_PARSERS } from "../tests/property/userTextParsers";

/** The bound: no parser may take longer than this on its worst 100,000-character input. */
export const PARSER_BOUND_MS = 250;

export interface ParserTiming {
  readonly parser: string;
  /** Slowest worst case at 10,000 and 100,000 characters (median of the runs). */
  readonly ms10k: number;
  readonly ms100k: number;
  readonly withinBound: boolean;
}

function slowest(
  parse: (text: string) => unknown,
  inputs: readonly string[],
  runs: number,
): number {
  let worst = 0;
  for (const text of inputs) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      parse(text);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    worst = Math.max(worst, times[Math.floor(times.length / 2)]!);
  }
  return worst;
}

export function timeParsers(runs: number): ParserTiming[] {
  return USER_TEXT_PARSERS.map(({ name, parse, worstCases }) => {
    const ms10k = slowest(parse, worstCases(10_000), runs);
    const ms100k = slowest(parse, worstCases(100_000), runs);
    return { parser: name, ms10k, ms100k, withinBound: ms100k <= PARSER_BOUND_MS };
  });
}
