/**
 * Issue 10 §5–6: what a signed-in caller can learn or grow by sending ids. Ids that failed validation never reach the
 * audit log verbatim, rejected attempts are rate limited per account, and a document id is authorised on the unit it
 * names before anything is looked up (403 for another unit whether or not the submission exists).
 */
import { makeFilledReportDocx } from "../fixtures/reports";
import { auth, HA_TINH, startApi, submitInit, type Api } from "../integration/api/harness";

let api: Api;
const at = new Date("2024-06-20T02:00:00Z");
beforeAll(async () => {
  // A fixed clock: the rejected-attempt allowance never refills during the test.
  api = await startApi({ now: () => at, env: { REJECTED_PER_MINUTE: "3" } });
});
afterAll(() => api.stop());

const submissions = (campaignId: string, unitId: string) => `${api.url}/campaigns/${campaignId}/units/${unitId}/submissions`;

async function auditOf(campaignId: string): Promise<{ unitId: string; code: string; outcome: string }[]> {
  return (await api.deps.store.listAudit(campaignId, 1000)) as { unitId: string; code: string; outcome: string }[];
}

describe("audit ids", () => {
  it("stores a short stub of an unknown unit id, never the caller's 7,000 characters", async () => {
    const clerk = await api.token({ unitId: "snv" });
    const long = "x".repeat(7000);
    const res = await fetch(submissions(HA_TINH, long), submitInit(clerk, makeFilledReportDocx("snv")));
    expect(res.status).toBe(404);
    const lines = await auditOf(HA_TINH);
    const line = lines.find((l) => l.code === "unit.notFound");
    expect(line?.unitId).toMatch(/^\?x{40}…$/);
    expect(JSON.stringify(lines)).not.toContain("x".repeat(41));
  });

  it("stores nothing for a campaign that does not exist", async () => {
    const clerk = await api.token({ unitId: "stp" });
    const campaign = `c${"y".repeat(5000)}`;
    expect((await fetch(submissions(campaign, "stp"), submitInit(clerk, makeFilledReportDocx("stp")))).status).toBe(404);
    expect(await api.deps.store.listAudit(campaign, 10)).toEqual([]);
  });

  it("rate limits an account's rejected attempts: 429 with Retry-After once its allowance is spent", async () => {
    const clerk = await api.token({ unitId: "sxd" });
    const before = (await auditOf(HA_TINH)).length;
    const statuses: number[] = [];
    // Another unit's submission route: each attempt is a rejected (403) attempt of this account.
    for (let i = 0; i < 5; i++) statuses.push((await fetch(submissions(HA_TINH, "syt"), submitInit(clerk, makeFilledReportDocx("syt")))).status);
    expect(statuses).toEqual([403, 403, 403, 429, 429]);
    expect((await auditOf(HA_TINH)).length - before).toBe(3);
    const limited = await fetch(submissions(HA_TINH, "syt"), submitInit(clerk, makeFilledReportDocx("syt")));
    expect(limited.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    // Other accounts are not affected.
    const other = await api.token({ unitId: "syt" });
    expect((await fetch(submissions(HA_TINH, "syt"), submitInit(other, makeFilledReportDocx("syt")))).status).toBe(201);
  });
});

describe("document ids", () => {
  it("answers another unit's id 403 whether or not the submission exists", async () => {
    const stc = await api.token({ unitId: "stc" });
    const snv = await api.token({ unitId: "snv" });
    const missing = `${api.url}/submissions/${HA_TINH}.stc.v99/document`;
    expect((await fetch(missing, auth(snv))).status).toBe(403);
    const receipt = (await (await fetch(submissions(HA_TINH, "stc"), submitInit(stc, makeFilledReportDocx("stc")))).json()) as {
      submissionId: string;
    };
    const existing = `${api.url}/submissions/${encodeURIComponent(receipt.submissionId)}/document`;
    expect((await fetch(existing, auth(snv))).status).toBe(403);
    // The unit's own clerk and the secretariat: 200 for what exists, 404 for what does not.
    expect((await fetch(existing, auth(stc))).status).toBe(200);
    expect((await fetch(missing, auth(stc))).status).toBe(404);
    const secretariat = await api.token({ role: "secretariat" });
    expect((await fetch(missing, auth(secretariat))).status).toBe(404);
    // Not an id at all: 404 for everyone, nothing to learn.
    expect((await fetch(`${api.url}/submissions/not-an-id/document`, auth(snv))).status).toBe(404);
  });
});
