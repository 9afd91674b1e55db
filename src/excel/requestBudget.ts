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

/** A rough size of one queued operation: its JSON plus the per-operation overhead. */
export function operationBytes(value: unknown): number {
  return 200 + (value === undefined ? 0 : JSON.stringify(value).length * 2);
}
