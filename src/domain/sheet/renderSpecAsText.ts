import { absoluteA1, cellAddress, columnLetters, rangeA1 } from "./a1";
import type { CellStyle, CellValue, HeaderFooter, SheetSpec, WorkbookSpec } from "./sheetSpec";

/**
 * A readable text rendering of sheet descriptions for golden tests and reviews: the cell grid
 * first, then merges, heights, styles, validation and print setup.
 */
export function renderWorkbookAsText(workbook: WorkbookSpec): string {
  return workbook.sheets.map(renderSpecAsText).join("\n");
}

export function renderSpecAsText(spec: SheetSpec): string {
  const out: string[] = [];
  const flags = [
    spec.role,
    spec.hidden ? "hidden" : "",
    spec.tabColor ? `tab ${spec.tabColor}` : "",
  ];
  out.push(`== ${spec.name} (${flags.filter(Boolean).join(", ")})`);
  out.push(`font: ${spec.defaultFont.name} ${spec.defaultFont.size}`);
  out.push(
    `columns: ${spec.columns.map((c, i) => `${columnLetters(i + 1)}=${c.width}${c.hidden ? " hidden" : ""}`).join(" ")}`,
  );
  out.push("rows:");
  spec.rows.forEach((row, i) => {
    const cells = row.map(renderValue);
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    out.push(`${String(i + 1).padStart(4)} | ${cells.join(" | ")}`);
  });
  if (spec.merges.length) out.push(`merges: ${spec.merges.map(rangeA1).join(" ")}`);
  const heights = Object.entries(spec.rowHeights);
  if (heights.length) out.push(`heights: ${heights.map(([r, h]) => `${r}=${h}`).join(" ")}`);
  if (spec.styles.length) {
    out.push("styles:");
    for (const run of spec.styles) out.push(`  ${rangeA1(run.range)}: ${renderStyle(run.style)}`);
  }
  if (spec.freeze) out.push(`freeze: rows ${spec.freeze.rows}, columns ${spec.freeze.columns}`);
  for (const v of spec.validations) {
    const source =
      "items" in v.source
        ? v.source.items.join(",")
        : `=${absoluteA1(v.source.sheet, v.source.range)}`;
    out.push(
      `list ${rangeA1(v.range)}: ${source}${v.allowBlank ? " (blank ok)" : ""}${v.allowOther ? " (other values ok)" : ""}`,
    );
    if (v.prompt) out.push(`  prompt: ${renderValue(v.prompt)}`);
    if (v.errorMessage) out.push(`  error: ${renderValue(v.errorMessage)}`);
  }
  for (const f of spec.conditionalFormats) {
    out.push(
      f.kind === "less-than"
        ? `when ${rangeA1(f.range)} < ${f.value}: ${renderStyle(f.style)}`
        : `data bars ${rangeA1(f.range)} ${f.color}`,
    );
  }
  for (const c of spec.charts ?? []) {
    const at = `${cellAddress(c.position.firstRow, c.position.firstColumn)}:${cellAddress(c.position.lastRow, c.position.lastColumn)}`;
    out.push(
      `chart ${c.kind} "${c.title}" of ${rangeA1(c.source)} at ${at} (without Excel: data bars ${c.fallbackDataBars.map(rangeA1).join(" ")})`,
    );
  }
  if (spec.print) {
    const p = spec.print;
    const m = p.margins;
    out.push(
      `print: ${p.paper} ${p.orientation}, scale ${p.scale}%, margins cm t${m.top} b${m.bottom} l${m.left} r${m.right} h${m.header} f${m.footer}` +
        (p.repeatRows ? `, repeat rows ${p.repeatRows.first}-${p.repeatRows.last}` : "") +
        (p.printArea ? `, area ${rangeA1(p.printArea)}` : "") +
        (p.centerHorizontally ? ", centred" : ""),
    );
    if (p.pageBreaks.length) out.push(`pages start at rows: ${p.pageBreaks.join(" ")}`);
    const numbering =
      (p.bareFirstPage
        ? p.frontMatterPages
          ? `, from page ${p.frontMatterPages + 1}, numbered from 1 in the PDF`
          : ", from page 2"
        : "") + (p.pageNumberDigits ? `, ${p.pageNumberDigits} digits in the PDF` : "");
    if (p.header) out.push(`header: ${renderHeaderFooter(p.header)}${numbering}`);
    if (p.footer) out.push(`footer: ${renderHeaderFooter(p.footer)}${numbering}`);
  }
  if (spec.keep?.length)
    out.push(`kept together: ${spec.keep.map((k) => `${k.first}-${k.last} ${k.kind}`).join(", ")}`);
  return out.join("\n") + "\n";
}

function renderValue(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return `date:${value.date}`;
  if (typeof value === "string")
    return value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
  return String(value);
}

function renderStyle(style: CellStyle): string {
  const parts: string[] = [];
  const f = style.font;
  if (f) {
    const font = [
      f.name,
      f.size !== undefined ? String(f.size) : undefined,
      f.bold ? "bold" : undefined,
      f.italic ? "italic" : undefined,
      f.underline ? "underline" : undefined,
      f.color,
    ].filter(Boolean);
    parts.push(`font(${font.join(" ")})`);
  }
  if (style.fill) parts.push(`fill ${style.fill}`);
  if (style.numberFormat) parts.push(`format ${style.numberFormat}`);
  if (style.horizontal) parts.push(`h-${style.horizontal}`);
  if (style.vertical) parts.push(`v-${style.vertical}`);
  if (style.wrap) parts.push("wrap");
  if (style.indent) parts.push(`indent ${style.indent}`);
  if (style.border) parts.push(`border ${style.border.where} ${style.border.line}`);
  return parts.join(", ");
}

function renderHeaderFooter(hf: HeaderFooter): string {
  return (["left", "center", "right"] as const)
    .filter((k) => hf[k])
    .map((k) => `${k} "${hf[k]}"`)
    .join(", ");
}
