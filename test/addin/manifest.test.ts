import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SaxesParser } from "saxes";

// The generator is plain CommonJS shared with scripts/build-addin.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ADDIN_ID, jsonManifest, xmlManifest } = require("../../manifest/generate") as {
  ADDIN_ID: string;
  jsonManifest(o: { baseUrl: string; clientId?: string }): Record<string, unknown>;
  xmlManifest(o: { baseUrl: string; clientId?: string }): string;
};

const VALIDATE = path.resolve(__dirname, "../../manifest/validate.js");
const BASES = ["https://localhost:3000", "https://addin.cchc.hatinh.gov.vn"];

/** Children of <OfficeApp> in the order the add-in only manifest schema (OfficeApp, TaskPaneApp) requires. */
const OFFICE_APP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "AllowSnapshot", "VersionOverrides",
];

interface XmlFacts {
  topLevel: string[];
  values: Map<string, string[]>;
  urls: string[];
}

function parseXml(xml: string): XmlFacts {
  const parser = new SaxesParser({ xmlns: true });
  const facts: XmlFacts = { topLevel: [], values: new Map(), urls: [] };
  const stack: string[] = [];
  let text = "";
  parser.on("opentag", (tag) => {
    if (stack.length === 1) facts.topLevel.push(tag.local);
    stack.push(tag.local);
    text = "";
    for (const a of Object.values(tag.attributes)) if (/^https?:\/\//i.test(a.value)) facts.urls.push(a.value);
  });
  parser.on("text", (t) => (text += t));
  parser.on("closetag", (tag) => {
    stack.pop();
    const value = text.trim();
    if (value) facts.values.set(tag.local, [...(facts.values.get(tag.local) ?? []), value]);
    if (/^https?:\/\//i.test(value)) facts.urls.push(value);
    text = "";
  });
  parser.write(xml).close();
  return facts;
}

describe("manifest.json (unified manifest)", () => {
  /** @microsoft/app-manifest with the schema it ships, in a child process (the library loads ES modules). */
  function validate(manifest: unknown): { status: number | null; out: string } {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cchc-manifest-")), "manifest.json");
    fs.writeFileSync(file, JSON.stringify(manifest));
    const r = spawnSync(process.execPath, [VALIDATE, file], { encoding: "utf8" });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    return { status: r.status, out: r.stdout + r.stderr };
  }

  it.each(BASES)("validates offline against the Microsoft 365 app schema for %s", (baseUrl) => {
    expect(validate(jsonManifest({ baseUrl }))).toEqual({ status: 0, out: "ok\n" });
  });

  it("is rejected by the same validator when a required field is missing", () => {
    const { name: _name, ...broken } = jsonManifest({ baseUrl: BASES[0] as string });
    const r = validate(broken);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/name/);
  });

  it("keeps one stable id and serves everything from the one https origin", () => {
    const m = JSON.stringify(jsonManifest({ baseUrl: BASES[1] as string }));
    expect(JSON.parse(m).id).toBe(ADDIN_ID);
    const urls = m.match(/https?:\/\/[^"]+/g) ?? [];
    const ours = urls.filter((u) => !u.startsWith("https://developer.microsoft.com/json-schemas/"));
    expect(ours.length).toBeGreaterThan(3);
    for (const u of ours) expect(new URL(u).origin).toBe(BASES[1]);
  });
});

describe("manifest.xml (add-in only manifest)", () => {
  it.each(BASES)("is well-formed with OfficeApp children in schema order for %s", (baseUrl) => {
    const facts = parseXml(xmlManifest({ baseUrl }));
    const positions = facts.topLevel.map((name) => OFFICE_APP_ORDER.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"]) {
      expect(facts.topLevel).toContain(required);
    }
  });

  it("declares a Word task pane with a Home tab button, read/write access and SSO", () => {
    const xml = xmlManifest({ baseUrl: BASES[0] as string, clientId: "11111111-2222-3333-4444-555555555555" });
    const facts = parseXml(xml);
    expect(facts.values.get("Id")).toEqual([ADDIN_ID, "11111111-2222-3333-4444-555555555555"]);
    expect(facts.values.get("Permissions")).toEqual(["ReadWriteDocument"]);
    expect(xml).toContain('<Host Name="Document"/>');
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('<Action xsi:type="ShowTaskpane">');
    expect(facts.values.get("Resource")).toEqual(["api://localhost:3000/11111111-2222-3333-4444-555555555555"]);
  });

  it.each(BASES)("uses https URLs on the one origin %s only", (baseUrl) => {
    const { urls } = parseXml(xmlManifest({ baseUrl }));
    const ours = urls.filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(ours.length).toBeGreaterThan(5);
    for (const u of ours) expect(new URL(u).origin).toBe(baseUrl);
  });

  it("refuses a non-https origin", () => {
    expect(() => xmlManifest({ baseUrl: "http://localhost:3000" })).toThrow(/https/);
    expect(() => jsonManifest({ baseUrl: "http://localhost:3000" })).toThrow(/https/);
  });
});
