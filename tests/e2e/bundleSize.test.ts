/**
 * The add-in's first load: every script taskpane.html loads from dist/ (office.js comes from
 * Microsoft's CDN and is not ours). It must stay under 200 KB gzip and hold no ExcelJS, nor the
 * measure catalogue's templates (a chunk of their own, fetched when the Measures screen opens).
 * The figure is written to test-output/bundle-size.txt.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureBuilt } from "./helpers/ensureBuilt";
import { ROOT } from "./helpers/previewServer";
import { MEASURE_TEMPLATES } from "../../src/domain/catalogue/templates";

jest.setTimeout(240_000);

const LIMIT = 200 * 1024;
const dist = (file: string) => join(ROOT, "dist", file);

/** Local scripts a built page loads, in order. */
function pageScripts(page: string): string[] {
  const html = readFileSync(dist(page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
}

describe("the add-in's first-load JavaScript", () => {
  beforeAll(() => ensureBuilt(), 240_000);

  it("stays under 200 KB gzip and leaves ExcelJS and the template catalogue out", () => {
    const scripts = pageScripts("taskpane.html");
    expect(scripts).toEqual(["taskpane.js"]);
    const sizes = scripts.map((s) => {
      const bytes = readFileSync(dist(s));
      expect(bytes.toString("latin1")).not.toMatch(/exceljs|xl\/workbook\.xml/i);
      for (const t of MEASURE_TEMPLATES) expect(bytes.toString("utf8")).not.toContain(t.methods);
      return { script: s, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    const gzip = sizes.reduce((n, s) => n + s.gzip, 0);
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    writeFileSync(
      join(ROOT, "test-output", "bundle-size.txt"),
      sizes
        .map(
          (s) =>
            `${s.script}: ${(s.raw / 1024).toFixed(1)} KB, ${(s.gzip / 1024).toFixed(1)} KB gzip\n`,
        )
        .join("") + `first load: ${(gzip / 1024).toFixed(1)} KB gzip (limit ${LIMIT / 1024} KB)\n`,
    );
    expect(gzip).toBeLessThan(LIMIT);
  });

  it("keeps the standalone page's first load free of ExcelJS too (it comes with the first file)", () => {
    for (const s of pageScripts("standalone.html"))
      expect(readFileSync(dist(s), "latin1")).not.toMatch(/exceljs|xl\/workbook\.xml/i);
  });
});
