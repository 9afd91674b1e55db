import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { TEMPLATE_TEXT_FIELDS } from "../../src/domain/catalogue/measureTemplate";
import { normalizeThai } from "../../src/domain/catalogue/searchTemplates";
import { MEASURE_TEMPLATES } from "../../src/domain/catalogue/templates";

/**
 * The catalogue must be our own wording: no run of WINDOW characters from any template field
 * may appear in a seed report. Both sides are compared after normalizeThai (no spaces, Arabic
 * digits, canonical mark order) with HTML tags dropped, so a sentence copied with different
 * spacing, line breaks or digits is still caught.
 */
const WINDOW = 25;
/** The seeds live in shared/seeds beside the checkout (or beside a folder holding worktrees). */
function findSeedDir(from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "seeds");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
const SEED_DIR = findSeedDir(join(__dirname, "..", "..")) ?? "";
const seedsPresent = SEED_DIR !== "";

function seedWindows(): Set<string> {
  const windows = new Set<string>();
  for (const name of readdirSync(SEED_DIR)) {
    const text = normalizeThai(readFileSync(join(SEED_DIR, name), "utf8").replace(/<[^>]*>/g, ""));
    for (let i = 0; i + WINDOW <= text.length; i++) windows.add(text.slice(i, i + WINDOW));
  }
  return windows;
}

/** The distinct WINDOW-character runs of `text` (normalized) found in `windows`. */
function copiedRuns(text: string, windows: ReadonlySet<string>): string[] {
  const norm = normalizeThai(text);
  const found = new Set<string>();
  for (let i = 0; i + WINDOW <= norm.length; i++) {
    const run = norm.slice(i, i + WINDOW);
    if (windows.has(run)) found.add(run);
  }
  return [...found];
}

const cases = MEASURE_TEMPLATES.flatMap((t) =>
  TEMPLATE_TEXT_FIELDS.map((field) => [t.id, field, t[field]] as const),
);

(seedsPresent ? describe : describe.skip)(
  `no template text copied from the seeds (${WINDOW}-character runs)`,
  () => {
    let windows: Set<string>;
    beforeAll(() => {
      windows = seedWindows();
    });

    it("reads some seed text", () => {
      expect(windows.size).toBeGreaterThan(10_000);
    });

    it.each(cases)("%s %s", (_id, _field, text) => {
      expect(copiedRuns(text, windows)).toEqual([]);
    });

    it("would catch a seed sentence copied with other spacing and digits", () => {
      const [sample] = [...windows];
      expect(copiedRuns(` ${sample ?? ""} `, windows)).not.toEqual([]);
    });
  },
);
