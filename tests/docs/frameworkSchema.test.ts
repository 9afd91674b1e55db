import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OIT_ITEM_ROLES, OVERALL_FORMULAS } from "../../src/domain/framework/itaFramework";
import { RECORD_FIELDS } from "../../src/domain/framework/readFrameworkRecord";
import records from "../../src/domain/framework/itaFrameworks.json";

const schema = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "docs", "framework.schema.json"), "utf8"),
);
const record = schema.$defs.record;

/** docs/framework.schema.json says what the one reader of framework records reads. */
describe("docs/framework.schema.json", () => {
  it("names the fields the reader reads, and no other", () => {
    expect(Object.keys(record.properties).sort()).toEqual([...RECORD_FIELDS].sort());
  });

  it("lists the reader's formulas and OIT item roles", () => {
    expect(record.properties.overallFormula.enum).toEqual([...OVERALL_FORMULAS]);
    expect(record.properties.oitItems.items.properties.role.enum).toEqual([...OIT_ITEM_ROLES]);
  });

  it("requires what every built-in record has", () => {
    for (const r of records as Record<string, unknown>[])
      for (const field of record.required as string[])
        expect([r.fiscalYearBE, field, r[field] !== undefined]).toEqual([
          r.fiscalYearBE,
          field,
          true,
        ]);
  });

  it("allows only the fields the schema names in every built-in record", () => {
    for (const r of records as Record<string, unknown>[])
      expect(Object.keys(r).filter((k) => !(k in record.properties))).toEqual([]);
  });
});
