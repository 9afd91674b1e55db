import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const ROOT = join(__dirname, "..", "..");

/** The command as users run it: src/cli/index.ts bundled the way scripts/build-cli.mjs does. */
async function bundledCli(dir: string): Promise<string> {
  const outfile = join(dir, "ita-report.cjs");
  await build({
    entryPoints: [join(ROOT, "src", "cli", "index.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["exceljs", "jsdom", "@microsoft/office-js"],
    logLevel: "silent",
  });
  return outfile;
}

describe("a reader that closes the pipe early (ita-report validate x.json | head -1)", () => {
  it("ends the command quietly, without Node's EPIPE trace", async () => {
    // Inside the project, so that the bundle finds exceljs in node_modules as dist-cli/ does.
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    const dir = mkdtempSync(join(ROOT, "test-output", "pipe-"));
    const cli = await bundledCli(dir);
    // Many issues, so that the output passes the pipe's buffer after the reader has gone.
    const input = join(dir, "many.json");
    writeFileSync(
      input,
      JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`typo${i}`, i]))),
    );
    const child = spawn(process.execPath, [cli, "validate", input], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).not.toContain("EPIPE");
    expect(err).not.toContain("at ");
    expect(code).toBe(1); // the input has errors: validate's own exit code, not a crash's
  });
});
