import { excelHost } from "./nodeLibrary";

/** What the simulated host enforces, seen through Microsoft's client library as the adapter sees it. */

describe("the simulated Excel behind Microsoft's client library", () => {
  it("applies what a batch queues only when it syncs, and counts the syncs and their real bytes", async () => {
    const host = excelHost({ sheets: { ข้อมูล: [["เดิม"]] } });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("A1:B1").values = [["ใหม่", 2]];
      expect(host.valuesOf("ข้อมูล", "A1")).toEqual([["เดิม"]]);
      await ctx.sync();
      expect(host.valuesOf("ข้อมูล", "A1:B1")).toEqual([["ใหม่", 2]]);
    });
    expect(host.syncCount).toBe(1);
    const [request] = host.requests;
    // The JSON body in UTF-8: Thai is three bytes a character.
    expect(request!.bytes).toBeGreaterThan(JSON.stringify([["ใหม่", 2]]).length + 100);
    expect(request!.delayForCellEdit).toBe(true);
  });

  it("lets the library refuse a property that was not loaded, before anything is sent", async () => {
    const host = excelHost();
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      ws.load("name");
      await ctx.sync();
      expect(ws.name).toBe("Sheet1");
    });
  });

  it("answers an added sheet with its id, so the library can use it after the sync", async () => {
    const host = excelHost();
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("ใหม่");
      await ctx.sync();
      ws.name = "ชื่อใหม่";
      ws.getRange("A1").values = [["x"]];
      await ctx.sync();
    });
    expect(host.sheetNames()).toEqual(["Sheet1", "ชื่อใหม่"]);
    expect(host.valuesOf("ชื่อใหม่", "A1")).toEqual([["x"]]);
  });

  it("makes null objects of a missing sheet: loaded isNullObject, operations ignored", async () => {
    const host = excelHost();
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("ไม่มี");
      ws.load("isNullObject");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("isNullObject");
      ws.getRange("A1").values = [["ignored"]];
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
    });
    expect(host.sheetNames()).toEqual(["Sheet1"]);
  });

  it("fails getItem of a missing sheet at sync with ItemNotFound", async () => {
    const host = excelHost();
    const batch = host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ไม่มี").getRange("A1").values = [[1]];
      await ctx.sync();
    });
    await expect(batch).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("checks the shape of a values array against the range", async () => {
    const host = excelHost();
    const batch = host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["a", "b"]];
      await ctx.sync();
    });
    await expect(batch).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it.each([["a/b"], ["ชื่อชีตที่ยาวเกินสามสิบเอ็ดตัวอักษรแน่นอน"], ["'quoted'"], ["History"]])("refuses the sheet name %j", async (name) => {
    const host = excelHost();
    await expect(host.run(async (ctx) => void ctx.workbook.worksheets.add(name))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a second sheet of the same name, whatever its case", async () => {
    const host = excelHost({ sheets: { Report: [] } });
    await expect(host.run(async (ctx) => void ctx.workbook.worksheets.add("REPORT"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("is not transactional: what ran before the failing action stays, the rest is dropped", async () => {
    const host = excelHost();
    const batch = host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [["before"]];
      ws.getRange("A2:B2").values = [["wrong shape"]];
      ws.getRange("A3").values = [["after"]];
      await ctx.sync();
    });
    await expect(batch).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.valuesOf("Sheet1", "A1:A3")).toEqual([["before"], [""], [""]]);
  });

  it("parses text like a Thai-locale Excel: a Thai date or a number in a General cell is no longer text", async () => {
    const host = excelHost();
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:D1").values = [["30 กันยายน 2567", "'30 กันยายน 2567", "0012", "ลดลง"]];
      ws.getRange("E1").numberFormat = [["@"]];
      ws.getRange("E1").values = [["30 กันยายน 2567"]];
      await ctx.sync();
    });
    expect(host.cell("Sheet1", "A1")?.kind).toBe("number");
    expect(host.cell("Sheet1", "B1")).toMatchObject({ kind: "text", value: "30 กันยายน 2567" });
    expect(host.cell("Sheet1", "C1")).toMatchObject({ kind: "number", value: 12 });
    expect(host.cell("Sheet1", "D1")?.kind).toBe("text");
    expect(host.cell("Sheet1", "E1")).toMatchObject({ kind: "text", value: "30 กันยายน 2567" });
  });

  it("refuses changes to a protected sheet with AccessDenied", async () => {
    const host = excelHost({ protectedSheets: ["Sheet1"] });
    const batch = host.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]]));
    await expect(batch).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("refuses a request body over its payload limit, counted in bytes as the library serializes it", async () => {
    const host = excelHost({ payloadLimitBytes: 50_000 });
    const thai = Array.from({ length: 100 }, () => ["ก".repeat(200)]); // 200 characters, 600 bytes each
    const batch = host.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = thai));
    await expect(batch).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.requests[0]!.bytes).toBeGreaterThan(100 * 600);
    expect(host.valuesOf("Sheet1", "A1")).toEqual([[""]]);
  });
});

describe("sheet features", () => {
  it("refuses a list validation whose source is on a sheet that does not exist yet", async () => {
    const host = excelHost();
    const rule = (ws: Excel.Worksheet) => (ws.getRange("A2:A9").dataValidation.rule = { list: { inCellDropDown: true, source: "='รายการเลือก'!$A$2:$A$4" } });
    const early = host.run(async (ctx) => {
      rule(ctx.workbook.worksheets.getItem("Sheet1"));
      ctx.workbook.worksheets.add("รายการเลือก");
    });
    await expect(early).rejects.toMatchObject({ code: "InvalidArgument" });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.add("รายการเลือก");
      rule(ctx.workbook.worksheets.getItem("Sheet1"));
    });
    expect(host.validations("Sheet1")).toHaveLength(1);
  });

  it("sets row page breaks above the first row of the range given (ExcelApi 1.9)", async () => {
    const host = excelHost();
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.horizontalPageBreaks.add("A21:E21");
      ws.horizontalPageBreaks.add(ws.getRange("A41"));
    });
    expect(host.pageLayout("Sheet1").rowBreaks).toEqual([21, 41]);
    const older = excelHost({ host: "excel-2019" });
    await expect(older.run(async (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("A21"))).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });
});

describe("an older Excel", () => {
  it("refuses members newer than its ExcelApi: in the library for navigation, on the host for settings", async () => {
    const host = excelHost({ host: "excel-2019" });
    const layout = host.run(async (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").pageLayout);
    await expect(layout).rejects.toMatchObject({ code: "ApiNotFound" });
    const indent = host.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.indentLevel = 1));
    await expect(indent).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("Excel 2016 has no getItemOrNullObject (ExcelApi 1.4)", async () => {
    const host = excelHost({ host: "excel-2016" });
    const batch = host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("Sheet1");
      ws.load("isNullObject");
      await ctx.sync();
    });
    await expect(batch).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("cell-edit mode", () => {
  it("fails a batch without delayForCellEdit while the user edits a cell", async () => {
    const host = excelHost();
    host.beginCellEdit();
    const batch = host.runWithoutDelay(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]]));
    await expect(batch).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    host.endCellEdit();
  });

  it("holds a batch with delayForCellEdit until the user leaves the cell", async () => {
    const host = excelHost();
    host.beginCellEdit();
    let done = false;
    const batch = host.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]])).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    host.endCellEdit();
    await batch;
    expect(host.valuesOf("Sheet1", "A1")).toEqual([[1]]);
  });
});

describe("change events", () => {
  const watch = async (host: ReturnType<typeof excelHost>, seen: string[]) =>
    host.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push(e.address));
      await ctx.sync();
    });
  const settle = () => new Promise((r) => setTimeout(r, 10));

  it("reports the user's edits and the add-in's own writes to onChanged", async () => {
    const host = excelHost();
    const seen: string[] = [];
    await watch(host, seen);
    host.userEdit("Sheet1", "B2", [["พิมพ์"]]);
    await host.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["เขียน"]]));
    await settle();
    expect(seen).toEqual(["Sheet1!B2", "Sheet1!C3"]);
  });

  it("reports nothing while the add-in has turned events off (Runtime.enableEvents)", async () => {
    const host = excelHost();
    const seen: string[] = [];
    await watch(host, seen);
    await host.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["เขียน"]];
      await ctx.sync();
      ctx.runtime.enableEvents = true;
    });
    await settle();
    expect(seen).toEqual([]);
    expect(host.eventsEnabled()).toBe(true);
  });
});

describe("createWorkbook", () => {
  it("takes the base64 of an .xlsx through the library's own route", async () => {
    const host = excelHost();
    await host.createWorkbook("UEsDBAoAAAAA");
    expect(host.createdWorkbooks()).toEqual(["UEsDBAoAAAAA"]);
    await expect(host.createWorkbook("bm90IGEgemlw")).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
