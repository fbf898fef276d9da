import { readDocx } from "../../../docx/read";
import { CampaignSummarySchema } from "../../../shared/api/summary";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { checkDocument } from "../../../shared/rules";
import { computeStatus } from "../../../shared/status/aggregate";
import { compileSummary, extractReport, type SummaryReport } from "../../../shared/summary";
import { HA_TINH_2024_UNITS } from "../../../shared/units/ha-tinh-2024";
import { variedReports } from "./varied";

const units = HA_TINH_2024_UNITS;
const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? id;

/** Each report as a submission received on `receivedAt`, extracted as the server does at acceptance. */
async function reports(receivedAt: string): Promise<SummaryReport[]> {
  const out: SummaryReport[] = [];
  for (const r of variedReports()) {
    const read = await readDocx(r.bytes);
    if (!read.ok) throw new Error(read.error.code);
    expect(checkDocument(read.model, HA_TINH_2024).filter((f) => f.severity === "error")).toEqual([]);
    const extract = extractReport(read.model, HA_TINH_2024);
    out.push({ unitId: r.unitId, unitName: nameOf(r.unitId), submissionId: `${HA_TINH_2024.id}.${r.unitId}.v1`, receivedAt, extract });
  }
  return out;
}

function summaryAt(now: string, rs: SummaryReport[]) {
  const progress = rs.map((r) => ({ unitId: r.unitId, latestVersion: 1, firstAt: r.receivedAt, latestAt: r.receivedAt }));
  const status = computeStatus({ campaign: HA_TINH_2024, units, progress, now: new Date(now) });
  return CampaignSummarySchema.parse(compileSummary({ campaign: HA_TINH_2024, status, reports: rs, now: new Date(now) }));
}

describe("compileSummary on varied reports", () => {
  it("totals reporting and inspected units over the reports that state a figure", async () => {
    const s = summaryAt("2024-06-29T00:00:00Z", await reports("2024-06-28T03:00:00Z"));
    expect(s.reporting).toMatchObject({ units: units.length, submitted: 3, onTime: 3, late: 0 });
    // stp 08/12, d443 "11 cơ quan, đơn vị" (no total), snv 5/5.
    expect(s.inspected).toEqual({ units: 8 + 11 + 5, total: 12 + 5, unitsOfTotal: 8 + 5, reports: 3 });
    expect(s.units.filter((u) => u.submissionId).map((u) => [u.unitId, u.inspected])).toEqual(
      expect.arrayContaining([
        ["stp", { count: 8, total: 12, ratio: 66.7 }],
        ["d443", { count: 11 }],
        ["snv", { count: 5, total: 5, ratio: 100 }],
      ]),
    );
    expect(s.units).toHaveLength(units.length);
  });

  it("groups shortcomings by the campaign's seven fields, in the campaign's order, with each unit's excerpt", async () => {
    const s = summaryAt("2024-06-29T00:00:00Z", await reports("2024-06-28T03:00:00Z"));
    expect(s.shortcomingsByField.map((f) => f.field)).toEqual(HA_TINH_2024.fields.map((f) => f.key));
    const unitsIn = (key: string) => s.shortcomingsByField.find((f) => f.field === key)?.units.map((u) => u.unitId).sort();
    expect(unitsIn("a")).toEqual([]);
    expect(unitsIn("b")).toEqual(["d443"]);
    expect(unitsIn("c")).toEqual(["d443", "stp"]);
    expect(unitsIn("d")).toEqual(["d443"]);
    expect(unitsIn("đ")).toEqual(["snv"]);
    expect(unitsIn("e")).toEqual([]);
    expect(unitsIn("g")).toEqual(["stp"]);
    const d = s.shortcomingsByField.find((f) => f.field === "d")?.units[0];
    expect(d).toMatchObject({ unitName: "UBND huyện Can Lộc", submissionId: "ha-tinh-2024-h1.d443.v1" });
    expect(d?.excerpt).toContain("sắp xếp các phòng chuyên môn còn chậm");
  });

  it("lists remedies by deadline, vague ones last, and marks overdue only those past due that nobody followed up", async () => {
    const rs = await reports("2024-06-28T03:00:00Z");
    const before = summaryAt("2024-06-29T00:00:00Z", rs);
    expect(before.remedies.map((m) => [m.unitId, m.deadlineAt?.slice(0, 10) ?? null, m.overdue])).toEqual([
      ["d443", "2024-07-31", false],
      ["stp", "2024-09-30", false],
      ["snv", "2024-10-31", false],
      ["d443", "2024-11-15", false],
      ["stp", "2024-12-31", false],
      ["snv", null, false],
    ]);
    const later = summaryAt("2024-10-05T00:00:00Z", rs);
    expect(later.remedies.filter((m) => m.overdue).map((m) => [m.unitId, m.deadlineAt?.slice(0, 10)])).toEqual([
      ["d443", "2024-07-31"],
      ["stp", "2024-09-30"],
    ]);
    // stp reported again on 01/10: its 30/9 remedy has been followed up; d443's July one has not.
    const again = rs.map((r) => (r.unitId === "stp" ? { ...r, receivedAt: "2024-10-01T02:00:00Z" } : r));
    expect(summaryAt("2024-10-05T00:00:00Z", again).remedies.filter((m) => m.overdue).map((m) => m.unitId)).toEqual(["d443"]);
  });

  it("collects proposals per unit and leaves out a unit that made none", async () => {
    const s = summaryAt("2024-06-29T00:00:00Z", await reports("2024-06-28T03:00:00Z"));
    expect(s.proposals.map((p) => p.unitId).sort()).toEqual(["d443", "d443", "stp"]);
  });

  it("lists reports of units outside the registry after the registry's units", async () => {
    const [first] = await reports("2024-06-28T03:00:00Z");
    if (!first) throw new Error("no report");
    const s = summaryAt("2024-06-29T00:00:00Z", [{ ...first, unitId: "bao-cao-giay.docx", unitName: "bao-cao-giay.docx", submissionId: undefined }]);
    expect(s.units.at(-1)).toMatchObject({ unitId: "bao-cao-giay.docx", inspected: { count: 8, total: 12 } });
    expect(s.units.at(-1)?.status).toBeUndefined();
  });
});
