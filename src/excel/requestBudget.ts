/**
 * Keeps each Office.js request under Excel on the web's 5 MB limit: callers say how many bytes
 * they are about to queue, and the budget syncs first when they would not fit. Below the limit
 * it never syncs, so the number of round trips grows with the payload, never with the rows.
 */
export const REQUEST_LIMIT_BYTES = 4_000_000;

export class RequestBudget {
  private queued = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    readonly limit: number = REQUEST_LIMIT_BYTES,
  ) {}

  /** Makes room for `bytes` more in the current request, syncing first if needed. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) {
      await this.sync();
      this.queued = 0;
    }
    this.queued += bytes;
  }
}

/**
 * The size of one queued operation: its JSON in UTF-8 (JSON keeps Thai unescaped, 3 bytes a
 * character) plus the per-operation overhead.
 */
export function operationBytes(value: unknown): number {
  return 200 + (value === undefined ? 0 : utf8Length(JSON.stringify(value)));
}

/** UTF-8 length without encoding: 1 byte for ASCII, 2 below U+0800, 3 for the rest of the BMP. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}
