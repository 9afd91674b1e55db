import { realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { CliError } from "./cliError";

/** A file the command writes, as named on the command line. */
export interface OutputFile {
  /** The option that named it ("-o", "--pdf") or "" for init's file. */
  readonly option: string;
  readonly path: string;
  /** The extension the file must have: the bytes written are of that kind. */
  readonly extension: ".xlsx" | ".pdf";
}

const KIND: Record<OutputFile["extension"], string> = {
  ".xlsx": "ไฟล์ Excel (.xlsx)",
  ".pdf": "ไฟล์ PDF (.pdf)",
};

/**
 * The real path of a file that may not exist yet: links and "." or ".." resolved through the
 * deepest folder that exists, so two spellings of one file compare equal.
 */
async function realPathOf(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    const folder = dirname(full);
    if (folder === full) return full;
    return join(await realPathOf(folder), basename(full));
  }
}

/** True when two paths name one file: the same real path, or the same file through a hard link. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([realPathOf(a), realPathOf(b)]);
  if (ra === rb) return true;
  // Case-insensitive file systems (Windows, macOS) and hard links: the same file on disk.
  const [sa, sb] = await Promise.all([stat(ra).catch(() => null), stat(rb).catch(() => null)]);
  return sa !== null && sb !== null && sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino;
}

const named = (f: OutputFile) => (f.option ? `${f.option} "${f.path}"` : `"${f.path}"`);

/**
 * Refuses output names before any work, in this order: an output that is the input file (the
 * year's input would be replaced by the report), a folder, a name without the extension of what
 * is written there (`init ข้อมูล.json` would write an .xlsx under a .json name), and two outputs
 * that are one file (`--pdf` a link to the `-o` file would leave a PDF where the report was).
 * Files are compared by their real paths, through links, "..", and hard links. Exit 2.
 */
export async function refuseBadOutputs(
  input: string | null,
  outputs: readonly OutputFile[],
): Promise<void> {
  for (const f of outputs)
    if (input !== null && (await sameFile(input, f.path)))
      throw new CliError(
        `ไฟล์ ${named(f)} เป็นไฟล์ข้อมูลเดียวกับที่อ่าน จะไม่เขียนทับไฟล์ข้อมูล กรุณาใช้ชื่อไฟล์รายงานใหม่`,
        2,
      );
  for (const f of outputs)
    if ((await stat(f.path).catch(() => null))?.isDirectory())
      throw new CliError(
        `เขียนไฟล์ ${named(f)} ไม่ได้: ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาระบุชื่อไฟล์ในโฟลเดอร์นั้น`,
        2,
      );
  for (const f of outputs)
    if (extname(f.path).toLowerCase() !== f.extension)
      throw new CliError(
        `ชื่อไฟล์ ${named(f)} ต้องลงท้ายด้วย ${f.extension} เพราะสิ่งที่เขียนลงไปเป็น${KIND[f.extension]} กรุณาเปลี่ยนชื่อไฟล์`,
        2,
      );
  for (let i = 0; i < outputs.length; i++)
    for (let j = i + 1; j < outputs.length; j++)
      if (await sameFile(outputs[i]!.path, outputs[j]!.path))
        throw new CliError(
          `${named(outputs[i]!)} และ ${named(outputs[j]!)} เป็นไฟล์เดียวกัน ไฟล์หนึ่งจะเขียนทับอีกไฟล์ กรุณาใช้ชื่อต่างกัน`,
          2,
        );
}
