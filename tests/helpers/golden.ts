import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const GOLDEN_DIR = join(__dirname, "..", "golden", "files");

/**
 * Compares text with tests/golden/files/<name>. UPDATE_GOLDEN=1 rewrites the file, so a
 * reviewer sees the change as a diff of readable text.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    if (!existsSync(file) && process.env.CI) throw new Error(`golden file ${name} is missing`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}
