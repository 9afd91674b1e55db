import { execFileSync } from "node:child_process";

/** True when a command-line tool is installed (LibreOffice, poppler). */
export function hasTool(name: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The PDF's text in content order; the only pdftotext mode that keeps Thai words whole. */
export function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" });
}

/** Page count and the size of page 1 in points. */
export function pdfPages(pdf: string): { pages: number; width: number; height: number } {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  return { pages, width: Number(w), height: Number(h) };
}
