// The project's test command: format check, type check, lint, then every jest suite. Prints a plain
// closing line "N passed, N failed" (CI reads that line, not jest's own summary). Type check
// and lint count as one check each (and so does the format check).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";

const env = { ...process.env, TZ: "Asia/Bangkok" };
let passed = 0;
let failed = 0;

function step(name, cmd, args) {
  process.stdout.write(`\n== ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status === 0) passed++;
  else {
    failed++;
    process.stdout.write(`!! ${name} failed\n`);
  }
  return r.status === 0;
}

step("format (prettier --check; npm run format fixes it)", "npx", ["prettier", "--check", "."]);
step("typecheck", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
step("lint", "npx", ["eslint", ".", "--max-warnings=0"]);
const buildStarted = Date.now();
// The browser tests rebuild dist/ unless this stamp is newer than every source (webpack keeps
// the old time of files it did not change, so the pages' own times say nothing).
if (step("build (production bundle)", "npx", ["webpack", "--mode", "production"])) {
  writeFileSync("dist/.build-stamp", new Date(buildStarted).toISOString());
  utimesSync("dist/.build-stamp", buildStarted / 1000, buildStarted / 1000);
}

mkdirSync("test-output", { recursive: true });
process.stdout.write("\n== jest\n");
// The browser tests (tests/e2e) skip themselves without Chromium; say so where it is seen.
if (!existsSync("/usr/bin/chromium"))
  process.stdout.write(
    "!! /usr/bin/chromium not found: the browser tests in tests/e2e are skipped (CI installs chromium)\n",
  );
const extra = process.argv.slice(2);
const jest = spawnSync(
  "npx",
  ["jest", "--ci", "--json", "--outputFile=test-output/jest.json", ...extra],
  { stdio: "inherit", env },
);
try {
  const report = JSON.parse(readFileSync("test-output/jest.json", "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
} catch {
  failed++;
  process.stdout.write("!! jest produced no report\n");
}
if (jest.status !== 0 && failed === 0) failed++;

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
