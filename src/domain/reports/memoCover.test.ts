import type { Signatory } from "../model/signatory";
import type { KeepBlock, SheetSpec } from "../sheet/sheetSpec";
import { summarizeScores } from "../scoring/scoreSummary";
import { reportInputWith } from "../testing/builders";
import { buildMemoSheet } from "./memoCover";

const REPORTER: Signatory = { role: "ผู้รายงาน", name: "นายธนากร พูลสวัสดิ์", position: "นิติกรปฏิบัติการ" };
const HEAD: Signatory = {
  role: "ผู้ตรวจสอบ",
  name: "นางสาวอรุณี แก้วมณี",
  position: "หัวหน้าสำนักปลัด",
  comment: "ความเห็นหัวหน้าสำนักปลัด....\n....",
};
const CLERK: Signatory = {
  role: "ผู้ตรวจสอบ",
  name: "นายวิรัตน์ ศรีทอง",
  position: "ปลัดองค์การบริหารส่วนตำบล",
  comment: "ความเห็นปลัด....\n....\n....",
};
const MAYOR: Signatory = {
  role: "ทราบ",
  name: "นายสมพงษ์ ทองดี",
  position: "นายกองค์การบริหารส่วนตำบล",
  comment: "-",
};

function memo(signatories: readonly Signatory[]): SheetSpec {
  const input = reportInputWith({ signatories });
  return buildMemoSheet(input, summarizeScores(input));
}

/** The row of a person's "(ลงชื่อ)" line, the n-th of the sheet (1-based). */
const signRow = (spec: SheetSpec, n: number) =>
  spec.rows
    .map((r, i) => (typeof r[2] === "string" && r[2].startsWith("(ลงชื่อ)") ? i + 1 : 0))
    .filter((r) => r > 0)[n - 1]!;
/** The blocks that hold a row together with the row before it (the chain may not break there). */
const holding = (spec: SheetSpec, row: number): KeepBlock[] =>
  (spec.keep ?? []).filter((k) => k.first < row && k.last >= row);

describe("the memo's signatures (seed 003's chain)", () => {
  const spec = memo([REPORTER, HEAD, CLERK, MAYOR]);
  /** The first row of each approver: the spacer before it plus one. */
  const start = (n: number) =>
    spec.rows.findIndex((r, i) => i > signRow(spec, n - 1) + 1 && r.some((c) => c !== null)) + 1;

  it("prints a rank on the signature line and the name alone in brackets (seed 004's ปลัด)", () => {
    const ranked = memo([REPORTER, { ...CLERK, name: "ชัยยุทธ คุณพรสุจริต", rank: "ว่าที่ร้อยตรี" }, MAYOR]);
    const row = signRow(ranked, 2);
    expect(ranked.rows[row - 1]![2]).toBe(
      "(ลงชื่อ) ว่าที่ร้อยตรี ........................................",
    );
    expect(ranked.rows[row]![2]).toBe("(ชัยยุทธ คุณพรสุจริต)");
    expect(spec.rows[signRow(spec, 3) - 1]![2]).toBe(
      "(ลงชื่อ) ........................................",
    );
  });

  it("keeps each person's comment lines with their signature", () => {
    for (const [n, lines] of [
      [2, 2],
      [3, 3],
    ] as const)
      expect(spec.keep).toContainEqual({
        first: signRow(spec, n) - lines,
        last: signRow(spec, n) + 2,
        kind: "signature",
      });
  });

  it("keeps the reporter's signature with the memo's text", () => {
    const reporter = signRow(spec, 1);
    expect(
      holding(spec, reporter).some((k) => k.kind === "with-previous" && k.first < reporter),
    ).toBe(true);
  });

  it("lets the chain break before an approver with comment lines of their own", () => {
    expect(holding(spec, start(2))).toEqual([]);
    expect(holding(spec, start(3))).toEqual([]);
  });

  it("never breaks before the last signature, so no page holds it alone", () => {
    const mayor = signRow(spec, 4);
    expect(spec.rows[mayor - 2]!.every((c) => c === null)).toBe(true); // the mayor signs with no comment line ("-")
    expect(holding(spec, mayor).map((k) => k.kind)).toContain("with-previous");
    expect(holding(spec, mayor).find((k) => k.kind === "with-previous")!.first).toBe(
      signRow(spec, 3) + 2,
    );
  });

  it("keeps an approver who only signs with the signature before them, wherever in the chain", () => {
    const chain = memo([REPORTER, MAYOR, HEAD, CLERK]);
    const signsOnly = signRow(chain, 2);
    expect(holding(chain, signsOnly).find((k) => k.kind === "with-previous")!.first).toBe(
      signRow(chain, 1) + 2,
    );
    // The last approver is held to the one before even with comment lines of their own.
    const last = signRow(chain, 4) - 3;
    expect(holding(chain, last).map((k) => k.kind)).toContain("with-previous");
  });
});
