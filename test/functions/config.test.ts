import { parseConfig } from "../../functions/config";
import { CodedError } from "../../shared/errors/codes";

const PROD = {
  AUTH_ISSUER: "https://login.microsoftonline.com/t/v2.0",
  AUTH_AUDIENCE: "api://cchc",
  AUTH_JWKS_URI: "https://login.microsoftonline.com/t/discovery/v2.0/keys",
};

function problems(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(CodedError);
    expect((err as CodedError).code).toBe("config.invalid");
    return (err as CodedError).message;
  }
  throw new Error("expected config.invalid");
}

describe("parseConfig", () => {
  it("defaults to the embedded stores under ./.data, 25 MB uploads and the local add-in origin", () => {
    const c = parseConfig({ CCHC_DEV_AUTH: "1" });
    expect(c.store).toEqual({ kind: "sqlite", file: expect.stringMatching(/\.data[/\\]cchc\.sqlite$/) });
    expect(c.blob).toEqual({ kind: "disk", dir: expect.stringMatching(/\.data[/\\]documents$/) });
    expect(c).toMatchObject({ port: 7071, host: "127.0.0.1", maxUploadBytes: 25 * 1024 * 1024, demoCampaign: false });
    expect(c.allowedOrigins).toEqual(["https://localhost:3000"]);
    expect(c.auth).toEqual({ mode: "dev", requiredScope: "cchc.report", clockToleranceSec: 30 });
  });

  it("needs issuer, audience and key set without development sign-in, and lists every problem at once", () => {
    const message = problems({ ALLOWED_ORIGINS: "https://ok.example, not an origin" });
    for (const k of ["AUTH_ISSUER", "AUTH_AUDIENCE", "AUTH_JWKS_URI", "ALLOWED_ORIGINS"]) expect(message).toContain(k);
    expect(parseConfig(PROD).auth).toMatchObject({ mode: "jwks", issuer: PROD.AUTH_ISSUER });
  });

  it("treats empty settings as unset and refuses malformed ones", () => {
    expect(parseConfig({ ...PROD, COSMOS_ENDPOINT: "", MAX_UPLOAD_BYTES: "" }).store.kind).toBe("sqlite");
    expect(problems({ ...PROD, MAX_UPLOAD_BYTES: "lots" })).toContain("MAX_UPLOAD_BYTES");
    expect(problems({ ...PROD, API_PORT: "70000" })).toContain("API_PORT");
    expect(problems({ ...PROD, CCHC_DEV_AUTH: "maybe" })).toContain("CCHC_DEV_AUTH");
  });

  it("picks Cosmos DB and Azure Blob Storage when configured", () => {
    const c = parseConfig({
      ...PROD,
      COSMOS_ENDPOINT: "https://acc.documents.azure.com:443/",
      AZURE_STORAGE_ACCOUNT_URL: "https://acc.blob.core.windows.net",
    });
    expect(c.store).toEqual({ kind: "cosmos", endpoint: "https://acc.documents.azure.com:443/", database: "cchc" });
    expect(c.blob).toEqual({ kind: "azure-blob", accountUrl: "https://acc.blob.core.windows.net", container: "cchc-documents" });
    expect(problems({ ...PROD, AZURE_STORAGE_CONNECTION_STRING: "x", AZURE_STORAGE_ACCOUNT_URL: "https://a.example" })).toContain("not both");
  });

  it("refuses development sign-in on an Azure instance", () => {
    expect(problems({ CCHC_DEV_AUTH: "1", WEBSITE_INSTANCE_ID: "abc" })).toContain("CCHC_DEV_AUTH");
  });

  it("refuses development sign-in in the Azure entry whatever the plan sets", () => {
    expect(() => parseConfig({ CCHC_DEV_AUTH: "1", CONTAINER_NAME: "x", WEBSITE_SITE_NAME: "x" }, "azure")).toThrow(/CCHC_DEV_AUTH/);
    expect(parseConfig({ ...PROD, CONTAINER_NAME: "x" }, "azure").auth.mode).toBe("jwks");
  });

  it("refuses development sign-in when the local host listens beyond loopback", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.5", "cchc.example"]) {
      expect(problems({ CCHC_DEV_AUTH: "1", API_HOST: host })).toContain(`API_HOST=${host}`);
    }
    for (const host of ["127.0.0.1", "localhost", "::1", "127.0.0.2"]) {
      expect(parseConfig({ CCHC_DEV_AUTH: "1", API_HOST: host }).auth.mode).toBe("dev");
    }
    // Entra sign-in may listen anywhere.
    expect(parseConfig({ ...PROD, API_HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
  });

  it("allows the origin npm start serves the pane from by default (ADDIN_PORT)", () => {
    expect(parseConfig({ CCHC_DEV_AUTH: "1", ADDIN_PORT: "3491" }).allowedOrigins).toEqual(["https://localhost:3491"]);
    expect(parseConfig({ CCHC_DEV_AUTH: "1", ADDIN_PORT: "3491", ALLOWED_ORIGINS: "https://a.example" }).allowedOrigins).toEqual([
      "https://a.example",
    ]);
  });
});

describe("parseConfig: the secretariat's sheet", () => {
  const KEY = { type: "service_account", client_email: "cchc-sync@proj.iam.gserviceaccount.com", private_key: "-----BEGIN PRIVATE KEY-----\nMII…\n-----END PRIVATE KEY-----\n" };

  it("defaults to an .xlsx file per campaign under the data folder, links on the local host", () => {
    const c = parseConfig({ CCHC_DEV_AUTH: "1", CCHC_DATA_DIR: "/srv/cchc" });
    expect(c.sheets).toEqual({ target: "xlsx-file", dir: "/srv/cchc/sheets" });
    expect(c.sync).toEqual({ minIntervalMs: 5000, fullEveryMs: 300_000 });
    expect(c.publicUrl).toBe("http://127.0.0.1:7071");
    expect(parseConfig({ ...PROD, WEBSITE_HOSTNAME: "cchc.azurewebsites.net" }).publicUrl).toBe("https://cchc.azurewebsites.net");
    expect(parseConfig({ ...PROD, CCHC_PUBLIC_URL: "https://cchc.gov.vn/" }).publicUrl).toBe("https://cchc.gov.vn");
  });

  it("sends people's document links to the pane's open page: the first allowed origin, or CCHC_OPEN_URL", () => {
    expect(parseConfig({ CCHC_DEV_AUTH: "1" }).openUrl).toBe("https://localhost:3000/open.html");
    expect(parseConfig({ ...PROD, ALLOWED_ORIGINS: "https://pane.hatinh.gov.vn,https://x.example" }).openUrl).toBe("https://pane.hatinh.gov.vn/open.html");
    expect(parseConfig({ ...PROD, CCHC_OPEN_URL: "https://docs.hatinh.gov.vn/mo.html" }).openUrl).toBe("https://docs.hatinh.gov.vn/mo.html");
    expect(() => parseConfig({ ...PROD, CCHC_OPEN_URL: "not a url" })).toThrow(/CCHC_OPEN_URL/);
  });

  it("takes a spreadsheet id or its address, with the service account inline or from a file", () => {
    const id = "1AbC_dEf-1234567890abcdefghijklmnopqrstuvwx";
    const inline = parseConfig({ ...PROD, GOOGLE_SHEETS_SPREADSHEET_ID: `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`, GOOGLE_SERVICE_ACCOUNT_JSON: JSON.stringify(KEY) });
    expect(inline.sheets).toMatchObject({ target: "google-sheets", spreadsheetId: id, credentials: { kind: "serviceAccount", account: { client_email: KEY.client_email } } });
    const file = parseConfig({ ...PROD, GOOGLE_SHEETS_SPREADSHEET_ID: id, GOOGLE_SERVICE_ACCOUNT_JSON_FILE: "/keys/sa.json", GOOGLE_SHEETS_CAMPAIGN_ID: "ha-tinh-2024-h1" });
    expect(file.sheets).toEqual({ target: "google-sheets", spreadsheetId: id, credentials: { kind: "serviceAccountFile", file: "/keys/sa.json" }, campaignId: "ha-tinh-2024-h1" });
  });

  it("refuses incomplete or contradictory Google settings, naming each", () => {
    expect(problems({ ...PROD, GOOGLE_SHEETS_SPREADSHEET_ID: "abc" })).toContain("GOOGLE_SERVICE_ACCOUNT_JSON");
    expect(problems({ ...PROD, GOOGLE_SERVICE_ACCOUNT_JSON: JSON.stringify(KEY) })).toContain("GOOGLE_SHEETS_SPREADSHEET_ID");
    expect(problems({ ...PROD, GOOGLE_SHEETS_SPREADSHEET_ID: "abc", GOOGLE_SERVICE_ACCOUNT_JSON: "{not json" })).toContain("not JSON");
    expect(problems({ ...PROD, GOOGLE_SHEETS_SPREADSHEET_ID: "abc", GOOGLE_SERVICE_ACCOUNT_JSON: JSON.stringify({ ...KEY, type: "user" }) })).toContain("GOOGLE_SERVICE_ACCOUNT_JSON: type");
    expect(problems({ ...PROD, GOOGLE_SHEETS_SPREADSHEET_ID: "abc", GOOGLE_SERVICE_ACCOUNT_JSON: "{}", GOOGLE_SERVICE_ACCOUNT_JSON_FILE: "/k" })).toContain("not both");
    expect(problems({ ...PROD, GOOGLE_SHEETS_SPREADSHEET_ID: "a b", GOOGLE_SERVICE_ACCOUNT_JSON_FILE: "/k" })).toContain("GOOGLE_SHEETS_SPREADSHEET_ID");
    expect(problems({ ...PROD, SHEET_SYNC_MIN_INTERVAL_SEC: "1" })).toContain("SHEET_SYNC_MIN_INTERVAL_SEC");
  });

  it("accepts a test root URL and token only together, and only on loopback", () => {
    const local = { ...PROD, GOOGLE_SHEETS_SPREADSHEET_ID: "abc", SHEETS_TEST_ACCESS_TOKEN: "t" };
    for (const root of ["http://127.0.0.1:9000/x", "http://127.1:9000", "http://localhost:9000", "http://[::1]:9000"]) {
      expect(parseConfig({ ...local, SHEETS_ROOT_URL: root }).sheets).toMatchObject({ credentials: { kind: "testToken", accessToken: "t" } });
    }
    expect(parseConfig({ ...local, SHEETS_ROOT_URL: "http://127.1:9000/x" }).sheets).toMatchObject({ credentials: { rootUrl: "http://127.0.0.1:9000/" } });
    for (const root of ["https://sheets.googleapis.com", "http://10.0.0.5", "http://localhost.evil.example", "http://128.0.0.1"]) {
      expect(problems({ ...local, SHEETS_ROOT_URL: root })).toContain("SHEETS_ROOT_URL must point at this machine");
    }
    expect(problems({ ...local })).toContain("SHEETS_TEST_ACCESS_TOKEN is only accepted together");
    expect(problems({ ...PROD, GOOGLE_SHEETS_SPREADSHEET_ID: "abc", SHEETS_ROOT_URL: "http://127.0.0.1:9" })).toContain("needs SHEETS_TEST_ACCESS_TOKEN");
  });
});

describe("parseConfig: the Google Workspace add-on", () => {
  const SA = "service-1@gcp-sa-gsuiteaddons.iam.gserviceaccount.com";

  it("is off unless GOOGLE_ADDON_AUDIENCE is set", () => {
    expect(parseConfig({ CCHC_DEV_AUTH: "1" }).gworkspace).toBeUndefined();
  });

  it("takes the audience as the endpoint base, Google's JWKS by default, the user audience from the base", () => {
    const c = parseConfig({ ...PROD, GOOGLE_ADDON_AUDIENCE: "https://cchc.example.gov.vn/", GOOGLE_ADDON_SERVICE_ACCOUNT: SA });
    expect(c.gworkspace).toEqual({
      audience: "https://cchc.example.gov.vn",
      userAudience: "https://cchc.example.gov.vn",
      serviceAccount: SA,
      jwksUrl: "https://www.googleapis.com/oauth2/v3/certs",
    });
  });

  it("needs the service account with the audience, and the reverse", () => {
    expect(problems({ ...PROD, GOOGLE_ADDON_AUDIENCE: "https://cchc.example.gov.vn" })).toMatch(/GOOGLE_ADDON_SERVICE_ACCOUNT/);
    expect(problems({ ...PROD, GOOGLE_ADDON_SERVICE_ACCOUNT: SA })).toMatch(/needs GOOGLE_ADDON_AUDIENCE/);
  });

  it("accepts a local Docs/Drive endpoint only on loopback, and a link secret only when long enough", () => {
    const base = { ...PROD, GOOGLE_ADDON_AUDIENCE: "https://cchc.example.gov.vn", GOOGLE_ADDON_SERVICE_ACCOUNT: SA };
    expect(problems({ ...base, GOOGLE_API_ROOT_URL: "https://docs.googleapis.com/" })).toMatch(/GOOGLE_API_ROOT_URL must point at this machine/);
    expect(parseConfig({ ...base, GOOGLE_API_ROOT_URL: "http://127.0.0.1:9999/x" }).googleApiRootUrl).toBe("http://127.0.0.1:9999/");
    expect(problems({ ...base, GOOGLE_ADDON_LINK_SECRET: "short" })).toMatch(/GOOGLE_ADDON_LINK_SECRET/);
  });
});
