import { frameworkFor, frameworkSetWith } from "./frameworkSet";
import type { ItaFramework } from "./itaFramework";
import { oitItemCovering } from "./oitItems";

const cited = (
  fy: number,
  role: "measures" | "implementation" = "implementation",
  set = frameworkSetWith(undefined),
) => {
  const c = oitItemCovering(fy, role, set);
  return c ? `${c.item.code} ${c.assessmentYearBE}` : null;
};

describe("oitItemCovering", () => {
  it.each<[number, string | null]>([
    [2562, null], // the 2562 record lists no items
    [2563, "O43 2563"], // 2563–2566: each year's O43 asks for its own year
    [2564, "O43 2564"],
    [2565, "O43 2565"],
    [2566, "O43 2566"],
    [2567, null], // neither 2567's nor 2568's record names an item
    [2568, "O26 2569"], // 2569's O26 reports on fiscal year 2568
    [2569, null], // 2569's O26 covers 2568; 2570 has no record
    [2570, null], // assumed years cite nothing
    [2571, null],
  ])("implementation of fiscal year %d → %s", (fy, expected) => {
    expect(cited(fy)).toBe(expected);
  });

  it.each<[number, string | null]>([
    [2566, "O42 2566"],
    [2568, null], // 2569's O25 covers 2569
    [2569, "O25 2569"],
  ])("measures of fiscal year %d → %s", (fy, expected) => {
    expect(cited(fy, "measures")).toBe(expected);
  });

  it("gives the record's title with the code", () => {
    expect(oitItemCovering(2568, "implementation")!.item.title).toBe(
      "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    );
  });

  it("reads a supplied record: a 2570 that names the item for 2569", () => {
    const base = frameworkFor(2569)!;
    const supplied: ItaFramework = {
      ...base,
      fiscalYearBE: 2570,
      status: "provisional",
      origin: "supplied",
      basedOn: null,
      oitItems: [
        { role: "implementation", code: "O27", title: "รายงานผล", coversFiscalYearBE: 2569 },
      ],
    };
    expect(cited(2569, "implementation", frameworkSetWith([supplied]))).toBe("O27 2570");
    expect(cited(2569)).toBeNull(); // the built-in records alone do not say
  });
});
