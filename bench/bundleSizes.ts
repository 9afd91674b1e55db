import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

/** The production add-in's JavaScript (dist/*.js) raw and gzipped; null when dist/ is missing. */
export function bundleSizes(dir: string = join(process.cwd(), "dist")): BundleSize[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}
