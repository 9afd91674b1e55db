import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./previewServer";

/**
 * Writes into `dir` the built add-in page with Office.js swapped for Microsoft's Excel client
 * library (from node_modules, never the CDN) and the fake host bundle that answers it:
 * `/e2e/taskpane.html` loads `/taskpane.js` from dist like the real page.
 */
export async function writeFakeAddinPage(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, "tests/e2e/fakeHost/fakeOfficeHost.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    outfile: join(dir, "fake-office.js"),
    logLevel: "error",
  });
  copyFileSync(
    require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"),
    join(dir, "excel-web-16.00.debug.js"),
  );
  const html = readFileSync(join(ROOT, "dist", "taskpane.html"), "utf8");
  const office = /<script[^>]*src="?https:\/\/appsforoffice\.microsoft\.com[^>]*><\/script>/;
  if (!office.test(html))
    throw new Error("dist/taskpane.html no longer loads office.js from Microsoft's CDN");
  const page = html
    .replace("<head>", '<head><base href="/">')
    .replace(
      office,
      '<script src="/e2e/excel-web-16.00.debug.js"></script><script src="/e2e/fake-office.js"></script>',
    );
  writeFileSync(join(dir, "taskpane.html"), page);
}
