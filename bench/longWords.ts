/**
 * The row fitter on words longer than any line: a Thai word of random letters (the dictionary
 * finds few words in it), a Thai sentence repeated without spaces, and a Latin word of one
 * letter, from 1,000 to 100,000 letters, each run on a word not seen before (so no cache
 * answers). Linear work takes about as long per letter at every length; before the segmenting
 * was bounded, a 35,000-letter word took seconds and a gigabyte, 300 of them over 6 minutes.
 */
import { performance } from "node:perf_hooks";
import { wrappedLineCount } from "../src/domain/sheet/textMetrics";

export const LONG_WORD_LENGTHS = [1_000, 5_000, 10_000, 20_000, 35_000, 70_000, 100_000] as const;

export interface LongWordTiming {
  readonly kind: string;
  readonly letters: number;
  /** Lines of the word in a column 40 characters wide at 16 pt. */
  readonly lines: number;
  /** Median of the runs. */
  readonly ms: number;
  /** Largest growth of the heap during a run, in MB (what the fitter holds while it works). */
  readonly heapMB: number;
}

const LETTERS = "กขคงจฉชซญฎฐณดตถทธนบปผพฟภมยรลวศษสหอฮะาิีึืุู";
const SENTENCE = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ";

const KINDS: readonly {
  readonly kind: string;
  readonly word: (letters: number, run: number) => string;
}[] = [
  {
    kind: "Thai letters at random",
    word: (letters, run) => {
      let x = letters * 31 + run;
      return Array.from(
        { length: letters },
        () => LETTERS[(x = (x * 1103515245 + 12345) & 0x7fffffff) % LETTERS.length],
      ).join("");
    },
  },
  // The run shifts the sentence by a letter, so each run's text is new.
  {
    kind: "Thai sentence, no spaces",
    word: (letters, run) =>
      SENTENCE.slice(run % SENTENCE.length)
        .concat(SENTENCE.repeat(Math.ceil(letters / SENTENCE.length)))
        .slice(0, letters),
  },
  {
    kind: "Latin letter a",
    word: (letters, run) => `${"a".repeat(letters - 1)}${String.fromCharCode(98 + (run % 20))}`,
  },
];

export function timeLongWords(
  runs: number,
  lengths: readonly number[] = LONG_WORD_LENGTHS,
): LongWordTiming[] {
  const out: LongWordTiming[] = [];
  for (const { kind, word } of KINDS) {
    for (const letters of lengths) {
      const times: number[] = [];
      let lines = 0;
      let heapMB = 0;
      for (let run = 0; run < runs; run++) {
        const text = word(letters, run);
        const heap0 = process.memoryUsage().heapUsed;
        const t0 = performance.now();
        lines = wrappedLineCount(text, [40], { size: 16 });
        times.push(performance.now() - t0);
        heapMB = Math.max(heapMB, (process.memoryUsage().heapUsed - heap0) / 2 ** 20);
      }
      times.sort((a, b) => a - b);
      out.push({ kind, letters, lines, ms: times[Math.floor(times.length / 2)]!, heapMB });
    }
  }
  return out;
}
