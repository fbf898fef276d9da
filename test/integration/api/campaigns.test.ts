/**
 * Campaigns carry their own units through the HTTP API: the 2024 campaign with districts, the present-day [DEMO]
 * campaign two-tier, and a campaign from CCHC_CAMPAIGNS_FILE with the units file it names.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compose } from "../../../functions/compose";
import { parseConfig } from "../../../functions/config";
import { CampaignListSchema, UnitDueListSchema } from "../../../shared/api/campaigns";
import { MeSchema } from "../../../shared/api/me";
import { StatusDocumentSchema } from "../../../shared/api/status";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { LEVELS_TWO_TIER } from "../../../shared/campaign/levels";
import { makeFilledReportDocx } from "../../fixtures/reports";
import { auth, HA_TINH, startApi, submitInit, type Api } from "./harness";

const NEW = "ha-tinh-2027-h1";
const dir = mkdtempSync(join(tmpdir(), "cchc-campaigns-"));
let api: Api;
let demo: string;

beforeAll(async () => {
  const campaign = {
    ...HA_TINH_2024,
    id: NEW,
    year: 2027,
    name: "Báo cáo kết quả công tác kiểm tra, tự kiểm tra CCHC 6 tháng đầu năm 2027",
    levels: LEVELS_TWO_TIER,
    deadlines: { inclusiveEndOfDay: true, rules: [{ due: "2027-06-30", label: "Tất cả đơn vị" }] },
    unitsFile: "units-2027.csv",
  };
  writeFileSync(join(dir, "campaigns.json"), JSON.stringify([campaign]));
  writeFileSync(
    join(dir, "units-2027.csv"),
    "id,name,shortCode,level,parentId,parentName,place,subordinateCount,email\n" +
      "snv,Sở Nội vụ,SNV,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,9,vanthu@snv.example.vn\n" +
      "xa-dong-tien,UBND xã Đồng Tiến,UBND,commune,,,Đồng Tiến,,\n",
  );
  api = await startApi({ env: { CCHC_CAMPAIGNS_FILE: join(dir, "campaigns.json") } });
  const campaigns = CampaignListSchema.parse(await (await fetch(`${api.url}/campaigns`)).json());
  demo = campaigns.find((c) => c.demo)?.id ?? "";
});
afterAll(async () => {
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

const units = async (campaignId: string) => UnitDueListSchema.parse(await (await fetch(`${api.url}/campaigns/${campaignId}/units`)).json());

async function status(campaignId: string) {
  const res = await fetch(`${api.url}/campaigns/${campaignId}/status`, auth(await api.token({ role: "secretariat" })));
  expect(res.status).toBe(200);
  return StatusDocumentSchema.parse(await res.json());
}

describe("per-campaign units over HTTP", () => {
  it("GET …/units answers with the campaign's own units", async () => {
    const old = await units(HA_TINH);
    expect(old.filter((u) => u.level === "district")).toHaveLength(13);
    const now = await units(demo);
    expect(now.map((u) => u.level)).not.toContain("district");
    expect(now.find((u) => u.id === "phuong-thanh-sen")).toMatchObject({ name: "UBND phường Thành Sen", level: "commune" });
    expect(now.every((u) => Date.parse(u.dueAt) > Date.now())).toBe(true);
    expect((await units(NEW)).map((u) => [u.id, u.subordinateCount])).toEqual([["snv", 9], ["xa-dong-tien", null]]);
  });

  it("GET /campaigns/{id} carries the campaign's levels with their labels, and its own period wording", async () => {
    const res = await fetch(`${api.url}/campaigns/${demo}`);
    const campaign = CampaignListSchema.element.parse(await res.json());
    expect(campaign.levels.map((l) => l.id)).toEqual(["province_dept", "central_agency", "commune"]);
    expect(campaign.levels[2]?.label).toMatch(/^UBND cấp xã/);
    expect(campaign.outline.subject).toContain(campaign.period);
    expect(campaign.outline.subject).not.toContain("2024");
  });

  it("status byLevel keys are each campaign's own levels", async () => {
    expect(Object.keys((await status(HA_TINH)).byLevel)).toEqual(["province_dept", "central_agency", "district", "commune"]);
    const d = await status(demo);
    expect(Object.keys(d.byLevel)).toEqual(["province_dept", "central_agency", "commune"]);
    expect(d.units.map((u) => u.unitId)).toContain("xa-ky-anh");
    expect(d.byLevel.commune?.units).toBe(d.units.filter((u) => u.level === "commune").length);
    const csv = await fetch(`${api.url}/campaigns/${demo}/status.csv`, auth(await api.token({ role: "secretariat" })));
    expect(await csv.text()).toContain(`UBND phường Thành Sen,"UBND cấp xã (xã, phường, đặc khu)",`);
  });

  it("a unit submits only in a campaign that has it; /me names the clerk's campaigns", async () => {
    const district = await api.token({ unitId: "d443" });
    const body = makeFilledReportDocx("d443");
    const inDemo = await fetch(`${api.url}/campaigns/${demo}/units/d443/submissions`, submitInit(district, body));
    expect(inDemo.status).toBe(404);
    expect(await inDemo.json()).toMatchObject({ error: { code: "unit.notFound" } });
    expect(MeSchema.parse(await (await fetch(`${api.url}/me`, auth(district))).json()).campaignIds).toEqual([HA_TINH]);

    const ward = await api.token({ unitId: "phuong-thanh-sen" });
    expect(MeSchema.parse(await (await fetch(`${api.url}/me`, auth(ward))).json()).campaignIds).toEqual([demo]);
    const campaign = CampaignListSchema.element.parse(await (await fetch(`${api.url}/campaigns/${demo}`)).json());
    const res = await fetch(`${api.url}/campaigns/${demo}/units/phuong-thanh-sen/submissions`, submitInit(ward, makeFilledReportDocx("phuong-thanh-sen", {}, campaign)));
    expect(res.status).toBe(201);
    const snv = await api.token({ unitId: "snv" });
    expect(MeSchema.parse(await (await fetch(`${api.url}/me`, auth(snv))).json()).campaignIds).toEqual([HA_TINH, NEW, demo]);
  });

  it("a units file whose levels the campaign does not have stops the host at start, naming the row", async () => {
    writeFileSync(join(dir, "units-2027.csv"), "id,name,shortCode,level,place\nd443,UBND huyện Can Lộc,UBND,district,Can Lộc\n");
    const config = parseConfig({ CCHC_DATA_DIR: dir, CCHC_DEV_AUTH: "1", CCHC_CAMPAIGNS_FILE: join(dir, "campaigns.json") });
    await expect(compose(config)).rejects.toThrow(/config\.invalid: units-2027\.csv: Line 2: level "district" is not a level of the campaign/);
  });
});
