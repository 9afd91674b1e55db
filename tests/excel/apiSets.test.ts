import { readFileSync } from "node:fs";
import { join } from "node:path";
import { excelApiUses, shippedSources, type ExcelApiUse } from "./apiSets/excelApiUsage";

const ROOT = join(__dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
/** The ExcelApi minor version the manifest requires (4 for 1.4). */
const declared = Number(/<Set Name="ExcelApi" MinVersion="1\.(\d+)"\s*\/>/.exec(manifest)?.[1]);

const line = (u: ExcelApiUse) => `${u.at} ${u.member} (ExcelApi 1.${u.version})`;
/** Uses of members newer than the manifest's minimum that no capability check covers. */
const unguarded = (uses: readonly ExcelApiUse[]) =>
  uses.filter((u) => u.version > declared && u.guard < u.version).map(line);

describe("ExcelApi requirement sets", () => {
  const uses = excelApiUses(shippedSources());

  it("reads the version of every Excel member the add-in uses from @types/office-js", () => {
    const version = (member: string) => uses.find((u) => u.member === member)?.version;
    expect(version("RangeFormat.indentLevel")).toBe(9);
    expect(version("Worksheet.pageLayout")).toBe(9);
    expect(version("WorksheetCollection.getItemOrNullObject")).toBe(4);
    expect(version("Range.dataValidation")).toBe(8);
    expect(uses.length).toBeGreaterThan(50);
  });

  it("uses nothing newer than the manifest's minimum without a capability check", () => {
    expect(declared).toBeGreaterThan(0);
    expect(unguarded(uses)).toEqual([]);
  });

  it("declares the honest minimum: the newest member used without a check", () => {
    const needed = Math.max(...uses.filter((u) => u.guard < u.version).map((u) => u.version));
    expect(`1.${declared}`).toBe(`1.${needed}`);
  });

  // One more program for both checks below: the sheet writer with its indent guard taken out, and the samples.
  const sheetWriter = join(ROOT, "src", "excel", "officeSheetWriter.ts");
  const samples = join(__dirname, "apiSets", "samples.ts");
  const text = readFileSync(sheetWriter, "utf8");
  const changed = text.replace(
    "if (caps.indent && style.indent !== undefined)",
    "if (style.indent !== undefined)",
  );
  const altered = excelApiUses([sheetWriter, samples], new Map([[sheetWriter, changed]]));

  it("fails when a guarded call is made unguarded", () => {
    expect(changed).not.toBe(text);
    expect(unguarded(altered.filter((u) => u.at.startsWith("src/")))).toEqual([
      expect.stringMatching(
        /^src\/excel\/officeSheetWriter\.ts:\d+ RangeFormat\.indentLevel \(ExcelApi 1\.9\)$/,
      ),
    ]);
  });

  it("reports the deliberately unguarded samples and none of the guarded ones", () => {
    const found = unguarded(altered.filter((u) => u.at.startsWith("tests/")));
    const source = readFileSync(samples, "utf8").split("\n");
    const inFunction = (entry: string) => {
      const row = Number(/:(\d+) /.exec(entry)![1]);
      return source
        .slice(0, row)
        .reverse()
        .find((l) => l.startsWith("export function") || l.startsWith("function"))!
        .split("(")[0];
    };
    expect(found.map(inFunction)).toEqual([
      "export function unguardedIndent",
      "export function unguardedLayout",
      "export function unguardedLayout",
      "export function wrongGuard",
    ]);
  });
});
