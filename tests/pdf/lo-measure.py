#!/usr/bin/python3
"""Asks LibreOffice how tall each row of some .xlsx files should be for its text.

For every sheet of every file: the column widths, and for each row the height stored in the
file, LibreOffice's optimal height (what Excel's autofit does: Format > Rows > Optimal Height;
None for a row without text) and whether it holds wrapped text; and the rows its printed pages
start at, at the stored heights. A cell merged down several rows is measured on its own in a
scratch sheet (LibreOffice leaves such cells out of a row's optimal height), so the checker can
see whether its rows together are tall enough. One LibreOffice start for all the files, and a
number of UNO calls that grows with the rows, not the cells (the merges are read from the
file's XML). Heights are in points. This is the reference the row heights in
src/domain/sheet/textMetrics.ts were calibrated against, and what tests/pdf/rowHeights.test.ts
checks the reports with.

usage: /usr/bin/python3 tests/pdf/lo-measure.py OUT.json FILE.xlsx...
(needs Debian's python3-uno; run with /usr/bin/python3, not a pyenv python)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import re
import zipfile
from xml.etree import ElementTree

import uno
from com.sun.star.beans import PropertyValue

HUNDREDTH_MM_TO_PT = 72 / 2540


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(profile_dir):
    pipe = f"ita-measure-{os.getpid()}"
    proc = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore",
         f"-env:UserInstallation=file://{profile_dir}",
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(600):
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return proc, ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:
            if proc.poll() is not None:
                raise SystemExit("LibreOffice stopped before it could be reached")
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("could not reach LibreOffice")


def merged_down(path):
    """Cells merged over more than one row, per sheet name, read from the file's own XML (one
    UNO call per cell would take most of the run): name -> {(row, col): (rows, cols)}, 0-based."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    out = {}
    with zipfile.ZipFile(path) as z:
        rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target").lstrip("/") for rel in rels}
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        for sheet in book.find("m:sheets", ns):
            target = targets[sheet.get(f"{{{ns['r']}}}id")]
            part = target if target.startswith("xl/") else f"xl/{target}"
            merges = {}
            for cell in ElementTree.fromstring(z.read(part)).iter(f"{{{ns['m']}}}mergeCell"):
                (c0, r0), (c1, r1) = (address(a) for a in cell.get("ref").split(":"))
                if r1 > r0:
                    merges[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
            out[sheet.get("name")] = merges
    return out


def address(a1):
    """'B12' -> (1, 11): column and row, 0-based."""
    letters = re.match(r"[A-Z]+", a1).group(0)
    col = 0
    for ch in letters:
        col = col * 26 + ord(ch) - 64
    return col - 1, int(a1[len(letters):]) - 1


def needed_alone(doc, sheet, r, c, cols, widths):
    """The optimal height of one cell's text at its merged width, measured in a scratch sheet."""
    sheets = doc.getSheets()
    sheets.insertNewByName("ita-scratch", sheets.getCount())
    scratch = sheets.getByName("ita-scratch")
    try:
        scratch.getColumns().getByIndex(0).Width = sum(widths[c:c + cols])
        scratch.copyRange(scratch.getCellByPosition(0, 0).getCellAddress(),
                          sheet.getCellRangeByPosition(c, r, c, r).getRangeAddress())
        cell = scratch.getCellRangeByPosition(0, 0, 0, 0)
        cell.merge(False)
        scratch.getRows().getByIndex(0).OptimalHeight = True
        return scratch.getRows().getByIndex(0).Height
    finally:
        sheets.removeByName("ita-scratch")


def measure(doc, merges):
    """Every sheet, with a number of UNO calls that grows with the rows, not with the cells."""
    result = {}
    sheets = doc.getSheets()
    for i in range(sheets.getCount()):
        sheet = sheets.getByIndex(i)
        name = sheet.getName()
        cur = sheet.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.getRangeAddress()
        used = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
        data = used.getDataArray()
        filled = lambda r, c: data[r][c] != ""
        wrapped = set()
        formats = used.getUniqueCellFormatRanges()
        for k in range(formats.getCount()):
            ranges = formats.getByIndex(k)
            if not ranges.IsTextWrapped:
                continue
            for a in ranges.getRangeAddresses():
                for r in range(a.StartRow, a.EndRow + 1):
                    if any(filled(r, c) for c in range(a.StartColumn, a.EndColumn + 1)):
                        wrapped.add(r)
        columns = sheet.getColumns()
        widths = [columns.getByIndex(c).Width for c in range(end.EndColumn + 1)]
        rows = sheet.getRows()
        stored = [rows.getByIndex(r).Height for r in range(end.EndRow + 1)]
        # The rows LibreOffice starts its printed pages at (its own breaks and the file's), 1-based,
        # at the heights the file stores (read before the optimal heights change them).
        starts = sorted({b.Position + 1 for b in sheet.getRowPageBreaks() if 0 < b.Position <= end.EndRow})
        merged = []
        for (r, c), (nrows, ncols) in sorted(merges.get(name, {}).items()):
            if r > end.EndRow or not filled(r, c):
                continue
            merged.append({"row": r + 1, "rows": nrows, "needed": needed_alone(doc, sheet, r, c, ncols, widths) * HUNDREDTH_MM_TO_PT,
                           "height": sum(stored[r:r + nrows]) * HUNDREDTH_MM_TO_PT})
        # Row by row: LibreOffice gives some rows a pixel less when a range of rows is set at once.
        # Rows without text (gaps) are not measured: their optimal height is None.
        optimal = []
        for r in range(end.EndRow + 1):
            if all(v == "" for v in data[r]):
                optimal.append(None)
                continue
            row = rows.getByIndex(r)
            row.OptimalHeight = True
            optimal.append(row.Height)
        out = []
        for r in range(end.EndRow + 1):
            texts = [str(v) for v in data[r] if v != ""]
            out.append({"row": r + 1, "stored": stored[r] * HUNDREDTH_MM_TO_PT, "optimal": None if optimal[r] is None else optimal[r] * HUNDREDTH_MM_TO_PT,
                        "wrapped": r in wrapped, "text": " | ".join(texts)})
        result[name] = {"widths": [w * HUNDREDTH_MM_TO_PT for w in widths], "rows": out, "mergedDown": merged,
                        "pageStarts": starts}
    return result


def main(out_path, files):
    profile = tempfile.mkdtemp(prefix="ita-lo-measure-")
    proc, desktop = connect(profile)
    report = {}
    try:
        for f in files:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(f)), "_blank", 0, (prop("Hidden", True),))
            try:
                report[f] = measure(doc, merged_down(f))
            finally:
                doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2:])
