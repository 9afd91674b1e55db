/** A key given twice in one JSON object: where the second one is, and the key as typed. */
export interface DuplicateKey {
  /** The JSON path of the second key, in the readers' form: `scores.2568`, `measures[2].title`. */
  readonly path: string;
  readonly key: string;
}

/** More than this many duplicates are not listed: the first ones say what is wrong. */
export const MAX_DUPLICATE_KEYS = 100;

type Frame =
  | {
      readonly kind: "object";
      readonly path: string;
      readonly keys: Set<string>;
      key: string | null;
      expectKey: boolean;
    }
  | { readonly kind: "array"; readonly path: string; index: number };

const member = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

/**
 * The keys given twice in one object of a JSON text. JSON.parse keeps the last and says
 * nothing, so a score typed twice would be replaced without a word; this scanner reads the text
 * once, left to right (each string is decoded once, by JSON.parse of its own slice), so it is
 * linear in the text. `text` must already have parsed as JSON.
 */
export function findDuplicateKeys(text: string, max: number = MAX_DUPLICATE_KEYS): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  /** The path of the value that starts here, in the object or array on top of the stack. */
  const valuePath = (): string => {
    const top = stack.at(-1);
    if (!top) return "";
    return top.kind === "array" ? `${top.path}[${top.index}]` : member(top.path, top.key ?? "");
  };
  for (let i = 0; i < text.length && found.length < max; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const top = stack.at(-1);
      if (top?.kind === "object" && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push({ path: member(top.path, key), key });
        else top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === "{" || c === "[") {
      const path = valuePath();
      stack.push(
        c === "{"
          ? { kind: "object", path, keys: new Set(), key: null, expectKey: true }
          : { kind: "array", path, index: 0 },
      );
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      const top = stack.at(-1);
      if (top?.kind === "array") top.index++;
      else if (top) top.expectKey = true;
    }
  }
  return found;
}
