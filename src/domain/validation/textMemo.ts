/**
 * Bounded memos of pure checks of a text, kept between checks of one input: a re-read after one
 * edit finds every unchanged measure's texts here and redoes only the changed one. Exact because
 * the functions memoised are pure and the key holds every argument they read (the text, and the
 * fiscal year where a check depends on it). Results are shared between callers: they are read,
 * never changed.
 *
 * Memory stays bounded whatever is read: a memo holds two generations of at most half its
 * `entries` keys and half its `chars` characters of keys each. New results go to the young one;
 * a hit in the old one is copied to the young one; when the young one is full it becomes the old
 * one and the oldest is dropped. So the texts of the last checks stay, and those no check has
 * asked for since are forgotten. (Not a Map in use order: deleting and re-adding hot keys in a
 * large Map makes V8 rebuild it again and again, seconds at 20,000 measures.)
 */
export interface MemoLimits {
  readonly entries: number;
  readonly chars: number;
}

/**
 * A generation holds every text field of the most measures an input may hold (20,000 × 12 =
 * 240,000); keys of 32 million characters (about 64 MB) at most in all.
 */
export const TEXT_MEMO_LIMITS: MemoLimits = { entries: 2 * 262_144, chars: 32 * 1024 * 1024 };

/** `fn` memoised under `key(...args)`, which must name every argument `fn` depends on. */
export function memoizeByKey<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
  key: (...args: A) => string,
  limits: MemoLimits = TEXT_MEMO_LIMITS,
): (...args: A) => R {
  const maxEntries = Math.max(1, Math.floor(limits.entries / 2));
  const maxChars = Math.floor(limits.chars / 2);
  let young = new Map<string, R>();
  let old = new Map<string, R>();
  let youngChars = 0;
  const keep = (k: string, value: R) => {
    if (k.length > maxChars) return;
    if (young.size >= maxEntries || youngChars + k.length > maxChars) {
      old = young;
      young = new Map();
      youngChars = 0;
    }
    young.set(k, value);
    youngChars += k.length;
  };
  return (...args: A): R => {
    const k = key(...args);
    if (young.has(k)) return young.get(k) as R;
    const value = old.has(k) ? (old.get(k) as R) : fn(...args);
    keep(k, value);
    return value;
  };
}

/** A pure function of one text, memoised under the text. */
export function memoizeText<R>(
  fn: (text: string) => R,
  limits: MemoLimits = TEXT_MEMO_LIMITS,
): (text: string) => R {
  return memoizeByKey(fn, (text) => text, limits);
}
