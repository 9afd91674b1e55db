import type { KeepBlock, KeepKind } from "./sheetSpec";

/** What the page breaks of a sheet are placed from. */
export interface PaginationInput {
  /** Rows of the sheet, 1..rowCount. */
  readonly rowCount: number;
  /** A row's height in points as printed (before the print scale). */
  readonly height: (row: number) => number;
  /** Points of rows one page holds (printScale.ts pageRowPoints). */
  readonly pageHeight: number;
  /** Rows printed again at the top of every page after the one they are on. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  readonly keep: readonly KeepBlock[];
  /** Rows that must start a page (a cover's end). */
  readonly forced?: readonly number[];
}

/**
 * Excel holds at most 1,026 manual page breaks a sheet ("Excel specifications and limits":
 * "Page breaks: 1,026 horizontal and vertical"). Past them Excel's and LibreOffice's own
 * automatic breaks take over, so a report of thousands of pages still prints.
 */
export const MAX_PAGE_BREAKS = 1026;

/**
 * Which blocks give way first when a page cannot hold them: the higher, the sooner. A table row
 * of merged cells (the plan's weakness beside its measures) gives way before the heading above
 * it, since a merged cell cut at a page break shows its text on both pages (mergeSplit.ts) and a
 * heading left alone at a page foot shows nothing of what it heads.
 */
const GIVES_WAY: Record<KeepKind, number> = {
  signature: 0,
  heading: 1,
  "with-previous": 1,
  table: 1,
  row: 2,
  closing: 3,
};

interface Span {
  readonly first: number;
  readonly last: number;
}

/**
 * The rows that start a new page (ascending, never row 1): each page is filled with as many
 * rows as it holds, and a block of rows to keep together that does not fit on what is left of
 * a page starts the next one. A block taller than a whole page gives way: first the blocks
 * that keep text after a table with its last row, then headings with what follows, signatures
 * with the text before them and whole tables, last the rows of one table row or signature.
 * A single row taller than a page is left on a page of its own (the programs cut it).
 */
export function paginate(input: PaginationInput): number[] {
  const breaks: number[] = [];
  const forced = new Set((input.forced ?? []).filter((r) => r > 1 && r <= input.rowCount));
  const repeat = input.repeatRows;
  const repeatHeight = repeat ? sumHeights(input.height, repeat.first, repeat.last) : 0;
  let pageStart = 1;
  let used = 0;

  const capacity = (start: number) =>
    input.pageHeight - (repeat && start > repeat.last ? repeatHeight : 0);
  const newPage = (row: number) => {
    breaks.push(row);
    pageStart = row;
    used = 0;
  };

  const place = (span: Span, blocks: readonly KeepBlock[]): void => {
    for (const item of items(span, blocks)) {
      if (forced.has(item.first) && used > 0) newPage(item.first);
      const height = sumHeights(input.height, item.first, item.last);
      if (used + height <= capacity(pageStart)) {
        used += height;
        continue;
      }
      if (height <= capacity(item.first)) {
        if (used > 0) newPage(item.first);
        used += height;
        continue;
      }
      const inside = blocks.filter((b) => b.first >= item.first && b.last <= item.last);
      if (inside.length === 0) {
        // One row taller than a page: it gets a page of its own.
        if (used > 0) newPage(item.first);
        used += height;
        continue;
      }
      const weakest = Math.max(...inside.map((b) => GIVES_WAY[b.kind]));
      place(
        item,
        inside.filter((b) => GIVES_WAY[b.kind] < weakest),
      );
    }
  };

  place(
    { first: 1, last: input.rowCount },
    input.keep.filter((b) => b.first >= 1 && b.last <= input.rowCount && b.first < b.last),
  );
  return breaks.slice(0, MAX_PAGE_BREAKS);

  /** The span's rows grouped into what must stay together: overlapping blocks join, a forced break splits. */
  function items(span: Span, blocks: readonly KeepBlock[]): Span[] {
    const unions: Span[] = [];
    const sorted = blocks
      .filter((b) => b.first >= span.first && b.last <= span.last && !crossesForced(b))
      .sort((a, b) => a.first - b.first || b.last - a.last);
    for (const b of sorted) {
      const last = unions[unions.length - 1];
      if (last && b.first <= last.last)
        unions[unions.length - 1] = { first: last.first, last: Math.max(last.last, b.last) };
      else unions.push({ first: b.first, last: b.last });
    }
    const out: Span[] = [];
    let row = span.first;
    for (const u of unions) {
      for (; row < u.first; row++) out.push({ first: row, last: row });
      out.push(u);
      row = u.last + 1;
    }
    for (; row <= span.last; row++) out.push({ first: row, last: row });
    return out;
  }

  function crossesForced(b: Span): boolean {
    for (const r of forced) if (r > b.first && r <= b.last) return true;
    return false;
  }
}

function sumHeights(height: (row: number) => number, first: number, last: number): number {
  let sum = 0;
  for (let r = first; r <= last; r++) sum += height(r);
  return sum;
}

/** The rows printed on each page, as spans, for the given breaks (used by checks and tests). */
export function pagesOf(rowCount: number, breaks: readonly number[]): Span[] {
  const starts = [1, ...breaks.filter((r) => r > 1 && r <= rowCount)];
  return starts.map((first, i) => ({ first, last: (starts[i + 1] ?? rowCount + 1) - 1 }));
}
