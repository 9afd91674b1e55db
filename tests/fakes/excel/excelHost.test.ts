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

  it.each([["a/b"], ["ชื่อชีตที่ยาวเกินสามสิบเอ็ดตัวอักษรแน่นอน"], ["'quoted'"], ["History"]])(
    "refuses the sheet name %j",
    async (name) => {
      const host = excelHost();
      await expect(
        host.run(async (ctx) => void ctx.workbook.worksheets.add(name)),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    },
  );

  it("refuses a second sheet of the same name, whatever its case", async () => {
    const host = excelHost({ sheets: { Report: [] } });
    await expect(
      host.run(async (ctx) => void ctx.workbook.worksheets.add("REPORT")),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
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

  it("reads strings the add-in writes locale-neutrally: a Thai date stays text, a number or an en-US date does not", async () => {
    const host = excelHost();
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:F1").values = [["30 กันยายน 2567", "'0012", "0012", "ลดลง", "1/10", "๑๒.๕"]];
      ws.getRange("G1").numberFormat = [["@"]];
      ws.getRange("G1").values = [["0012"]];
      await ctx.sync();
    });
    expect(host.cell("Sheet1", "A1")).toMatchObject({ kind: "text", value: "30 กันยายน 2567" });
    expect(host.cell("Sheet1", "B1")).toMatchObject({ kind: "text", value: "0012" });
    expect(host.cell("Sheet1", "C1")).toMatchObject({ kind: "number", value: 12 });
    expect(host.cell("Sheet1", "D1")?.kind).toBe("text");
    expect(host.cell("Sheet1", "E1")?.kind).toBe("number");
    expect(host.cell("Sheet1", "F1")?.kind).toBe("text");
    expect(host.cell("Sheet1", "G1")).toMatchObject({ kind: "text", value: "0012" });
  });

  it("reads what the user types by the user's locale: in a Thai-locale Excel a Thai date becomes a date", async () => {
    const host = excelHost({ sheets: { Sheet1: [] } });
    host.userEdit("Sheet1", "A1:B1", [["30 กันยายน 2567", "๑๒.๕"]]);
    expect(host.cell("Sheet1", "A1")?.kind).toBe("number");
    expect(host.cell("Sheet1", "B1")).toMatchObject({ kind: "number", value: 12.5 });
  });

  it("refuses changes to a protected sheet with AccessDenied", async () => {
    const host = excelHost({ protectedSheets: ["Sheet1"] });
    const batch = host.run(
      async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]]),
    );
    await expect(batch).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("refuses a request body over its payload limit, counted in bytes as the library serializes it", async () => {
    const host = excelHost({ payloadLimitBytes: 50_000 });
    const thai = Array.from({ length: 100 }, () => ["ก".repeat(200)]); // 200 characters, 600 bytes each
    const batch = host.run(
      async (ctx) =>
        void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = thai),
    );
    await expect(batch).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.requests[0]!.bytes).toBeGreaterThan(100 * 600);
    expect(host.valuesOf("Sheet1", "A1")).toEqual([[""]]);
  });
});

describe("sheet features", () => {
  it("refuses a list validation whose source is on a sheet that does not exist yet", async () => {
    const host = excelHost();
    const rule = (ws: Excel.Worksheet) =>
      (ws.getRange("A2:A9").dataValidation.rule = {
        list: { inCellDropDown: true, source: "='รายการเลือก'!$A$2:$A$4" },
      });
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

  it.each([
    [
      "an error message over 224 characters",
      { errorAlert: { showAlert: true, style: "Stop", title: "ผิด", message: "ก".repeat(225) } },
    ],
    [
      "an error title over 32 characters",
      { errorAlert: { showAlert: true, style: "Stop", title: "ก".repeat(33), message: "ผิด" } },
    ],
    [
      "a prompt over 255 characters",
      { prompt: { showPrompt: true, title: "คำแนะนำ", message: "ก".repeat(256) } },
    ],
    [
      "a prompt title over 32 characters",
      { prompt: { showPrompt: true, title: "ก".repeat(33), message: "เลือก" } },
    ],
  ])("refuses %s, as Office's file format does (MS-OI29500 2.1.613)", async (_what, part) => {
    const host = excelHost();
    const batch = host.run(async (ctx) => {
      const validation = ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:A5").dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: "ก,ข" } };
      Object.assign(validation, part);
      await ctx.sync();
    });
    await expect(batch).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("takes an error message of 224 characters and a prompt of 255", async () => {
    const host = excelHost();
    await host.run(async (ctx) => {
      const validation = ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:A5").dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: "ก,ข" } };
      validation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "ก".repeat(32),
        message: "ก".repeat(224),
      };
      validation.prompt = { showPrompt: true, title: "ก".repeat(32), message: "ก".repeat(255) };
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
    const full = excelHost();
    await full.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      for (let row = 2; row <= 1027; row++) ws.horizontalPageBreaks.add(`A${row}`);
    });
    expect(full.pageLayout("Sheet1").rowBreaks).toHaveLength(1026);
    await expect(
      full.run(
        async (ctx) =>
          void ctx.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("A2000"),
      ),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    const older = excelHost({ host: "excel-2019" });
    await expect(
      older.run(
        async (ctx) =>
          void ctx.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("A21"),
      ),
    ).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });
});

describe("page layout limits", () => {
  it("refuses a header whose three sections pass 255 characters together", async () => {
    const host = excelHost();
    const attempt = host.run(async (ctx) => {
      const pages =
        ctx.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages;
      pages.leftHeader = "ก".repeat(200);
      pages.leftFooter = "ข".repeat(200);
      await ctx.sync();
      pages.rightHeader = "ค".repeat(56);
      await ctx.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.pageLayout("Sheet1").headersFooters.defaultForAllPages).toMatchObject({
      leftHeader: "ก".repeat(200),
      rightHeader: "",
      leftFooter: "ข".repeat(200),
    });
  });
});

describe("first page number", () => {
  it("starts at Auto, takes a whole number, goes back to Auto with an empty string and refuses a fraction or text", async () => {
    const host = excelHost();
    expect(host.pageLayout("Sheet1").firstPageNumber).toBe("");
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").pageLayout.firstPageNumber = 1;
      await ctx.sync();
    });
    expect(host.pageLayout("Sheet1").firstPageNumber).toBe(1);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").pageLayout.firstPageNumber = "";
      await ctx.sync();
    });
    expect(host.pageLayout("Sheet1").firstPageNumber).toBe("");
    for (const bad of [1.5, "1"]) {
      const attempt = host.run(async (ctx) => {
        (
          ctx.workbook.worksheets.getItem("Sheet1").pageLayout as { firstPageNumber: unknown }
        ).firstPageNumber = bad;
        await ctx.sync();
      });
      await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });
});

describe("inserting and deleting whole rows", () => {
  const sheet = { ข้อมูล: [["หัว"], ["ก"], ["ข"], ["ค"], ["ง"]] };

  it("moves the rows below with their formats, heights, merges, dropdowns and conditional formats", async () => {
    const host = excelHost({ sheets: sheet });
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      ws.getRange("A3").format.font.bold = true;
      ws.getRange("3:3").format.rowHeight = 30;
      ws.getRange("B4:C4").merge(false);
      ws.getRange("A2:A5").dataValidation.rule = { list: { inCellDropDown: true, source: "ก,ข" } };
      ws.getRange("A5").conditionalFormats.add("DataBar");
      await ctx.sync();
      ws.getRange("3:4").insert("Down");
      await ctx.sync();
    });
    expect(host.valuesOf("ข้อมูล", "A1:A7").map((r) => r[0])).toEqual([
      "หัว",
      "ก",
      "",
      "",
      "ข",
      "ค",
      "ง",
    ]);
    expect(host.cell("ข้อมูล", "A5")!.format.font.bold).toBe(true);
    expect(host.rowHeight("ข้อมูล", 5)).toBe(30);
    expect(host.merges("ข้อมูล")).toEqual(["B6:C6"]);
    // Inserted inside the dropdown's range: it grows; the conditional format below it moves.
    expect(host.validations("ข้อมูล").map((v) => v.range)).toEqual(["A2:A7"]);
    expect(host.conditionalFormats("ข้อมูล").map((f) => f.range)).toEqual(["A7"]);
  });

  it("gives new rows the formats of the row above, as Insert does by default", async () => {
    const host = excelHost({ sheets: sheet });
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      ws.getRange("A2").format.fill.color = "#FFFF00";
      ws.getRange("3:3").insert("Down");
      await ctx.sync();
    });
    expect(host.cell("ข้อมูล", "A3")).toMatchObject({
      kind: "empty",
      format: { fill: { color: "#FFFF00" } },
    });
  });

  it("deletes rows: the rows below move up, ranges shrink, and a range of deleted rows only goes", async () => {
    const host = excelHost({ sheets: sheet });
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      ws.getRange("A2:A5").dataValidation.rule = { list: { inCellDropDown: true, source: "ก,ข" } };
      ws.getRange("B3:C3").merge(false);
      ws.getRange("3:3").delete("Up");
      await ctx.sync();
    });
    expect(host.valuesOf("ข้อมูล", "A1:A4").map((r) => r[0])).toEqual(["หัว", "ก", "ค", "ง"]);
    expect(host.validations("ข้อมูล").map((v) => v.range)).toEqual(["A2:A4"]);
    expect(host.merges("ข้อมูล")).toEqual([]);
  });

  it("refuses to push a non-empty cell off the end of the sheet (NonBlankCellOffSheet)", async () => {
    const host = excelHost({ sheets: sheet });
    const attempt = host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("ข้อมูล");
      ws.getRange("A1048576").values = [["ท้ายชีต"]];
      await ctx.sync();
      ws.getRange("2:2").insert("Down");
      await ctx.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "NonBlankCellOffSheet" });
    expect(host.valuesOf("ข้อมูล", "A2")).toEqual([["ก"]]);
  });

  it("inserts once, though the library instantiates the returned range twice in the request", async () => {
    const host = excelHost({ sheets: sheet });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ข้อมูล").getRange("2:2").insert("Down");
      await ctx.sync();
    });
    expect(host.valuesOf("ข้อมูล", "A1:A3").map((r) => r[0])).toEqual(["หัว", "", "ก"]);
  });
});

describe("an older Excel", () => {
  it("refuses members newer than its ExcelApi: in the library for navigation, on the host for settings", async () => {
    const host = excelHost({ host: "excel-2019" });
    const layout = host.run(
      async (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").pageLayout,
    );
    await expect(layout).rejects.toMatchObject({ code: "ApiNotFound" });
    const indent = host.run(
      async (ctx) =>
        void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.indentLevel = 1),
    );
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
    const batch = host.runWithoutDelay(
      async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]]),
    );
    await expect(batch).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    host.endCellEdit();
  });

  it("holds a batch with delayForCellEdit until the user leaves the cell", async () => {
    const host = excelHost();
    host.beginCellEdit();
    let done = false;
    const batch = host
      .run(
        async (ctx) =>
          void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]]),
      )
      .then(() => (done = true));
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
    await host.run(
      async (ctx) =>
        void (ctx.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["เขียน"]]),
    );
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
    await expect(host.createWorkbook("bm90IGEgemlw")).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});
