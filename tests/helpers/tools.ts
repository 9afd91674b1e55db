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

/** The size of every page, in points, in order. */
export function pdfPageSizes(pdf: string): { width: number; height: number }[] {
  const { pages } = pdfPages(pdf);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8" });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The text of each page (pdftotext -raw separates pages with form feeds). */
export function pdfPageTexts(pdf: string): string[] {
  return pdfText(pdf)
    .split("\f")
    .filter((t) => t.trim() !== "");
}
