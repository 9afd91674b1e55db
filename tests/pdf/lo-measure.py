#!/usr/bin/python3
"""Asks LibreOffice how tall each row of some .xlsx files should be for its text.

For every sheet of every file: the column widths, and for each row the height stored in the
file, LibreOffice's optimal height (what Excel's autofit does: Format > Rows > Optimal Height),
and whether it holds wrapped text; and the rows its printed pages start at. A cell merged down several rows is measured on its own in a
scratch sheet (LibreOffice leaves such cells out of a row's optimal height), so the checker can
see whether its rows together are tall enough. One LibreOffice start for all the files.
Heights are in points. This is the reference the row heights in src/domain/sheet/textMetrics.ts
were calibrated against, and what tests/pdf/layout.test.ts checks every report with.

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


def merged_down(sheet, last_row, last_col):
    """Anchors of cells merged over more than one row: (row, col) -> (rows, cols)."""
    out = {}
    for r in range(last_row + 1):
        for c in range(last_col + 1):
            cur = sheet.createCursorByRange(sheet.getCellRangeByPosition(c, r, c, r))
            cur.collapseToMergedArea()
            a = cur.getRangeAddress()
            if a.StartRow == r and a.StartColumn == c and a.EndRow > r:
                out[(r, c)] = (a.EndRow - r + 1, a.EndColumn - c + 1)
    return out


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


def measure(doc):
    result = {}
    sheets = doc.getSheets()
    for i in range(sheets.getCount()):
        sheet = sheets.getByIndex(i)
        cur = sheet.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.getRangeAddress()
        columns = sheet.getColumns()
        widths = [columns.getByIndex(c).Width for c in range(end.EndColumn + 1)]
        tall = merged_down(sheet, end.EndRow, end.EndColumn)
        rows = sheet.getRows()
        out = []
        for r in range(end.EndRow + 1):
            row = rows.getByIndex(r)
            stored = row.Height
            wrapped = False
            texts = []
            for c in range(end.EndColumn + 1):
                cell = sheet.getCellByPosition(c, r)
                text = cell.getString()
                if text:
                    texts.append(text)
                    wrapped = wrapped or bool(cell.IsTextWrapped)
            row.OptimalHeight = True
            optimal = row.Height
            row.Height = stored
            out.append({"row": r + 1, "stored": stored * HUNDREDTH_MM_TO_PT, "optimal": optimal * HUNDREDTH_MM_TO_PT,
                        "wrapped": wrapped, "text": " | ".join(texts)})
        merged = []
        for (r, c), (nrows, ncols) in sorted(tall.items()):
            if not sheet.getCellByPosition(c, r).getString():
                continue
            merged.append({"row": r + 1, "rows": nrows, "needed": needed_alone(doc, sheet, r, c, ncols, widths) * HUNDREDTH_MM_TO_PT,
                           "height": sum(rows.getByIndex(k).Height for k in range(r, r + nrows)) * HUNDREDTH_MM_TO_PT})
        # The rows LibreOffice starts its printed pages at (its own breaks and the file's), 1-based.
        starts = sorted({b.Position + 1 for b in sheet.getRowPageBreaks() if 0 < b.Position <= end.EndRow})
        result[sheet.getName()] = {"widths": [w * HUNDREDTH_MM_TO_PT for w in widths], "rows": out, "mergedDown": merged,
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
                report[f] = measure(doc)
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
