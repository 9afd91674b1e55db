// Bundles the benchmark (bench/index.ts) into dist-cli/bench.cjs with esbuild, as
// scripts/build-cli.mjs does for the command line. exceljs stays external (runtime dependency).
import { build } from "esbuild";

await build({
  entryPoints: { bench: "bench/index.ts" },
  outdir: "dist-cli",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  external: ["exceljs"],
  logLevel: "warning",
});
