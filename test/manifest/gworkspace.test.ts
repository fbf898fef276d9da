/**
 * The Google Workspace deployment descriptor as generated for development and production: valid against the schema
 * written from Google's reference, every trigger an https URL of a POST route in the one route table, and only the
 * scopes the README explains.
 */
import { ROUTES } from "../../functions/app/routes";
import { DeploymentSchema } from "../../shared/gworkspace/deployment";

// The generator is plain CommonJS shared with scripts/build-addin.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deployment, SCOPES } = require("../../manifest/gworkspace") as {
  deployment(o: { baseUrl: string; logoUrl: string }): unknown;
  SCOPES: string[];
};

const BASES = ["https://localhost:7071", "https://cchc-api.azurewebsites.net"];

test.each(BASES)("the descriptor for %s is valid and every trigger is a route of the table", (baseUrl) => {
  const d = DeploymentSchema.parse(deployment({ baseUrl, logoUrl: "https://addin.example/assets/icon-128.png" }));
  const triggers = [d.addOns.common.homepageTrigger, d.addOns.docs.homepageTrigger, d.addOns.docs.onFileScopeGrantedTrigger, d.addOns.sheets.homepageTrigger];
  for (const t of triggers) {
    if (!t) throw new Error("missing trigger");
    expect(t.runFunction.startsWith(`${baseUrl}/api/`)).toBe(true);
    const route = t.runFunction.slice(`${baseUrl}/api/`.length);
    expect(ROUTES.some((r) => r.route === route && r.method === "POST")).toBe(true);
  }
});

test("only the open document's scopes: no broad Drive, Docs or Sheets access", () => {
  expect(SCOPES).toEqual([
    "openid",
    "https://www.googleapis.com/auth/userinfo.email",
    "https://www.googleapis.com/auth/documents.currentonly",
    "https://www.googleapis.com/auth/drive.file",
  ]);
});

test("an http or path-carrying base is refused", () => {
  expect(() => deployment({ baseUrl: "http://cchc.example", logoUrl: "https://a.example/x.png" })).toThrow(/https/);
  const d = DeploymentSchema.parse(deployment({ baseUrl: "https://cchc.example/some/path/", logoUrl: "https://a.example/x.png" }));
  expect(d.addOns.docs.homepageTrigger.runFunction).toBe("https://cchc.example/api/gworkspace/docs/homepage");
});

test("the schema rejects what Google would refuse", () => {
  const good = deployment({ baseUrl: BASES[1]!, logoUrl: "https://a.example/x.png" }) as { addOns: { docs: { homepageTrigger: { runFunction: string } } } };
  const bad = structuredClone(good);
  bad.addOns.docs.homepageTrigger.runFunction = "http://insecure.example/api/gworkspace/docs/homepage";
  expect(DeploymentSchema.safeParse(bad).success).toBe(false);
  expect(DeploymentSchema.safeParse({ ...good, extra: true }).success).toBe(false);
});
