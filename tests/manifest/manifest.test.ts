import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// Microsoft's validator needs the internet; these offline checks catch what breaks sideloading.
const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");

const all = (re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]!);

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks asking only for ReadWriteDocument", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(all(/<Host Name="([^"]+)"/g)).toEqual(["Workbook"]);
    expect(all(/<Permissions>([^<]+)<\/Permissions>/g)).toEqual(["ReadWriteDocument"]);
  });

  it("has a GUID id and a four-part version", () => {
    expect(all(/<Id>([^<]+)<\/Id>/g)[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(all(/<Version>([^<]+)<\/Version>/g)[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("resolves every resid to a defined resource, and defines none that is unused", () => {
    const used = new Set(all(/resid="([^"]+)"/g));
    const defined = new Set(all(/<bt:(?:Image|Url|String) id="([^"]+)"/g));
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined].filter((id) => !used.has(id))).toEqual([]);
  });

  it("uses only https URLs", () => {
    const urls = all(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g).concat(
      all(/<AppDomain>([^<]+)<\/AppDomain>/g),
    );
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("points every icon at a file in assets/", () => {
    const icons = all(/"https:\/\/localhost:3000\/(assets\/[^"]+\.png)"/g);
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) expect(existsSync(join(root, icon))).toBe(true);
  });

  it("has Thai default strings with English overrides within Office's length limits", () => {
    const short = all(/<bt:ShortStrings>([\s\S]*?)<\/bt:ShortStrings>/g)[0]!;
    const long = all(/<bt:LongStrings>([\s\S]*?)<\/bt:LongStrings>/g)[0]!;
    const values = (block: string) => [...block.matchAll(/Value="([^"]+)"/g)].map((m) => m[1]!);
    expect(values(short).every((v) => v.length <= 125)).toBe(true);
    expect(values(long).every((v) => v.length <= 250)).toBe(true);
    expect(xml).toMatch(/<DisplayName DefaultValue="รายงาน ITA">/);
    expect(xml).toMatch(/<Override Locale="en-US" Value="ITA Report"\/>/);
  });

  it("requires ExcelApi at the top level, before DefaultSettings, so that an older Excel does not offer the add-in", () => {
    const requirements = xml.indexOf("<Requirements>");
    expect(requirements).toBeGreaterThan(xml.indexOf("</Hosts>"));
    expect(requirements).toBeLessThan(xml.indexOf("<DefaultSettings>"));
    // Inside VersionOverrides it would only hide the ribbon button.
    expect(xml.indexOf("<Requirements>", xml.indexOf("<VersionOverrides"))).toBe(-1);
    expect(all(/<Set Name="([^"]+)" MinVersion="1\.\d+"\/>/g)).toEqual(["ExcelApi"]);
  });

  it("puts the button on the Home tab and opens the task pane", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("is well-formed XML: every opened element is closed in order", () => {
    const stack: string[] = [];
    for (const m of xml
      .replace(/<\?[^>]*\?>|<!--[\s\S]*?-->/g, "")
      .matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = m;
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });
});
