import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { dueFor } from "../../../shared/campaign/deadline";
import { makeDemoCampaign } from "../../../shared/campaign/demo";
import { computeStatus, type UnitProgress } from "../../../shared/status/aggregate";
import { generateUnits } from "../../../shared/units/generate";
import type { Unit } from "../../../shared/units/schema";
import { StatusDocumentSchema } from "../../../shared/api/status";

const unit = (id: string, level: Unit["level"], subordinateCount: number | null): Unit => ({
  id,
  name: `Đơn vị ${id}`,
  shortCode: id.toUpperCase(),
  level,
  place: "Hà Tĩnh",
  subordinateCount,
});

// < 15 subordinates → due 30/6/2024 (end of day, UTC+7); >= 15 → 30/9/2024.
const units = [
  unit("a", "province_dept", 5),
  unit("b", "province_dept", 20),
  unit("c", "district", 30),
  unit("d", "commune", null),
  unit("e", "commune", 3),
];
const juneDue = "2024-06-30T16:59:59.999Z";

function progress(unitId: string, firstAt: string, latestVersion = 1, latestAt = firstAt): UnitProgress {
  return { unitId, latestVersion, firstAt, latestAt };
}

describe("computeStatus", () => {
  it("classifies by first submission against the unit's own deadline, and unsubmitted by now vs due", () => {
    const doc = computeStatus({
      campaign: HA_TINH_2024,
      units,
      progress: [
        progress("a", "2024-06-30T16:59:59.999Z", 3, "2024-08-01T00:00:00.000Z"), // last ms of 30/6 → on time
        progress("b", "2024-10-01T00:00:00.000Z"), // after 30/9 → late
        progress("ghost", "2024-06-01T00:00:00.000Z"), // not in the registry: ignored
      ],
      now: new Date("2024-07-15T00:00:00Z"),
    });
    expect(StatusDocumentSchema.parse(doc)).toEqual(doc);
    const byId = Object.fromEntries(doc.units.map((u) => [u.unitId, u]));
    expect(byId["a"]).toMatchObject({ status: "on_time", version: 3, submittedAt: "2024-06-30T16:59:59.999Z", dueAt: juneDue });
    expect(byId["a"]?.lastSubmittedAt).toBe("2024-08-01T00:00:00.000Z");
    expect(byId["b"]?.status).toBe("late");
    expect(byId["c"]).toMatchObject({ status: "missing", version: null, submittedAt: null }); // due 30/9, now 15/7
    expect(byId["d"]?.status).toBe("overdue"); // unknown count → June group
    expect(byId["e"]?.status).toBe("overdue");
    expect(doc.units.map((u) => u.unitId)).toEqual(["a", "b", "c", "d", "e"]);
    expect(doc.totals).toEqual({ units: 5, submitted: 2, onTime: 1, late: 1, missing: 1, overdue: 2, accepted: 0, returned: 0 });
    expect(doc.byLevel.province_dept).toEqual({ units: 2, submitted: 2, onTime: 1, late: 1, missing: 0, overdue: 0, accepted: 0, returned: 0 });
    expect(doc.byLevel.commune).toEqual({ units: 2, submitted: 0, onTime: 0, late: 0, missing: 0, overdue: 2, accepted: 0, returned: 0 });
    expect(doc.byLevel.central_agency).toEqual({ units: 0, submitted: 0, onTime: 0, late: 0, missing: 0, overdue: 0, accepted: 0, returned: 0 });
    expect(doc.asOf).toBe("2024-07-15T00:00:00.000Z");
  });

  it("turns missing into overdue exactly after the due instant", () => {
    const at = (iso: string) =>
      computeStatus({ campaign: HA_TINH_2024, units: [units[0]!], progress: [], now: new Date(iso) }).units[0]?.status;
    expect(at(juneDue)).toBe("missing");
    expect(at("2024-06-30T17:00:00.000Z")).toBe("overdue");
  });

  // Linearity (per-unit time at 50,000 vs 1,000 units) is measured in bench/aggregate.ts.
  it("aggregates 50,000 units and the totals equal a recount", () => {
    const many = generateUnits(50_000);
    const submitted = many.filter((_, i) => i % 3 === 0).map((u, i) => progress(u.id, i % 2 ? "2024-06-01T00:00:00Z" : "2024-12-01T00:00:00Z"));
    const doc = computeStatus({ campaign: HA_TINH_2024, units: many, progress: submitted, now: new Date("2024-08-01T00:00:00Z") });
    const recount = (s: string) => doc.units.filter((u) => u.status === s).length;
    expect(doc.totals).toEqual({
      units: 50_000,
      submitted: submitted.length,
      onTime: recount("on_time"),
      late: recount("late"),
      missing: recount("missing"),
      overdue: recount("overdue"),
      accepted: 0,
      returned: 0,
    });
    const levelSum = Object.values(doc.byLevel).reduce((n, t) => n + t.units, 0);
    expect(levelSum).toBe(50_000);
    // Every unit keeps the deadline of its own group.
    const sample = many[7]!;
    expect(doc.units[7]?.dueAt).toBe(dueFor(HA_TINH_2024, sample).dueAt);
  });

  it("byLevel keys are the campaign's own levels: a two-tier campaign has no district", () => {
    const demo = makeDemoCampaign({ year: 2026, month: 12, day: 3 });
    const twoTier = units.filter((u) => u.level !== "district");
    const doc = computeStatus({ campaign: demo, units: twoTier, progress: [], now: new Date("2026-12-03T00:00:00Z") });
    expect(Object.keys(doc.byLevel)).toEqual(["province_dept", "central_agency", "commune"]);
    expect(doc.byLevel.commune?.units).toBe(2);
    const old = computeStatus({ campaign: HA_TINH_2024, units: [], progress: [], now: new Date("2024-07-15T00:00:00Z") });
    expect(Object.keys(old.byLevel)).toEqual(["province_dept", "central_agency", "district", "commune"]);
  });

  it("counts a review only while its version is the latest: a newer version is pending again", () => {
    const doc = computeStatus({
      campaign: HA_TINH_2024,
      units,
      progress: [progress("a", "2024-06-01T00:00:00.000Z", 2), progress("b", "2024-06-01T00:00:00.000Z"), progress("c", "2024-06-02T00:00:00.000Z")],
      reviews: [
        { unitId: "a", version: 1, decision: "returned", comment: "Thiếu mục III" },
        { unitId: "b", version: 1, decision: "returned", comment: "Thiếu chữ ký" },
        { unitId: "c", version: 1, decision: "accepted", comment: "" },
        { unitId: "ghost", version: 1, decision: "accepted", comment: "" },
      ],
      reminders: [
        { unitId: "d", sentAt: "2024-06-23T01:00:00.000Z" },
        { unitId: "d", sentAt: "2024-06-28T01:00:00.000Z" },
        { unitId: "e", sentAt: null },
      ],
      now: new Date("2024-06-29T00:00:00Z"),
    });
    expect(StatusDocumentSchema.parse(doc)).toEqual(doc);
    const byId = Object.fromEntries(doc.units.map((u) => [u.unitId, u]));
    expect(byId["a"]).toMatchObject({ review: "pending", reviewComment: null });
    expect(byId["b"]).toMatchObject({ review: "returned", reviewComment: "Thiếu chữ ký" });
    expect(byId["c"]).toMatchObject({ review: "accepted", reviewComment: "" });
    expect(byId["d"]).toMatchObject({ review: "pending", lastRemindedAt: "2024-06-28T01:00:00.000Z" });
    expect(byId["e"]?.lastRemindedAt).toBeNull();
    expect(doc.totals).toMatchObject({ submitted: 3, accepted: 1, returned: 1 });
    expect(doc.byLevel.province_dept).toMatchObject({ accepted: 0, returned: 1 });
    expect(doc.byLevel.district).toMatchObject({ accepted: 1, returned: 0 });
  });
});
