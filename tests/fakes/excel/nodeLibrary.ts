import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { createExcelHost, type ExcelHost, type ExcelHostOptions } from "./excelHost";
import { HOST_PROFILES, type HostProfileName } from "./hostProfiles";
import type { OfficeLibrary } from "./library";

/**
 * Microsoft's Excel client library in Node: excel-web-16.00.debug.js from @microsoft/office-js,
 * run in a jsdom window. One window per host profile per process (each answers Office's API-set
 * questions for its profile); loading takes a few hundred milliseconds.
 */
export const LIBRARY_FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

const libraries = new Map<HostProfileName, OfficeLibrary>();

export function officeLibrary(profile: HostProfileName): OfficeLibrary {
  let library = libraries.get(profile);
  if (library === undefined) {
    const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
      runScripts: "outside-only",
      url: "https://localhost/",
    });
    const window = dom.window as unknown as Window & {
      eval(code: string): unknown;
      Excel: typeof Excel;
      OfficeExtension: typeof OfficeExtension;
    };
    window.eval(readFileSync(LIBRARY_FILE, "utf8"));
    library = { Excel: window.Excel, OfficeExtension: window.OfficeExtension, window };
    libraries.set(profile, library);
  }
  return library;
}

export interface NodeExcelHostOptions extends ExcelHostOptions {
  /** The Excel the host pretends to be; default Microsoft 365. */
  readonly host?: HostProfileName | undefined;
}

/** A simulated Excel host behind Microsoft's client library, in Node. */
export function excelHost(options: NodeExcelHostOptions = {}): ExcelHost {
  const name = options.host ?? "microsoft-365";
  return createExcelHost(officeLibrary(name), HOST_PROFILES[name], options);
}
