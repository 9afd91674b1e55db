import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./previewServer";

const DIST = join(ROOT, "dist");
const LOCK = join(ROOT, "test-output", ".e2e-build-lock");

/** The newest change to a source file the build uses (tests beside the code are not built). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const pages = ["taskpane.html", "standalone.html", "taskpane.js", "standalone.js"].map((f) => join(DIST, f));
  if (!pages.every(existsSync)) return false;
  const built = Math.min(...pages.map((p) => statSync(p).mtimeMs));
  return built >= newestSource(join(ROOT, "src"));
}

const STALE_LOCK_MS = 5 * 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Makes sure dist/ holds a production build of the current sources. `npm test` builds before
 * jest, so this only builds when jest runs alone; a lock keeps parallel test files from
 * building at the same time.
 */
export async function ensureBuilt(): Promise<void> {
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  for (;;) {
    if (isFresh()) return;
    try {
      mkdirSync(LOCK);
    } catch {
      // A lock older than any build is left from a run that was killed.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmdirSync(LOCK);
      await sleep(500);
      continue;
    }
    try {
      if (isFresh()) return;
      const r = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`webpack build failed:\n${r.stdout}\n${r.stderr}`);
      return;
    } finally {
      rmdirSync(LOCK);
    }
  }
}
