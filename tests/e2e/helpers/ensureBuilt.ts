import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { ROOT } from "./previewServer";

const DIST = join(ROOT, "dist");
/** Written after every test build: webpack leaves unchanged files (the pages) with old times. */
const STAMP = join(DIST, ".build-stamp");
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
  const pages = ["taskpane.html", "standalone.html", "taskpane.js", "standalone.js"].map((f) =>
    join(DIST, f),
  );
  if (!existsSync(STAMP) || !pages.every(existsSync)) return false;
  return statSync(STAMP).mtimeMs >= newestSource(join(ROOT, "src"));
}

/** Records that dist/ now holds a build of the sources as they were when it started. */
function stampBuild(startedMs: number): void {
  writeFileSync(STAMP, new Date(startedMs).toISOString());
  const t = startedMs / 1000;
  utimesSync(STAMP, t, t);
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
      const started = Date.now();
      const r = spawnSync("npx", ["webpack", "--mode", "production"], {
        cwd: ROOT,
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(`webpack build failed:\n${r.stdout}\n${r.stderr}`);
      stampBuild(started);
      return;
    } finally {
      rmdirSync(LOCK);
    }
  }
}
