import JSZip from "jszip";
import { INPUT_LIMITS } from "../domain/input/inputLimits";
import type { CellRange } from "../domain/sheet/cellRange";
import { clipSheetXml } from "./sheetXmlClip";
import { READ_PROBLEMS, XlsxReadError } from "./xlsxReadProblems";

/** The limits the preflight holds a file to (INPUT_LIMITS for what users give us). */
export type PreflightLimits = {
  readonly [
    K in
      | "fileBytes"
      | "parts"
      | "partBytes"
      | "unpackedBytes"
      | "sheetRows"
      | "mergesPerSheet"
      | "rangeCells"
  ]: number;
};

/**
 * For a file this program has just written (checking that it opens): its size follows from the
 * input, which was held to INPUT_LIMITS, so nothing more is refused; ranges are still clipped
 * and merges still applied in linear time.
 */
export const OWN_OUTPUT_LIMITS: PreflightLimits = {
  fileBytes: Infinity,
  parts: Infinity,
  partBytes: Infinity,
  unpackedBytes: Infinity,
  sheetRows: 1_048_576,
  mergesPerSheet: Infinity,
  rangeCells: Infinity,
};

/** What the preflight hands on: bytes ExcelJS may load, and the merges to apply afterwards. */
export interface PreflightedXlsx {
  /** The file itself, or a copy with over-wide ranges clipped and merges taken out. */
  readonly bytes: Uint8Array;
  /** Merged ranges by sheet name, taken out of the XML (see clipSheetXml). */
  readonly merges: ReadonlyMap<string, readonly CellRange[]>;
}

/** JSZip's documented entry stream (internalStream), missing from its type declarations. */
interface ChunkStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "end", fn: () => void): ChunkStream;
  on(event: "error", fn: (error: Error) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}
type StreamableEntry = JSZip.JSZipObject & { internalStream(type: "uint8array"): ChunkStream };

const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * Unpacks one part, counting its bytes as they come and stopping at `cap`: a part's real size is
 * known only by unpacking it (the size written in the zip may lie), and nothing beyond the cap is
 * ever unpacked. Returns the part's text when `keepText`, else only its size; null over the cap.
 */
function unpack(
  entry: JSZip.JSZipObject,
  cap: number,
  keepText: boolean,
): Promise<{ size: number; text: string } | null> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder();
    const texts: string[] = [];
    let size = 0;
    const stream = (entry as StreamableEntry).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        size += chunk.length;
        if (size > cap) {
          stream.pause();
          resolve(null);
          return;
        }
        if (keepText) texts.push(decoder.decode(chunk, { stream: true }));
      })
      .on("error", (error) => reject(new XlsxReadError(READ_PROBLEMS.damaged, { cause: error })))
      .on("end", () => resolve({ size, text: keepText ? texts.join("") + decoder.decode() : "" }))
      .resume();
  });
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : XML_ENTITIES[e]!,
  );

/** Worksheet part → sheet name, from xl/workbook.xml and its relationships. */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const [workbook, rels] = await Promise.all(
    ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"].map(
      (p) => zip.file(p)?.async("string") ?? "",
    ),
  );
  const targets = new Map<string, string>();
  for (const [tag] of (rels ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [tag] of (workbook ?? "").matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const id = /\br:id="([^"]*)"/.exec(tag)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part, unescapeXml(name));
  }
  return names;
}

/**
 * Looks inside an .xlsx before ExcelJS loads it, so that a file over a limit is refused with a
 * Thai message instead of filling the memory or running for minutes: the file's size, the number
 * of parts and each part's unpacked size (an image of 1.5 GiB packed into 1.5 MB is refused after
 * unpacking 64 MB of it), values below the last row read, and ranges stored over whole columns,
 * which are clipped to the used area. Throws XlsxReadError.
 */
export async function preflightXlsx(
  bytes: Uint8Array,
  limits: PreflightLimits = INPUT_LIMITS,
): Promise<PreflightedXlsx> {
  if (bytes.length > limits.fileBytes)
    throw new XlsxReadError(READ_PROBLEMS.fileTooBig(bytes.length));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new XlsxReadError(READ_PROBLEMS.damaged, { cause: error });
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  if (entries.length > limits.parts)
    throw new XlsxReadError(READ_PROBLEMS.tooManyParts(entries.length));

  const names = await sheetNames(zip);
  const merges = new Map<string, readonly CellRange[]>();
  let unpacked = 0;
  let rewritten = false;
  for (const entry of entries) {
    const path = entry.name.replace(/^\//, "");
    const isSheet = WORKSHEET.test(path);
    const left = limits.unpackedBytes - unpacked;
    const part = await unpack(entry, Math.min(limits.partBytes, left), isSheet);
    // Over what is left of the total: say so, rather than blame this one part.
    if (part === null)
      throw new XlsxReadError(
        left < limits.partBytes ? READ_PROBLEMS.unpackedTooBig() : READ_PROBLEMS.partTooBig(path),
      );
    const { size, text } = part;
    unpacked += size;
    if (!isSheet) continue;
    const sheet = names.get(path) ?? path;
    const clipped = clipSheetXml(text, limits.sheetRows);
    if (clipped.valueBeyondLimit)
      throw new XlsxReadError(READ_PROBLEMS.valueBeyondRows(sheet, clipped.valueBeyondLimit));
    if (clipped.merges.length > limits.mergesPerSheet)
      throw new XlsxReadError(READ_PROBLEMS.tooManyMerges(sheet, clipped.merges.length));
    if (clipped.mergedCells > limits.rangeCells)
      throw new XlsxReadError(READ_PROBLEMS.rangeTooBig(sheet, "เซลล์ที่ผสานไว้"));
    if (clipped.validatedCells > limits.rangeCells)
      throw new XlsxReadError(READ_PROBLEMS.rangeTooBig(sheet, "รายการเลือก (การตรวจสอบข้อมูล)"));
    // Merges can be applied later only to a sheet known by name; others keep theirs in the XML.
    if (clipped.xml !== null && (clipped.merges.length === 0 || names.has(path))) {
      zip.file(entry.name, clipped.xml);
      if (clipped.merges.length > 0) merges.set(sheet, clipped.merges);
      rewritten = true;
    }
  }
  if (!rewritten) return { bytes, merges };
  // Parts left as they were keep their packed bytes; only the rewritten sheets are packed again.
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), merges };
}
