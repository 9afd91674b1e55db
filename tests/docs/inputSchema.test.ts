import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseInputJson } from "../../src/domain/input/parseInputJson";
import { cli } from "../helpers/cli";

const fixture = (name: string) =>
  readFileSync(join(__dirname, "..", "fixtures", `${name}.json`), "utf8");
const unknownKeys = (text: string) =>
  parseInputJson(text).issues.filter((i) => i.code === "json-key-unknown");

describe("JSON keys the schema does not name", () => {
  it.each(["seed000", "seed001", "seed002", "seed003", "seed004"])(
    "are none in fixture %s",
    (name) => {
      expect(unknownKeys(fixture(name))).toEqual([]);
    },
  );

  it("are warned of at their path, at every level, with the names that are read there", () => {
    const seed = JSON.parse(fixture("seed001"));
    const typo = {
      ...seed,
      fiscalYear: 2568,
      organization: { ...seed.organization, provnce: "จันทบุรี" },
      font: { name: "TH SarabunPSK", size: 16, bold: true },
      measures: [{ ...seed.measures[0], Title: "ผิดตัวพิมพ์" }],
      signatories: [{ role: "ผู้รายงาน", name: "ก", position: "ข", signature: "x" }],
      memo: { unit: "สำนักปลัด", date: "1" },
      layout: {
        numbering: "user",
        yearEnd: { grouping: "none", cover: true, covers: true },
        plann: "x",
      },
    };
    const found = unknownKeys(JSON.stringify(typo));
    expect(found.map((i) => i.path)).toEqual([
      "fiscalYear",
      "organization.provnce",
      "font.bold",
      "signatories[0].signature",
      "measures[0].Title",
      "memo.date",
      "layout.plann",
      "layout.yearEnd.covers",
    ]);
    expect(found.every((i) => i.severity === "warning")).toBe(true);
    expect(found[0]!.message).toContain('ไม่รู้จักชื่อ "fiscalYear"');
    expect(found[0]!.message).toContain("fiscalYearBE");
    expect(found[1]!.message).toContain("province");
  });
});

describe("a JSON input without its fiscal year", () => {
  it('is not compared with "ปีงบประมาณ 0" nor shown the score path scores.-1.1', async () => {
    const seed = JSON.parse(fixture("seed001"));
    delete seed.fiscalYearBE;
    seed.scores = {};
    delete seed.officialTotals;
    const file = join(mkdtempSync(join(tmpdir(), "ita-noyear-")), "input.json");
    writeFileSync(file, JSON.stringify(seed));
    const run = await cli("validate", file);
    expect(run.all).toContain("fiscalYearBE");
    expect(run.all).not.toContain("ปีงบประมาณ 0"); // no dates compared with a year that is not there
    delete seed.measures; // now the default report is the score comparison, which needs scores
    writeFileSync(file, JSON.stringify(seed));
    const bare = await cli("validate", file);
    expect(bare.all).toContain("scores.<ปี พ.ศ.>.<ตัวชี้วัด>");
    expect(bare.all).not.toMatch(/scores\.-?\d*\.1/);
  });
});
