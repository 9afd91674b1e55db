import { readFileSync } from "node:fs";
import { createFakeExcel, type FakeExcel } from "./fakeExcel";

const ctxOf = (fake: FakeExcel): Excel.RequestContext => fake.context as unknown as Excel.RequestContext;

/** The Excel error code a promise rejects with, or "resolved". */
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "resolved";
  } catch (e) {
    return (e as { code?: string }).code ?? `no code: ${String(e)}`;
  }
}

function thrownCode(f: () => unknown): string {
  try {
    f();
    return "no throw";
  } catch (e) {
    return (e as { code?: string }).code ?? `no code: ${String(e)}`;
  }
}

describe("queued ops and sync", () => {
  it("applies property sets only at sync", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    range.values = [["x", 2]];
    range.format.font.bold = true;
    expect(fake.cell("Sheet1", "A1")).toBeUndefined();
    expect(fake.syncCount).toBe(0);
    await ctx.sync();
    expect(fake.syncCount).toBe(1);
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ value: "x", kind: "text", format: { font: { bold: true } } });
    expect(fake.cell("Sheet1", "B1")).toMatchObject({ value: 2, kind: "number" });
  });

  it("counts syncs and records op counts and payload sizes", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").values = [["ab", 12]];
    sheet.getRange("A1").format.fill.color = "#FFFF00";
    await ctx.sync();
    await ctx.sync();
    expect(fake.syncCount).toBe(2);
    expect(fake.syncs).toEqual([
      { ops: 2, payloadBytes: JSON.stringify([["ab", 12]]).length + JSON.stringify("#FFFF00").length },
      { ops: 0, payloadBytes: 0 },
    ]);
  });

  it("failOnSync rejects that sync with GeneralException and leaves the model untouched", async () => {
    const fake = createFakeExcel({ sheets: { Data: [["a", 1]] }, failOnSync: 2 });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.getRange("C1").values = [["first"]];
    await ctx.sync();
    const before = fake.snapshot();
    sheet.getRange("A1").values = [["changed"]];
    sheet.getRange("A1").format.font.italic = true;
    ctx.workbook.worksheets.add("New");
    expect(await codeOf(ctx.sync())).toBe("GeneralException");
    expect(fake.snapshot()).toEqual(before);
    expect(fake.syncCount).toBe(2);
    expect(fake.syncs[1]?.ops).toBe(3);
    // The failed batch is gone; later syncs work again.
    sheet.getRange("B2").values = [[5]];
    await ctx.sync();
    expect(fake.cell("Data", "B2")?.value).toBe(5);
    expect(fake.cell("Data", "A1")?.value).toBe("a");
  });

  it("is not transactional: ops before a failing op stay applied, later ones are dropped", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [["before"]];
    sheet.getRange("A2").format.horizontalAlignment = "middle" as Excel.HorizontalAlignment;
    sheet.getRange("A3").values = [["after"]];
    const error = await ctx.sync().then(
      () => null,
      (e: unknown) => e as Error & { code: string; debugInfo: { errorLocation?: string } },
    );
    expect(error?.code).toBe("InvalidArgument");
    expect(error?.debugInfo.errorLocation).toBe("RangeFormat.horizontalAlignment");
    expect(fake.cell("Sheet1", "A1")?.value).toBe("before");
    expect(fake.cell("Sheet1", "A2")).toBeUndefined();
    expect(fake.cell("Sheet1", "A3")).toBeUndefined();
  });

  it("run() syncs what is still queued when the batch ends, then closes the context", async () => {
    const fake = createFakeExcel();
    let kept: Excel.Range | undefined;
    const result = await fake.run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      kept.values = [[42]];
      return "done";
    });
    expect(result).toBe("done");
    expect(fake.cell("Sheet1", "A1")?.value).toBe(42);
    expect(fake.syncCount).toBe(1);
    // Objects of a finished batch are unusable.
    kept!.values = [[43]];
    expect(await codeOf(kept!.context.sync())).toBe("InvalidObjectPath");
    expect(fake.cell("Sheet1", "A1")?.value).toBe(42);
  });
});

describe("run", () => {
  it("drops the queued ops of a batch that throws", async () => {
    const fake = createFakeExcel();
    const outcome = fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["never"]];
      throw new Error("boom");
    });
    await expect(outcome).rejects.toThrow("boom");
    expect(fake.syncCount).toBe(0);
    expect(fake.cell("Sheet1", "A1")).toBeUndefined();
  });
});

describe("loading", () => {
  it("throws PropertyNotLoaded when reading before load + sync", async () => {
    const fake = createFakeExcel({ sheets: { S: [["a", 1], ["b", 2]] } });
    const ctx = ctxOf(fake);
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
    expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
    range.load("values, address");
    expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(range.values).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(range.address).toBe("S!A1:B2");
    expect(thrownCode(() => range.rowCount)).toBe("PropertyNotLoaded");
  });

  it("loads collection items, nested paths and the used range", async () => {
    const fake = createFakeExcel({ sheets: { One: [], Two: [[null, null], [null, "x"]] } });
    const ctx = ctxOf(fake);
    const sheets = ctx.workbook.worksheets;
    expect(thrownCode(() => sheets.items)).toBe("PropertyNotLoaded");
    sheets.load("items/name");
    const used = sheets.getItem("Two").getUsedRangeOrNullObject(true);
    used.load("address, rowCount, columnCount, values");
    const emptyUsed = sheets.getItem("One").getUsedRangeOrNullObject();
    emptyUsed.load("address");
    const font = sheets.getItem("Two").getRange("B2").load("format/font/name");
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["One", "Two"]);
    expect(used.address).toBe("Two!B2");
    expect([used.rowCount, used.columnCount, used.values]).toEqual([1, 1, [["x"]]]);
    expect(emptyUsed.isNullObject).toBe(true);
    expect(font.format.font.name).toBe("Calibri");
  });

  it("a set property reads back as set, without a load (like Office.js)", () => {
    const ctx = ctxOf(createFakeExcel());
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.values = [["=1+1"]];
    expect(range.values).toEqual([["=1+1"]]);
  });

  it("rejects loading an unknown property at sync", async () => {
    const ctx = ctxOf(createFakeExcel());
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });
});

describe("worksheets", () => {
  it("enforces Excel's worksheet-name rules on add and rename", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const tryAdd = async (name: string): Promise<string> => {
      ctx.workbook.worksheets.add(name);
      return codeOf(ctx.sync());
    };
    expect(await tryAdd("x".repeat(32))).toBe("InvalidArgument");
    expect(await tryAdd("a/b")).toBe("InvalidArgument");
    for (const bad of ["", "a[b", "a:b", "a*b", "a?b", "a\\b", "'quoted", "quoted'", "History"]) {
      expect(await tryAdd(bad)).toBe("InvalidArgument");
    }
    expect(await tryAdd("sheet1")).toBe("ItemAlreadyExists");
    expect(await tryAdd("x".repeat(31))).toBe("resolved");
    expect(await tryAdd("ผลคะแนน ITA 2567")).toBe("resolved");

    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.name = "bad/name";
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    sheet.name = "ผลคะแนน ita 2567";
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
    sheet.name = "SHEET1";
    expect(await codeOf(ctx.sync())).toBe("resolved");
    expect(fake.sheetNames()).toEqual(["SHEET1", "x".repeat(31), "ผลคะแนน ITA 2567"]);
  });

  it("getItem of a missing sheet fails at sync, not at the call", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const missing = ctx.workbook.worksheets.getItem("Nope");
    expect(fake.syncCount).toBe(0);
    missing.getRange("A1").values = [[1]];
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
  });

  it("getItemOrNullObject exposes isNullObject after sync and ignores ops on a null object", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
    const present = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
    expect(thrownCode(() => missing.isNullObject)).toBe("PropertyNotLoaded");
    missing.load("name");
    present.load("name");
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    expect(present.name).toBe("Sheet1");
    const before = fake.snapshot();
    missing.getRange("A1").values = [["ignored"]];
    missing.tabColor = "#FF0000";
    await ctx.sync();
    expect(fake.snapshot()).toEqual(before);
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [] } });
    const ctx = ctxOf(fake);
    ctx.workbook.worksheets.getItem("B").visibility = "Hidden";
    await ctx.sync();
    ctx.workbook.worksheets.getItem("A").delete();
    expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
    ctx.workbook.worksheets.getItem("A").visibility = "Hidden";
    expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
    ctx.workbook.worksheets.getItem("B").delete();
    await ctx.sync();
    expect(fake.sheetNames()).toEqual(["A"]);
  });

  it("binds a proxy to its sheet at first use, so it survives a rename", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.name = "Renamed";
    sheet.getRange("A1").values = [["still here"]];
    await ctx.sync();
    expect(fake.cell("Renamed", "A1")?.value).toBe("still here");
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
  });

  it("records position, tab colour, visibility, freeze panes and activation", async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [] } });
    const ctx = ctxOf(fake);
    const b = ctx.workbook.worksheets.getItem("B");
    b.position = 0;
    b.tabColor = "red";
    b.freezePanes.freezeRows(2);
    b.activate();
    const a = ctx.workbook.worksheets.getItem("A");
    a.freezePanes.freezeAt(a.getRange("B3"));
    a.visibility = "VeryHidden";
    await ctx.sync();
    expect(fake.sheetNames()).toEqual(["B", "A"]);
    expect(fake.tabColor("B")).toBe("#FF0000");
    expect(fake.freeze("B")).toEqual({ rows: 2, columns: 0 });
    expect(fake.freeze("A")).toEqual({ rows: 3, columns: 2 });
    expect(fake.visibility("A")).toBe("VeryHidden");
    expect(fake.activeSheet()).toBe("B");
  });
});

describe("writing values", () => {
  it("rejects a values array whose shape does not match the range", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B2").values = [[1, 2]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    sheet.getRange("A1:B2").values = [[1, 2], [3]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    sheet.getRange("A1").values = [[1, 2]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    sheet.getRange("A1:B1").numberFormat = [["0.00"]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    expect(fake.cell("Sheet1", "A1")).toBeUndefined();
  });

  it("coerces strings the way Excel coerces typed input", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const inputs = [
      "=SUM(A1)",
      "'=SUM(A1)",
      "-5",
      "12.5",
      "true",
      "FALSE",
      "-",
      "+abc",
      "@x",
      "0812345678",
      "50%",
      "1,234",
      "3/5",
      "plain text",
      "'007",
    ];
    ctx.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${inputs.length}`).values = inputs.map((s) => [s]);
    await ctx.sync();
    const got = inputs.map((_, i) => {
      const c = fake.cell("Sheet1", `A${i + 1}`);
      return [c?.kind, c?.value];
    });
    expect(got).toEqual([
      ["formula", "=SUM(A1)"],
      ["text", "=SUM(A1)"],
      ["number", -5],
      ["number", 12.5],
      ["boolean", true],
      ["boolean", false],
      ["text", "-"],
      ["formula", "=+abc"],
      ["formula", "=@x"],
      ["number", 812345678],
      ["number", 0.5],
      ["number", 1234],
      ["number", expect.any(Number) as number],
      ["text", "plain text"],
      ["text", "007"],
    ]);
    expect(fake.cell("Sheet1", "A11")?.numberFormat).toBe("0%");
    expect(fake.cell("Sheet1", "A13")?.numberFormat).toBe("d-mmm");
  });

  it("keeps strings verbatim in text-formatted (@) cells", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
    range.numberFormat = [["@", "@", "@"]];
    range.values = [["=SUM(A1)", "-5", "00123"]];
    await ctx.sync();
    expect(["A1", "B1", "C1"].map((a) => fake.cell("Sheet1", a))).toEqual([
      expect.objectContaining({ kind: "text", value: "=SUM(A1)", numberFormat: "@" }),
      expect.objectContaining({ kind: "text", value: "-5" }),
      expect.objectContaining({ kind: "text", value: "00123" }),
    ]);
  });

  it("null leaves a cell unchanged and \"\" clears it", async () => {
    const fake = createFakeExcel({ sheets: { S: [["keep", "drop", 3]] } });
    const ctx = ctxOf(fake);
    ctx.workbook.worksheets.getItem("S").getRange("A1:C1").values = [[null, "", null]];
    await ctx.sync();
    expect(fake.valuesOf("S", "A1:C1")).toEqual([["keep", "", 3]]);
    expect(fake.cell("S", "B1")).toBeUndefined();
  });

  it("rejects malformed formulas and over-long text", async () => {
    const ctx = ctxOf(createFakeExcel());
    const a1 = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    for (const bad of ["=SUM(A1", "=", "--- heading ---", "x".repeat(32_768), Number.NaN]) {
      a1.values = [[bad]];
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    }
  });

  it("stores initial sheet values as typed cells", () => {
    const fake = createFakeExcel({ sheets: { S: [["=not a formula", 1.5, true, null]] } });
    expect(fake.cell("S", "A1")).toMatchObject({ kind: "text", value: "=not a formula" });
    expect(fake.cell("S", "B1")).toMatchObject({ kind: "number", value: 1.5 });
    expect(fake.cell("S", "C1")).toMatchObject({ kind: "boolean", value: true });
    expect(fake.cell("S", "D1")).toBeUndefined();
  });
});

describe("value types and error values", () => {
  it("loads valueTypes consistent with values, numbers as Double, errors as their text", async () => {
    const fake = createFakeExcel({ sheets: { S: [["a", 1, true, { error: "#N/A" }, null, 2.5], [{ error: "#DIV/0!" }]] } });
    const ctx = ctxOf(fake);
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1:F2");
    expect(thrownCode(() => range.valueTypes)).toBe("PropertyNotLoaded");
    range.load("values, valueTypes");
    await ctx.sync();
    expect(range.values).toEqual([
      ["a", 1, true, "#N/A", "", 2.5],
      ["#DIV/0!", "", "", "", "", ""],
    ]);
    expect(range.valueTypes).toEqual([
      ["String", "Double", "Boolean", "Error", "Empty", "Double"],
      ["Error", "Empty", "Empty", "Empty", "Empty", "Empty"],
    ]);
    expect(fake.cell("S", "D1")).toMatchObject({ kind: "error", value: "#N/A" });
    expect(fake.valuesOf("S", "A2")).toEqual([["#DIV/0!"]]);
  });

  it("counts error cells in the used range and loads valueTypes through getUsedRangeOrNullObject", async () => {
    const fake = createFakeExcel({ sheets: { S: [[null, null], [null, { error: "#REF!" }]] } });
    const ctx = ctxOf(fake);
    const used = ctx.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
    used.load("address, values, valueTypes");
    await ctx.sync();
    expect([used.address, used.values, used.valueTypes]).toEqual(["S!B2", [["#REF!"]], [["Error"]]]);
  });

  it("turns typed error constants into errors, like Excel, except as text input", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("E1").numberFormat = [["@"]];
    const range = sheet.getRange("A1:F1");
    range.values = [["#n/a", "'#N/A", "=NA()", "7", "#N/A", "#SPILL!"]];
    await ctx.sync();
    range.load("values, valueTypes");
    await ctx.sync();
    expect(range.values).toEqual([["#N/A", "#N/A", "=NA()", 7, "#N/A", "#SPILL!"]]);
    // The fake does not calculate: a formula reads back as its text, typed String.
    expect(range.valueTypes).toEqual([["Error", "String", "String", "Double", "String", "String"]]);
    expect(["A1", "B1", "E1", "F1"].map((a) => fake.cell("Sheet1", a)?.kind)).toEqual(["error", "text", "text", "text"]);
  });

  it("refuses an initial error value Excel does not have", () => {
    expect(() => createFakeExcel({ sheets: { S: [[{ error: "#OOPS" }]] } })).toThrow(/bad initial error/);
  });
});

describe("addresses", () => {
  it("parses rows, columns, whole sheets and indexes; rejects bad addresses at sync", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    const ranges = [sheet.getRange("5:5"), sheet.getRange("B:B"), sheet.getRange(), sheet.getRangeByIndexes(1, 2, 3, 4), sheet.getRange("$a$1")];
    ranges.forEach((r) => r.load("address"));
    await ctx.sync();
    expect(ranges.map((r) => r.address)).toEqual([
      "Sheet1!5:5",
      "Sheet1!B:B",
      "Sheet1!1:1048576",
      "Sheet1!C2:F4",
      "Sheet1!A1",
    ]);
    for (const bad of ["A0", "XFE1", "A1:B2,C3", "Other!A1", "1", "A1048577"]) {
      sheet.getRange(bad).values = [[1]];
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    }
    sheet.getRangeByIndexes(0, 0, 0, 1).load("address");
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });
});

describe("formatting", () => {
  it("accepts only Excel's enum strings", async () => {
    const ctx = ctxOf(createFakeExcel());
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    const attempts: [string, () => void][] = [
      ["horizontal", () => (r.format.horizontalAlignment = "middle" as Excel.HorizontalAlignment)],
      ["vertical", () => (r.format.verticalAlignment = "Middle" as Excel.VerticalAlignment)],
      ["style", () => (r.format.borders.getItem("EdgeTop").style = "thinn" as Excel.BorderLineStyle)],
      ["weight", () => (r.format.borders.getItem("EdgeTop").weight = "Bold" as Excel.BorderWeight)],
      ["edge", () => (r.format.borders.getItem("Outside" as Excel.BorderIndex).style = "Continuous")],
      ["colour", () => (r.format.fill.color = "#12345")],
      ["underline", () => (r.format.font.underline = "yes" as Excel.RangeUnderlineStyle)],
    ];
    for (const [, attempt] of attempts) {
      attempt();
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    }
  });

  it("records fonts, fills, alignment and per-edge borders", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    r.format.font.name = "TH Sarabun New";
    r.format.font.size = 16;
    r.format.font.color = "#1f3864";
    r.format.fill.color = "yellow";
    r.format.horizontalAlignment = "Center";
    r.format.wrapText = true;
    const inside = r.format.borders.getItem("InsideHorizontal");
    inside.style = "Continuous";
    inside.weight = "Thin";
    r.format.borders.getItem("EdgeBottom").style = "Double";
    await ctx.sync();
    expect(fake.cell("Sheet1", "A1")?.format).toEqual({
      font: { name: "TH Sarabun New", size: 16, color: "#1F3864" },
      fill: { color: "#FFFF00" },
      horizontalAlignment: "Center",
      wrapText: true,
      borders: { EdgeBottom: { style: "Continuous", weight: "Thin" } },
    });
    expect(fake.cell("Sheet1", "B2")?.format.borders).toEqual({
      EdgeTop: { style: "Continuous", weight: "Thin" },
      EdgeBottom: { style: "Double" },
    });
  });

  it("formats whole columns and sheets without storing every cell", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange().format.font.name = "TH Sarabun New";
    sheet.getRange("C:C").format.columnWidth = 120;
    sheet.getRange("3:3").format.rowHeight = 30;
    sheet.getRange("Z1000").values = [["late"]];
    await ctx.sync();
    expect(fake.cell("Sheet1", "Z1000")?.format.font.name).toBe("TH Sarabun New");
    expect(fake.cell("Sheet1", "XFD1048576")?.format.font.name).toBe("TH Sarabun New");
    expect(fake.columnWidth("Sheet1", "C")).toBe(120);
    expect(fake.columnWidth("Sheet1", 4)).toBeUndefined();
    expect(fake.rowHeight("Sheet1", 3)).toBe(30);
    sheet.getRange("A1").format.rowHeight = 410;
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  it("merges, keeping only the top-left value, and rejects overlapping merges", async () => {
    const fake = createFakeExcel({ sheets: { S: [["title", "lost"]] } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("S");
    sheet.getRange("A1:C1").merge();
    sheet.getRange("A1:C1").merge();
    sheet.getRange("A3:B4").merge(true);
    await ctx.sync();
    expect(fake.merges("S")).toEqual(["A1:C1", "A3:B3", "A4:B4"]);
    expect(fake.valuesOf("S", "A1:B1")).toEqual([["title", ""]]);
    sheet.getRange("B1:B2").merge();
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    sheet.getRange("A1:Z10").unmerge();
    await ctx.sync();
    expect(fake.merges("S")).toEqual([]);
  });
});

describe("clearing", () => {
  it("clear() removes values, formats and merges; a whole-sheet clear leaves nothing behind", async () => {
    const fake = createFakeExcel({ sheets: { S: [["a", "b"], [1, 2]] } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("S");
    sheet.getRange().format.font.name = "TH Sarabun New";
    sheet.getRange("A1:B1").merge();
    sheet.getRange("A2:B2").format.fill.color = "#DDDDDD";
    await ctx.sync();
    sheet.getRange("A2:B2").clear("Contents");
    await ctx.sync();
    expect(fake.cell("S", "A2")).toMatchObject({ kind: "empty", format: { fill: { color: "#DDDDDD" } } });
    sheet.getRange().clear();
    await ctx.sync();
    const [s] = fake.snapshot().sheets;
    expect(s?.cells).toEqual({});
    expect(s?.formatLayers).toEqual([]);
    expect(s?.merges).toEqual([]);
    expect(fake.cell("S", "A1")).toBeUndefined();
    sheet.getRange("A1").clear("Everything" as Excel.ClearApplyTo);
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });
});

describe("protection", () => {
  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const fake = createFakeExcel({ sheets: { Input: [["x"]], Report: [] }, protectedSheets: ["Input"] });
    const ctx = ctxOf(fake);
    const input = ctx.workbook.worksheets.getItem("Input");
    input.protection.load("protected");
    await ctx.sync();
    expect(input.protection.protected).toBe(true);
    input.getRange("A1").values = [["y"]];
    expect(await codeOf(ctx.sync())).toBe("AccessDenied");
    input.getRange("A1").format.font.bold = true;
    expect(await codeOf(ctx.sync())).toBe("AccessDenied");
    ctx.workbook.worksheets.getItem("Report").getRange("A1").values = [["ok"]];
    await ctx.sync();
    expect(fake.cell("Input", "A1")).toMatchObject({ value: "x", format: { font: {} } });
    expect(fake.cell("Report", "A1")?.value).toBe("ok");
  });
});

describe("page layout", () => {
  it("rejects assigning part of the zoom object (zoom is not loaded)", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const layout = ctx.workbook.worksheets.getItem("Sheet1").pageLayout;
    expect(
      thrownCode(() => {
        layout.zoom.horizontalFitToPages = 1;
      }),
    ).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(fake.pageLayout("Sheet1").zoom).toEqual({ scale: 100 });
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    await ctx.sync();
    expect(fake.pageLayout("Sheet1").zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    layout.zoom = { scale: 500 };
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  it("records paper, margins, print titles, print area and headers/footers", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const layout = ctx.workbook.worksheets.getItem("Sheet1").pageLayout;
    layout.paperSize = "A4";
    layout.orientation = "Landscape";
    layout.centerHorizontally = true;
    layout.setPrintMargins("Centimeters", { top: 2.54, bottom: 1.27, left: 1, right: 1, header: 0.5, footer: 0.5 });
    layout.setPrintTitleRows("$1:$3");
    layout.setPrintArea("A1:F40");
    layout.headersFooters.defaultForAllPages.centerFooter = "หน้า &P / &N";
    await ctx.sync();
    const got = fake.pageLayout("Sheet1");
    expect(got).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      centerHorizontally: true,
      printTitleRows: "$1:$3",
      printArea: "$A$1:$F$40",
    });
    expect(got.margins.top).toBeCloseTo(72);
    expect(got.margins.bottom).toBeCloseTo(36);
    expect(got.headersFooters.defaultForAllPages.centerFooter).toBe("หน้า &P / &N");
    layout.paperSize = "a4" as Excel.PaperType;
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    layout.setPrintMargins("cm" as Excel.PrintMarginUnit, { top: 1 });
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });
});

describe("validation and conditional formats", () => {
  it("records list validations and rejects a literal list over 255 characters", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const dv = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:B10").dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: "ผ่าน,ไม่ผ่าน" } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: "ค่าไม่ถูกต้อง", message: "เลือกจากรายการ" };
    await ctx.sync();
    expect(fake.validations("Sheet1")).toEqual([
      {
        range: "B2:B10",
        rule: { list: { inCellDropDown: true, source: "ผ่าน,ไม่ผ่าน" } },
        errorAlert: { showAlert: true, style: "Stop", title: "ค่าไม่ถูกต้อง", message: "เลือกจากรายการ" },
        prompt: { showPrompt: false, title: "", message: "" },
        ignoreBlanks: true,
      },
    ]);
    dv.rule = { list: { inCellDropDown: true, source: Array.from({ length: 60 }, (_, i) => `item${i}`).join(",") } };
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    dv.clear();
    await ctx.sync();
    expect(fake.validations("Sheet1")).toEqual([]);
  });

  it("records cell-value and data-bar conditional formats", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("C2:C20");
    const low = range.conditionalFormats.add("CellValue");
    low.cellValue.format.font.color = "#9C0006";
    low.cellValue.format.fill.color = "#FFC7CE";
    low.cellValue.rule = { formula1: "=50", operator: "LessThan" };
    const bar = range.conditionalFormats.add("DataBar");
    bar.dataBar.barDirection = "LeftToRight";
    bar.dataBar.positiveFormat.fillColor = "#638EC6";
    await ctx.sync();
    expect(fake.conditionalFormats("Sheet1")).toEqual([
      expect.objectContaining({
        range: "C2:C20",
        type: "CellValue",
        settings: {
          "cellValue.format.fill.color": "#FFC7CE",
          "cellValue.format.font.color": "#9C0006",
          "cellValue.rule": { formula1: "=50", operator: "LessThan" },
        },
      }),
      expect.objectContaining({
        type: "DataBar",
        settings: { "dataBar.barDirection": "LeftToRight", "dataBar.positiveFormat.fillColor": "#638EC6" },
      }),
    ]);
    // The data-validation operator spelling is not valid here.
    low.cellValue.rule = { formula1: "=50", operator: "GreaterThanOrEqualTo" as Excel.ConditionalCellValueOperator };
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    bar.cellValue.format.font.bold = true;
    expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
    range.conditionalFormats.clearAll();
    await ctx.sync();
    expect(fake.conditionalFormats("Sheet1")).toEqual([]);
  });
});

describe("reading conditional formats", () => {
  /** On sheet S, in order of addition: CellValue on C2:C20, Custom on E5, DataBar on A1:B2; one on sheet T. */
  async function withFormats(): Promise<{ fake: FakeExcel; ctx: Excel.RequestContext; sheet: Excel.Worksheet; customId: string }> {
    const fake = createFakeExcel({ sheets: { S: [], T: [] } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("S");
    const low = sheet.getRange("C2:C20").conditionalFormats.add("CellValue");
    low.cellValue.rule = { formula1: "=50", operator: "LessThan" };
    const custom = sheet.getRange("E5").conditionalFormats.add("Custom");
    custom.custom.rule.formula = '=N("mark")=0';
    custom.custom.format.fill.color = "#FFC7CE";
    custom.load("id");
    sheet.getRange("A1:B2").conditionalFormats.add("DataBar");
    ctx.workbook.worksheets.getItem("T").getRange("A1").conditionalFormats.add("IconSet");
    await ctx.sync();
    return { fake, ctx, sheet, customId: custom.id };
  }

  it("lists every format of the sheet for a whole-sheet range, highest priority first", async () => {
    const { ctx, sheet } = await withFormats();
    const cfs = sheet.getRange().conditionalFormats;
    expect(thrownCode(() => cfs.items)).toBe("PropertyNotLoaded");
    cfs.load("items/type");
    const count = cfs.getCount();
    await ctx.sync();
    expect(cfs.items.map((cf) => cf.type)).toEqual(["DataBar", "Custom", "CellValue"]);
    expect(count.value).toBe(3);
    expect(thrownCode(() => cfs.items[0]!.priority)).toBe("PropertyNotLoaded");
    cfs.load("items/type,items/priority");
    await ctx.sync();
    expect(cfs.items.map((cf) => [cf.type, cf.priority])).toEqual([
      ["DataBar", 0],
      ["Custom", 1],
      ["CellValue", 2],
    ]);
    cfs.load("items");
    await ctx.sync();
    expect(cfs.items[2]).toMatchObject({ type: "CellValue", priority: 2, stopIfTrue: false, id: expect.any(String) as string });
  });

  it("lists only the formats that intersect the range", async () => {
    const { ctx, sheet } = await withFormats();
    const some = sheet.getRange("C1:E5").conditionalFormats.load("type");
    const none = sheet.getRange("Z100").conditionalFormats.load("items/type");
    const noneCount = sheet.getRange("Z100").conditionalFormats.getCount();
    const other = ctx.workbook.worksheets.getItem("T").getRange().conditionalFormats.load("items/type");
    await ctx.sync();
    expect(some.items.map((cf) => cf.type)).toEqual(["Custom", "CellValue"]);
    expect(none.items).toEqual([]);
    expect(noneCount.value).toBe(0);
    expect(other.items.map((cf) => cf.type)).toEqual(["IconSet"]);
  });

  it("reads a custom rule's formula through an item, fails on the wrong kind's sub-object, deletes", async () => {
    const { fake, ctx, sheet } = await withFormats();
    const cfs = sheet.getRange().conditionalFormats.load("items/type");
    await ctx.sync();
    const custom = cfs.items.find((cf) => cf.type === "Custom")!;
    const rule = custom.custom.rule.load("formula");
    const fill = custom.custom.format.fill.load("color");
    const range = custom.getRange().load("address");
    await ctx.sync();
    expect(rule.formula).toBe('=N("mark")=0');
    expect(fill.color).toBe("#FFC7CE");
    expect(range.address).toBe("S!E5");

    const bar = cfs.items.find((cf) => cf.type === "DataBar")!;
    bar.custom.rule.load("formula");
    expect(await codeOf(ctx.sync())).toBe("InvalidOperation");

    custom.delete();
    await ctx.sync();
    expect(fake.conditionalFormats("S").map((f) => f.type)).toEqual(["CellValue", "DataBar"]);
    custom.load("type");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
  });

  it("getItemAt and getItem bind to a format of the range", async () => {
    const { ctx, sheet, customId } = await withFormats();
    const cfs = sheet.getRange().conditionalFormats;
    const second = cfs.getItemAt(1).load("type");
    const byId = cfs.getItem(customId).load("type, priority");
    await ctx.sync();
    expect(second.type).toBe("Custom");
    expect([byId.type, byId.priority]).toEqual(["Custom", 1]);
    cfs.getItemAt(3).load("type");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    sheet.getRange("A1").conditionalFormats.getItem(customId).load("type");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    const maybe = sheet.getRange("A1").conditionalFormats.getItemOrNullObject(customId).load("type");
    await ctx.sync();
    expect(maybe.isNullObject).toBe(true);
  });

  it("a collection reached through a null object loads without error and is a null object", async () => {
    const { ctx } = await withFormats();
    const ws = ctx.workbook.worksheets.getItemOrNullObject("missing");
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/type");
    const count = cfs.getCount();
    const first = cfs.getItemAt(0).load("type");
    const rule = first.custom.rule.load("formula");
    ws.load("isNullObject");
    expect(await codeOf(ctx.sync())).toBe("resolved");
    expect(ws.isNullObject).toBe(true);
    // As in Office.js: the collection is itself a null object and its items read undefined, not [].
    expect(cfs.isNullObject).toBe(true);
    expect(cfs.items).toBeUndefined();
    expect(count.value).toBeUndefined();
    expect([first.isNullObject, first.type]).toEqual([true, undefined]);
    expect(rule.formula).toBeUndefined();
    // Ops queued on the null collection are ignored.
    cfs.add("Custom");
    cfs.clearAll();
    expect(await codeOf(ctx.sync())).toBe("resolved");
  });
});

describe("charts", () => {
  const data = (): (string | number)[][] => [
    ["", "2566", "2567"],
    ["EIT", 80, 85],
    ["IIT", 70, 90],
  ];

  it("adds charts from a range on the sheet, named Chart 1, Chart 2, … per sheet, with Excel's defaults", async () => {
    const fake = createFakeExcel({ sheets: { Data: [], Other: [] } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.getRange("B5:D7").values = data();
    const first = sheet.charts.add("ColumnClustered", sheet.getRange("B5:D7"));
    const second = sheet.charts.add("Line", sheet.getRange("B5:C7"), "Columns");
    const other = ctx.workbook.worksheets.getItem("Other");
    const third = other.charts.add("Pie", other.getRange("A1:B3"), "Rows");
    expect(thrownCode(() => first.name)).toBe("PropertyNotLoaded");
    first.load("name, chartType, width, height, id");
    second.load("name");
    third.load("name");
    await ctx.sync();
    expect([first.name, second.name, third.name]).toEqual(["Chart 1", "Chart 2", "Chart 1"]);
    expect([first.chartType, first.width, first.height]).toEqual(["ColumnClustered", 360, 216]);
    expect(first.id).toEqual(expect.any(String));
    expect(fake.charts("Data")).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        source: "B5:D7",
        seriesBy: "Auto",
        title: "",
        titleVisible: true,
        position: null,
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        legendPosition: "Bottom",
        legendVisible: true,
        valueAxis: { minimum: null, maximum: null },
        dataLabels: { showValue: false },
      },
      expect.objectContaining({ name: "Chart 2", type: "Line", source: "B5:C7", seriesBy: "Columns" }),
    ]);
    expect(fake.charts("Other")).toEqual([expect.objectContaining({ name: "Chart 1", type: "Pie", seriesBy: "Rows" })]);
    const snap = fake.snapshot();
    expect(snap.sheets.map((s) => s.charts.map((c) => c.name))).toEqual([["Chart 1", "Chart 2"], ["Chart 1"]]);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  it("accepts every Excel.ChartType value and rejects others, bad seriesBy and another sheet's range at sync", async () => {
    const fake = createFakeExcel({ sheets: { Data: [], Other: [] } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const source = sheet.getRange("A1:C3");
    // Excel.ChartType's values, as @types/office-js spells them in ChartCollection.add's overload.
    const dts = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
    const union = /add\(type: ("Invalid"[^,]*), sourceData: Range/.exec(dts)?.[1] ?? "";
    const types = [...union.matchAll(/"([^"]+)"/g)].map((m) => m[1] as Excel.ChartType).filter((t) => t !== "Invalid");
    expect(types).toHaveLength(81);
    expect(types).toEqual(expect.arrayContaining(["ColumnStacked", "BarClustered", "XYScatter", "Doughnut", "Waterfall"]));
    for (const t of types) sheet.charts.add(t, source);
    await ctx.sync();
    expect(fake.charts("Data").map((c) => c.type)).toEqual(types);

    for (const bad of ["Invalid", "columnClustered", "Column", ""]) {
      sheet.charts.add(bad as Excel.ChartType, source);
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    }
    sheet.charts.add("Line", source, "ByRows" as Excel.ChartSeriesBy);
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    sheet.charts.add("Line", ctx.workbook.worksheets.getItem("Other").getRange("A1:B2"));
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    // Office.js checks on the client that sourceData is a Range, when add is called.
    expect(thrownCode(() => sheet.charts.add("Line", "A1:B2" as unknown as Excel.Range))).toBe("InvalidArgument");
    expect(fake.charts("Data")).toHaveLength(types.length);
    expect(fake.charts("Other")).toEqual([]);
  });

  it("records title, legend, value axis, data labels and position; loads them back", async () => {
    const fake = createFakeExcel({ sheets: { Data: data() } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.getRange("A:A").format.columnWidth = 100;
    sheet.getRange("3:3").format.rowHeight = 30;
    const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:C3"), "Auto");
    chart.title.text = "คะแนน ITA";
    chart.legend.position = "Right";
    chart.legend.visible = false;
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 100;
    chart.dataLabels.showValue = true;
    chart.setPosition("B5", "D15");
    await ctx.sync();
    expect(fake.charts("Data")[0]).toMatchObject({
      title: "คะแนน ITA",
      titleVisible: true,
      legendPosition: "Right",
      legendVisible: false,
      valueAxis: { minimum: 0, maximum: 100 },
      dataLabels: { showValue: true },
      position: { topLeft: "B5", bottomRight: "D15" },
      // Column A is 100pt wide, B:D 48pt each; rows 1-4 are 15pt but row 3 (30pt); rows 5-15 are 15pt.
      left: 100,
      top: 75,
      width: 144,
      height: 165,
    });

    const title = chart.title.load("text, visible");
    const legend = chart.legend.load("position");
    const axis = chart.axes.valueAxis.load("minimum, maximum");
    chart.load("top, left, width, height, dataLabels/showValue");
    await ctx.sync();
    expect([title.text, title.visible, legend.position]).toEqual(["คะแนน ITA", true, "Right"]);
    expect([axis.minimum, axis.maximum]).toEqual([0, 100]);
    expect([chart.top, chart.left, chart.width, chart.height]).toEqual([75, 100, 144, 165]);
    expect(chart.dataLabels.showValue).toBe(true);

    // Without endCell the chart moves and keeps its size; a Range works as well as an address.
    chart.setPosition(sheet.getRange("C2:D4"));
    chart.title.visible = false;
    await ctx.sync();
    expect(fake.charts("Data")[0]).toMatchObject({
      position: { topLeft: "C2", bottomRight: null },
      left: 148,
      top: 15,
      width: 144,
      height: 165,
      titleVisible: false,
    });
    chart.top = 10;
    chart.left = 20;
    chart.width = 400;
    chart.height = 250;
    await ctx.sync();
    expect(fake.charts("Data")[0]).toMatchObject({ top: 10, left: 20, width: 400, height: 250 });
  });

  it("rejects bad chart settings at sync", async () => {
    const fake = createFakeExcel({ sheets: { Data: data(), Other: [] } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("Line", sheet.getRange("A1:C3"));
    await ctx.sync();
    const attempts: (() => void)[] = [
      () => (chart.legend.position = "right" as Excel.ChartLegendPosition),
      () => (chart.legend.position = "Invalid"),
      () => (chart.title.visible = "yes" as unknown as boolean),
      () => (chart.axes.valueAxis.minimum = "low"),
      () => (chart.width = -1),
      () => (chart.name = ""),
      () => (chart.chartType = "Sparkline" as Excel.ChartType),
      () => chart.setPosition("Other!A1"),
      () => chart.setPosition("not an address"),
      () => chart.setPosition("D10", "B5"),
      () => chart.setPosition(ctx.workbook.worksheets.getItem("Other").getRange("A1")),
    ];
    for (const attempt of attempts) {
      attempt();
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    }
    expect(fake.charts("Data")[0]).toMatchObject({ name: "Chart 1", type: "Line", legendPosition: "Bottom", position: null });
    chart.setPosition("Data!E2", "'Data'!J20");
    chart.chartType = "XYScatter";
    chart.name = "Scores";
    await ctx.sync();
    expect(fake.charts("Data")[0]).toMatchObject({ name: "Scores", type: "XYScatter", position: { topLeft: "E2", bottomRight: "J20" } });
  });

  it("lists, counts and finds charts; getItem of a missing chart fails at sync", async () => {
    const fake = createFakeExcel({ sheets: { Data: data() } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const charts = sheet.charts;
    expect(thrownCode(() => charts.items)).toBe("PropertyNotLoaded");
    charts.load("items/name");
    const none = charts.getCount();
    await ctx.sync();
    expect(charts.items).toEqual([]);
    expect(none.value).toBe(0);

    charts.add("ColumnClustered", sheet.getRange("A1:C3"));
    const line = charts.add("Line", sheet.getRange("A1:B3"));
    line.name = "Trend";
    charts.load("items/name");
    const count = charts.getCount();
    charts.load("count");
    await ctx.sync();
    expect(charts.items.map((c) => c.name)).toEqual(["Chart 1", "Trend"]);
    expect(thrownCode(() => charts.items[0]!.chartType)).toBe("PropertyNotLoaded");
    expect([count.value, charts.count]).toEqual([2, 2]);

    charts.load("items");
    await ctx.sync();
    expect(charts.items[1]).toMatchObject({ name: "Trend", chartType: "Line", width: 360, height: 216 });

    const byName = charts.getItem("trend").load("chartType");
    const second = charts.getItemAt(1).load("name");
    const missing = charts.getItemOrNullObject("Chart 9").load("name");
    await ctx.sync();
    expect([byName.chartType, second.name, missing.isNullObject, missing.name]).toEqual(["Line", "Trend", true, undefined]);
    charts.getItem("Chart 9").load("name");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    charts.getItemAt(2).load("name");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    expect(fake.charts("Data").map((c) => c.name)).toEqual(["Chart 1", "Trend"]);
  });

  it("deletes a chart; its proxy then fails with ItemNotFound and default names are not reused", async () => {
    const fake = createFakeExcel({ sheets: { Data: data() } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.charts.add("Pie", sheet.getRange("A1:B3"));
    const second = sheet.charts.add("Pie", sheet.getRange("A1:C3"));
    await ctx.sync();
    second.delete();
    await ctx.sync();
    expect(fake.charts("Data").map((c) => c.name)).toEqual(["Chart 1"]);
    second.title.text = "gone";
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    sheet.charts.getItem("Chart 1").delete();
    sheet.charts.add("Doughnut", sheet.getRange("A1:B3")).load("name");
    await ctx.sync();
    expect(fake.charts("Data").map((c) => [c.name, c.type])).toEqual([["Chart 3", "Doughnut"]]);
  });

  it("refuses to add or change charts on a protected sheet with AccessDenied", async () => {
    const fake = createFakeExcel({ sheets: { Data: data(), Report: [] }, protectedSheets: ["Report"] });
    const ctx = ctxOf(fake);
    const report = ctx.workbook.worksheets.getItem("Report");
    report.charts.add("ColumnClustered", report.getRange("A1:C3"));
    expect(await codeOf(ctx.sync())).toBe("AccessDenied");
    expect(fake.charts("Report")).toEqual([]);

    report.protection.unprotect();
    const chart = report.charts.add("ColumnClustered", report.getRange("A1:C3"));
    report.protection.protect();
    await ctx.sync();
    for (const write of [
      () => (chart.title.text = "x"),
      () => chart.setPosition("A5"),
      () => chart.delete(),
      () => (chart.legend.visible = false),
    ]) {
      write();
      expect(await codeOf(ctx.sync())).toBe("AccessDenied");
    }
    chart.load("name");
    await ctx.sync();
    expect(chart.name).toBe("Chart 1");
    expect(fake.charts("Report")).toEqual([expect.objectContaining({ title: "", position: null, legendVisible: true })]);
  });

  it("keeps charts when their sheet is renamed and drops them when it is deleted", async () => {
    const fake = createFakeExcel({ sheets: { Data: data(), Keep: [] } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("ColumnStacked", sheet.getRange("A1:C3"));
    chart.title.text = "T";
    await ctx.sync();
    sheet.name = "Renamed";
    chart.setPosition("Renamed!A5", "F20");
    await ctx.sync();
    expect(fake.charts("Renamed")).toEqual([
      expect.objectContaining({ title: "T", source: "A1:C3", position: { topLeft: "A5", bottomRight: "F20" } }),
    ]);
    const ws = chart.worksheet.load("name");
    await ctx.sync();
    expect(ws.name).toBe("Renamed");

    sheet.delete();
    await ctx.sync();
    expect(fake.snapshot().sheets.map((s) => [s.name, s.charts.length])).toEqual([["Keep", 0]]);
    chart.load("name");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    // A new sheet of the same name starts without charts, numbering from Chart 1.
    const again = ctx.workbook.worksheets.add("Renamed");
    again.charts.add("Line", again.getRange("A1:B2"));
    await ctx.sync();
    expect(fake.charts("Renamed").map((c) => c.name)).toEqual(["Chart 1"]);
  });

  it("charts of a missing sheet form a null collection whose ops are ignored", async () => {
    const fake = createFakeExcel({ sheets: { Data: data() } });
    const ctx = ctxOf(fake);
    const ws = ctx.workbook.worksheets.getItemOrNullObject("missing");
    const charts = ws.charts.load("items/name");
    const count = charts.getCount();
    const item = charts.getItemOrNullObject("Chart 1").load("name");
    const added = charts.add("Line", ctx.workbook.worksheets.getItem("Data").getRange("A1:B3"));
    added.title.text = "ignored";
    expect(await codeOf(ctx.sync())).toBe("resolved");
    expect([charts.isNullObject, charts.items, count.value]).toEqual([true, undefined, undefined]);
    expect([item.isNullObject, item.name]).toEqual([true, undefined]);
    expect(fake.charts("Data")).toEqual([]);
  });

  it("a chart whose add failed cannot be used", async () => {
    const fake = createFakeExcel({ sheets: { Data: data() } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("Nope" as Excel.ChartType, sheet.getRange("A1:B3"));
    chart.title.text = "x";
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    chart.load("name");
    expect(await codeOf(ctx.sync())).toBe("InvalidObjectPath");
    expect(fake.charts("Data")).toEqual([]);
  });

  it("setData replaces the source data", async () => {
    const fake = createFakeExcel({ sheets: { Data: data() } });
    const ctx = ctxOf(fake);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("Line", sheet.getRange("A1:B3"));
    chart.setData(sheet.getRange("A1:C3"), "Rows");
    await ctx.sync();
    expect(fake.charts("Data")[0]).toMatchObject({ source: "A1:C3", seriesBy: "Rows" });
  });
});

describe("application and events", () => {
  it("records enableEvents and calculation suspension", async () => {
    const fake = createFakeExcel();
    const ctx = ctxOf(fake);
    ctx.runtime.enableEvents = false;
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    await ctx.sync();
    expect(fake.application()).toMatchObject({ enableEvents: false, suspendApiCalculationCalls: 1 });
  });
});
