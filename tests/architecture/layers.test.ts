import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/**
 * The import rules that keep the code easy to change, as data: the inner layers of the domain
 * (lowest first; a folder may import only its own files and folders of a lower rank) and no
 * import circle anywhere in src/.
 */
export const DOMAIN_LAYERS: readonly (readonly string[])[] = [
  ["thai"],
  ["sheet"],
  ["numbers"],
  ["issues"],
  ["framework"],
  ["model"],
  ["scoring"],
  ["input"],
  ["validation", "catalogue"],
  ["reports"],
  ["testing"],
];

const ROOT = resolve(__dirname, "..", "..");
const SRC = join(ROOT, "src");
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") && !isTest(e.name) ? [path] : [];
  });
}

const FILES = sourceFiles(SRC);
const KNOWN = new Set(FILES);

/** The src files a file imports (relative imports only; packages are lint's business). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => resolve(dirname(file), name))
    .map(
      (base) =>
        [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((c) => KNOWN.has(c)) ?? base,
    );
}

const rel = (file: string) => relative(ROOT, file).split(sep).join("/");

function domainFolder(file: string): string | null {
  const parts = relative(join(SRC, "domain"), file).split(sep);
  return parts.length > 1 && parts[0] !== ".." ? parts[0]! : null;
}

function rankOf(folder: string): number {
  return DOMAIN_LAYERS.findIndex((layer) => layer.includes(folder));
}

describe("domain layers", () => {
  it("knows every folder of the domain", () => {
    const folders = new Set(FILES.map(domainFolder).filter((f): f is string => f !== null));
    expect([...folders].filter((f) => rankOf(f) < 0)).toEqual([]);
  });

  it("imports only downward inside the domain", () => {
    const upward: string[] = [];
    for (const file of FILES) {
      const from = domainFolder(file);
      if (from === null) continue;
      for (const target of importsOf(file)) {
        const to = domainFolder(target);
        if (to === null || to === from) continue;
        if (rankOf(to) >= rankOf(from))
          upward.push(`${rel(file)} → ${rel(target)} (${from} may not import ${to})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("never imports tests/ from src/", () => {
    const intoTests = FILES.flatMap((file) =>
      importsOf(file)
        .filter((t) => !relative(join(ROOT, "tests"), t).startsWith(".."))
        .map((t) => `${rel(file)} → ${rel(t)}`),
    );
    expect(intoTests).toEqual([]);
  });
});

describe("import graph of src/", () => {
  it("has no circle", () => {
    const graph = new Map(FILES.map((f) => [f, importsOf(f).filter((t) => KNOWN.has(t))]));
    const state = new Map<string, "open" | "done">();
    const circles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        circles.push([...path.slice(path.indexOf(file)), file].map(rel).join(" → "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of FILES) visit(file, []);
    expect(circles).toEqual([]);
  });
});
