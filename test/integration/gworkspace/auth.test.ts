/**
 * Every add-on request proves where it comes from (Google's system ID token for this add-on's service account) and
 * who clicked (the user's ID token in the event). Forged, mis-addressed, expired or unsigned tokens are refused
 * with 401 before any data is read; a verified account that is not in the accounts file gets a card saying whom
 * to ask, and nothing else.
 */
import { base64url } from "jose";
import { ADDON_SA, BASE, CLERK, startAddonHost, textOf, type AddonHost } from "./harness";
import { RenderActionsSchema } from "../../../shared/gworkspace/card";

let host: AddonHost;
beforeAll(async () => {
  host = await startAddonHost();
  host.docs.create("doc-a");
});
afterAll(async () => {
  await host.stop();
});

const HOME = "gworkspace/docs/homepage";

async function status(auth: string | null, event?: unknown): Promise<{ status: number; code?: string }> {
  const res = await host.post(HOME, event ?? (await host.docsEvent(CLERK, "doc-a")), auth);
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, ...(body.error ? { code: body.error.code } : {}) };
}

const bearer = (t: string) => `Bearer ${t}`;

test("a request with a valid system token and user token is answered", async () => {
  expect((await status(bearer(await host.systemToken()))).status).toBe(200);
  // The endpoint's own URL is an accepted audience too (Google's default for HTTP triggers).
  expect((await status(bearer(await host.systemToken({ aud: `${BASE}/api/${HOME}` })))).status).toBe(200);
});

describe("system ID token (Authorization header)", () => {
  test.each([
    ["missing", null, "auth.missingToken"],
    ["not a JWT", "Bearer abc", "auth.invalidToken"],
  ])("%s → 401", async (_name, auth, code) => {
    expect(await status(auth)).toEqual({ status: 401, code });
  });

  test.each<[string, Parameters<AddonHost["systemToken"]>[0], string]>([
    ["wrong audience", { aud: "https://attacker.example" }, "auth.invalidToken"],
    ["another endpoint's URL as audience", { aud: `${BASE}/api/gworkspace/docs/submit` }, "auth.invalidToken"],
    ["wrong service account", { email: "service-999@gcp-sa-gsuiteaddons.iam.gserviceaccount.com" }, "auth.invalidToken"],
    ["a user's token instead of the service account's", { email: CLERK }, "auth.invalidToken"],
    ["expired", { expiresIn: -3600 }, "auth.expiredToken"],
    ["signed by a key Google does not publish", { forged: true }, "auth.invalidToken"],
    ["wrong issuer", { iss: "https://evil.example" }, "auth.invalidToken"],
  ])("%s → 401", async (_name, claims, code) => {
    expect(await status(bearer(await host.systemToken(claims)))).toEqual({ status: 401, code });
  });
});

describe("user ID token (authorizationEventObject.userIdToken)", () => {
  async function withUser(userIdToken: string | undefined) {
    const event = await host.docsEvent(CLERK, "doc-a");
    const auth = event["authorizationEventObject"] as Record<string, unknown>;
    if (userIdToken === undefined) delete auth["userIdToken"];
    else auth["userIdToken"] = userIdToken;
    return status(bearer(await host.systemToken()), event);
  }

  test("unsigned (alg none) → 401", async () => {
    const header = base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }));
    const nowSec = Math.floor(host.now.getTime() / 1000);
    const payload = base64url.encode(
      JSON.stringify({ iss: "https://accounts.google.com", aud: BASE, sub: "x", email: CLERK, email_verified: true, iat: nowSec, exp: nowSec + 600 }),
    );
    expect(await withUser(`${header}.${payload}.`)).toEqual({ status: 401, code: "auth.invalidToken" });
  });

  test.each<[string, Parameters<AddonHost["systemToken"]>[0], string]>([
    ["wrong audience", { aud: "https://other-addon.example" }, "auth.invalidToken"],
    ["expired", { expiresIn: -60 }, "auth.expiredToken"],
    ["forged", { forged: true }, "auth.invalidToken"],
    ["e-mail not verified", { email_verified: false }, "auth.invalidToken"],
  ])("%s → 401", async (_name, claims, code) => {
    expect(await withUser(await host.userToken(CLERK, claims))).toEqual({ status: 401, code });
  });

  test("missing → 401", async () => {
    expect(await withUser(undefined)).toEqual({ status: 401, code: "auth.missingToken" });
  });

  test("the add-on's service account token passed off as a user → 401 (it has no verified e-mail of a person)", async () => {
    expect((await withUser(await host.keys.sign({ aud: BASE, email: ADDON_SA }, host.now))).status).toBe(401);
  });
});

test("a verified Google account that is not in the accounts file gets whom to ask, never data", async () => {
  const event = await host.docsEvent("stranger@gmail.com", "doc-a", { campaignId: "ha-tinh-2024-h1" });
  for (const path of [HOME, "gworkspace/docs/check", "gworkspace/docs/insert", "gworkspace/docs/submit"]) {
    const res = await host.post(path, event);
    expect(res.status).toBe(200);
    const a = RenderActionsSchema.parse(await res.json());
    const text = textOf(a);
    expect(text).toContain("stranger@gmail.com");
    expect(text).toContain("Sở Nội vụ");
    expect(text).not.toContain("Hạn nộp");
  }
  expect(host.docs.doc("doc-a").namedRanges).toHaveLength(0);
  expect(host.docs.requests).toHaveLength(0);
});

test("a malformed event is refused with 400 after the system token is checked", async () => {
  const res = await host.post(HOME, { commonEventObject: { hostApp: "PAINT" } });
  expect(res.status).toBe(400);
});

test("a refusal is logged for the operator with what failed (Google shows the user a generic error)", async () => {
  const event = await host.docsEvent(CLERK, "doc-a");
  (event["authorizationEventObject"] as Record<string, unknown>)["userIdToken"] = await host.userToken(CLERK, { aud: "123-client.apps.googleusercontent.com" });
  const before = host.api.logs.length;
  expect((await host.post(HOME, event)).status).toBe(401);
  expect(host.api.logs.slice(before).join("\n")).toMatch(/gworkspace gworkspace\/docs\/homepage: refused: .*user token/);
});
