import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const GOLDEN_DIR = join(__dirname, "..", "golden", "files");

/**
 * Compares text with tests/golden/files/<name>. Only UPDATE_GOLDEN=1 writes the file (a missing
 * one fails otherwise), so a reviewer sees every change as a diff of readable text.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(
      `golden file ${name} is missing: run the test with UPDATE_GOLDEN=1 and review the file`,
    );
  expect(actual).toBe(readFileSync(file, "utf8"));
}
