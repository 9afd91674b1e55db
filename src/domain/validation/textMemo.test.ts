import { memoizeByKey, memoizeText } from "./textMemo";

/** A memoised copy of `fn` that records the texts it was really called with. */
function recorded(limits?: { entries: number; chars: number }) {
  const calls: string[] = [];
  const f = memoizeText((t: string) => {
    calls.push(t);
    return { upper: t.toUpperCase() };
  }, limits);
  return { f, calls };
}

describe("memoizeText", () => {
  it("returns what the function returns, calling it once for each text", () => {
    const { f, calls } = recorded();
    const first = f("สวัสดี");
    expect(first).toEqual({ upper: "สวัสดี" });
    expect(f("สวัสดี")).toBe(first);
    expect(f("ab")).toEqual({ upper: "AB" });
    expect(calls).toEqual(["สวัสดี", "ab"]);
  });

  it("keeps the texts asked for lately and forgets those not asked for in two generations", () => {
    // Generations of 2 keys.
    const { f, calls } = recorded({ entries: 4, chars: 1_000 });
    f("a");
    f("b"); // young: a b
    f("c"); // old: a b; young: c
    f("a"); // hit in old, copied: young c a
    f("d"); // old: c a; young: d (b is forgotten)
    f("a");
    f("c");
    f("b");
    expect(calls).toEqual(["a", "b", "c", "d", "b"]);
  });

  it("holds at most its characters of keys, and never a key longer than a generation's share", () => {
    // Generations of 5 characters.
    const { f, calls } = recorded({ entries: 100, chars: 10 });
    f("aaa");
    f("bb"); // young: aaa bb (5 chars)
    f("c"); // old: aaa bb; young: c
    f("dddd"); // young: c dddd
    f("eeee"); // old: c dddd; young: eeee (aaa and bb forgotten)
    f("dddd"); // hit in old
    f("bb");
    const long = "x".repeat(6);
    f(long);
    f(long);
    expect(calls).toEqual(["aaa", "bb", "c", "dddd", "eeee", "bb", long, long]);
  });
});

describe("memoizeByKey", () => {
  it("tells calls apart by every argument in the key", () => {
    let calls = 0;
    const f = memoizeByKey(
      (text: string, year: number) => {
        calls++;
        return `${text}/${year}`;
      },
      (text, year) => `${year}|${text}`,
    );
    expect(f("ต.ค. 2567", 2568)).toBe("ต.ค. 2567/2568");
    expect(f("ต.ค. 2567", 2569)).toBe("ต.ค. 2567/2569");
    expect(f("ต.ค. 2567", 2568)).toBe("ต.ค. 2567/2568");
    expect(calls).toBe(2);
  });
});
