import { remediesTab, REMEDY_STATE, shortcomingsTab } from "../../../functions/sync/summary-tabs";
import { documentLinkOf } from "../../../functions/sync/sheet-model";
import type { CampaignSummary } from "../../../shared/api/summary";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";

const link = documentLinkOf({ publicUrl: "https://api.example", openUrl: "https://pane.example/open.html" });
const field = (key: string, units: CampaignSummary["shortcomingsByField"][number]["units"]) => ({
  field: key,
  name: HA_TINH_2024.fields.find((f) => f.key === key)?.name ?? key,
  units,
});

const summary: CampaignSummary = {
  campaignId: "c",
  asOf: "2024-10-05T03:00:00.000Z",
  reporting: { units: 3, submitted: 2, onTime: 2, late: 0, missing: 0, overdue: 1, accepted: 0, returned: 0 },
  inspected: { units: 0, total: 0, unitsOfTotal: 0, reports: 0 },
  shortcomingsByField: HA_TINH_2024.fields.map((f) =>
    f.key === "b"
      ? field("b", [{ unitId: "d443", unitName: "UBND huyện Can Lộc", submissionId: "c.d443.v2", excerpt: "Văn bản chậm" }])
      : f.key === "g"
        ? field("g", [
            { unitId: "stp", unitName: "Sở Tư pháp", submissionId: "c.stp.v1", excerpt: "Số hóa thấp" },
            { unitId: "d443", unitName: "UBND huyện Can Lộc", submissionId: "c.d443.v2", excerpt: "=1+1 chuyển đổi số" },
          ])
        : field(f.key, []),
  ),
  remedies: [
    { unitId: "d443", unitName: "UBND huyện Can Lộc", submissionId: "c.d443.v2", text: "Rà soát", deadlineAt: "2024-07-31T16:59:59.999Z", overdue: true, field: "b" },
    { unitId: "stp", unitName: "Sở Tư pháp", submissionId: "c.stp.v1", text: "Số hóa", deadlineAt: "2024-12-31T16:59:59.999Z", overdue: false },
    { unitId: "stp", unitName: "Sở Tư pháp", submissionId: "c.stp.v1", text: "Kiểm tra thường xuyên", deadlineAt: null, overdue: false },
  ],
  proposals: [],
  units: [],
};

describe("the sheet's content tabs", () => {
  it("Tồn tại theo lĩnh vực: one row per unit, one column per field in the campaign's order, excerpts in place", () => {
    const tab = shortcomingsTab(summary, link);
    expect(tab.header).toEqual(["Mã đơn vị", "Tên đơn vị", ...HA_TINH_2024.fields.map((f) => f.name), "Liên kết văn bản"]);
    expect(tab.widths).toHaveLength(tab.header.length);
    const b = 2 + HA_TINH_2024.fields.findIndex((f) => f.key === "b");
    const g = 2 + HA_TINH_2024.fields.findIndex((f) => f.key === "g");
    expect(tab.rows).toHaveLength(2);
    const d443 = tab.rows.find((r) => r[0] === "d443")!;
    expect([d443[b], d443[g], d443.at(-1)]).toEqual(["Văn bản chậm", "=1+1 chuyển đổi số", "https://pane.example/open.html?submission=c.d443.v2"]);
    expect(tab.rows.find((r) => r[0] === "stp")?.[b]).toBe("");
  });

  it("Giải pháp và thời hạn: one row per remedy, dd/mm/yyyy, overdue / still open / no deadline", () => {
    const tab = remediesTab(summary, link);
    expect(tab.rows).toEqual([
      ["d443", "UBND huyện Can Lộc", "Cải cách thể chế", "Rà soát", "31/07/2024", REMEDY_STATE.overdue, "https://pane.example/open.html?submission=c.d443.v2"],
      ["stp", "Sở Tư pháp", "", "Số hóa", "31/12/2024", REMEDY_STATE.open, "https://pane.example/open.html?submission=c.stp.v1"],
      ["stp", "Sở Tư pháp", "", "Kiểm tra thường xuyên", "", REMEDY_STATE.none, "https://pane.example/open.html?submission=c.stp.v1"],
    ]);
    expect(REMEDY_STATE.overdue).toBe("Quá hạn khắc phục");
  });

  it("links go to the open page, escaped; without one configured, to the API as before", () => {
    expect(link("c.d443.v2")).toBe("https://pane.example/open.html?submission=c.d443.v2");
    expect(documentLinkOf({ publicUrl: "https://api.example/" })("c.stp.v1")).toBe("https://api.example/api/submissions/c.stp.v1/document");
    expect(documentLinkOf({ publicUrl: "", openUrl: "https://p/open.html?x=1" })("a b")).toBe("https://p/open.html?x=1&submission=a%20b");
  });
});
