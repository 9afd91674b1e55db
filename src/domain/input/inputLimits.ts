/**
 * What an input file may hold (docs/input-format.md, "Limits"). Every limit is checked before the
 * work that grows with it, and going over one is a Thai message naming the place, never a hang.
 * A real year's input is far below each: one organisation has tens of measures and 2–4 signatories.
 */
export const INPUT_LIMITS = {
  /** Bytes of an input file (.xlsx or .json) on disk or picked in the browser. */
  fileBytes: 20 * 1024 * 1024,
  /** Bytes of one part of an .xlsx once unpacked (a sheet, the shared strings, an image). */
  partBytes: 64 * 1024 * 1024,
  /** Bytes of all parts of an .xlsx once unpacked. */
  unpackedBytes: 256 * 1024 * 1024,
  /** Parts (files) inside an .xlsx. */
  parts: 5_000,
  /** The last row of a sheet that may hold a value; input sheets are read down to it. */
  sheetRows: 30_000,
  /** Merged areas on one sheet. */
  mergesPerSheet: 50_000,
  /** Cells one sheet's dropdowns (data validation), or its merged areas, cover once clipped. */
  rangeCells: 2_000_000,
  /** Measures (rows of the Measures sheet, or entries of "measures"). */
  measures: 20_000,
  /** People in the sign-off chain. */
  signatories: 20,
} as const;

/**
 * Rows of blank room kept below a sheet's last used row when a range stored over whole columns
 * (a dropdown on A1:J1048576) is clipped, so the dropdown still reaches the next rows people add.
 */
export const CLIPPED_RANGE_ROOM = 1_000;

/** "20 MB": a size in the unit people see in their file manager. */
export function sizeText(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${mb >= 10 ? Math.round(mb).toLocaleString("en-US") : mb.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en-US")} KB`;
}

/** A count in the style of the messages: 20,000. */
export const countText = (n: number) => n.toLocaleString("en-US");
