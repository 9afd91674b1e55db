// Bundles the command line (and the benchmark, once it exists) into dist-cli/ with esbuild.
// exceljs stays external: it is a runtime dependency resolved from node_modules; so is jsdom,
// which the bench uses to run Microsoft's Excel client library (read from @microsoft/office-js).
import { build } from "esbuild";
import { existsSync } from "node:fs";

const entries = { "ita-report": "src/cli/index.ts" };
if (existsSync("bench/index.ts")) entries.bench = "bench/index.ts";

await build({
  entryPoints: entries,
  outdir: "dist-cli",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  external: ["exceljs", "jsdom", "@microsoft/office-js"],
  logLevel: "warning",
});
