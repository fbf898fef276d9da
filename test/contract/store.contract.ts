/**
 * One contract for every SubmissionStore adapter (SQLite, Cosmos). Each test opens a fresh fixture, so adapters are
 * compared on the same behaviour: gapless versions, idempotent replays under concurrency, per-unit state, audit and
 * dirty marks, persistence across a reopen.
 */
import type { NewSubmission, ReminderRecord, ReviewRecord, SubmissionRecord, SubmissionStore } from "../../functions/store/port";
import { StoreUnavailableError } from "../../functions/store/port";

export interface StoreFixture {
  /** Opens a store over the fixture's backing data; calling it again after close() reopens the same data. */
  open(): Promise<SubmissionStore>;
  /** Removes the backing data (temp file, database). */
  dispose(): Promise<void>;
}

export function newSubmission(overrides: Partial<NewSubmission> = {}): NewSubmission {
  return {
    campaignId: "ht-2024",
    unitId: "snv",
    idempotencyKey: "key-1",
    receivedAt: "2024-12-10T03:00:00.000Z",
    dueAt: "2024-12-15T16:59:59.999Z",
    onTime: true,
    sha256: "a".repeat(64),
    sizeBytes: 1234,
    submittedBy: "clerk@snv",
    findings: [{ code: "section.emptyOptional", severity: "warning", message: "Mục IV để trống", messageEn: "Section IV is empty" }],
    ...overrides,
  };
}

function review(overrides: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    submissionId: "ht-2024.snv.v1",
    campaignId: "ht-2024",
    unitId: "snv",
    version: 1,
    decision: "returned",
    comment: "Thiếu thời hạn khắc phục ở mục III.",
    by: "snv-secretariat",
    at: "2024-12-11T02:00:00.000Z",
    ...overrides,
  };
}

export function reminder(overrides: Partial<ReminderRecord> = {}): ReminderRecord {
  return {
    campaignId: "ht-2024",
    unitId: "snv",
    kind: "before-7",
    to: ["vanthu@snv.hatinh.gov.vn"],
    state: "sending",
    attempts: 1,
    claimedAt: "2024-06-23T01:00:00.000Z",
    updatedAt: "2024-06-23T01:00:00.000Z",
    nextAttemptAt: "2024-06-23T01:10:00.000Z",
    sentAt: null,
    error: null,
    ...overrides,
  };
}

export function runStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`SubmissionStore contract: ${name}`, () => {
    let fixture: StoreFixture;
    let store: SubmissionStore;

    beforeEach(async () => {
      fixture = await makeStore();
      store = await fixture.open();
    });
    afterEach(async () => {
      await store.close();
      await fixture.dispose();
    });

    it("records version 1 with a URL-safe id and returns exactly what it stored", async () => {
      const input = newSubmission();
      const { record, created } = await store.record(input);
      expect(created).toBe(true);
      expect(record).toEqual({ ...input, version: 1, submissionId: record.submissionId, contested: [] });
      expect(encodeURIComponent(record.submissionId)).toBe(record.submissionId);
      expect(await store.get(record.submissionId)).toEqual(record);
    });

    it("numbers versions gaplessly per unit and lists them newest first", async () => {
      for (const key of ["k1", "k2", "k3"]) await store.record(newSubmission({ idempotencyKey: key }));
      await store.record(newSubmission({ unitId: "d443", idempotencyKey: "k1" }));
      const versions = await store.listVersions("ht-2024", "snv");
      expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
      expect(versions.map((v) => v.idempotencyKey)).toEqual(["k3", "k2", "k1"]);
      expect(new Set(versions.map((v) => v.submissionId)).size).toBe(3);
      expect((await store.listVersions("ht-2024", "d443")).map((v) => v.version)).toEqual([1]);
      expect(await store.listVersions("ht-2024", "nobody")).toEqual([]);
    });

    it("returns the first receipt when an idempotency key is replayed, even with different content", async () => {
      const first = await store.record(newSubmission());
      const replay = await store.record(
        newSubmission({ receivedAt: "2024-12-11T00:00:00.000Z", sha256: "b".repeat(64), findings: [] }),
      );
      expect(replay.created).toBe(false);
      expect(replay.record).toEqual(first.record);
      expect(await store.findByIdempotencyKey("ht-2024", "snv", "key-1")).toEqual(first.record);
      expect(await store.findByIdempotencyKey("ht-2024", "snv", "other")).toBeUndefined();
      expect(await store.listVersions("ht-2024", "snv")).toHaveLength(1);
    });

    it("scopes idempotency keys to one unit of one campaign", async () => {
      const a = await store.record(newSubmission());
      const b = await store.record(newSubmission({ unitId: "d443" }));
      const c = await store.record(newSubmission({ campaignId: "demo" }));
      expect([a.created, b.created, c.created]).toEqual([true, true, true]);
      expect(new Set([a, b, c].map((r) => r.record.submissionId)).size).toBe(3);
    });

    it("creates exactly one version for 50 concurrent calls with the same key", async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          store.record(newSubmission({ receivedAt: `2024-12-10T03:00:${String(i).padStart(2, "0")}.000Z` })),
        ),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.record.submissionId)).size).toBe(1);
      const winner = results.find((r) => r.created)?.record;
      for (const r of results) expect(r.record).toEqual(winner);
      expect(await store.listVersions("ht-2024", "snv")).toHaveLength(1);
    });

    it("numbers 50 concurrent calls with distinct keys 1..50 without gaps or duplicates", async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.record(newSubmission({ idempotencyKey: `key-${i}` }))),
      );
      expect(results.every((r) => r.created)).toBe(true);
      const numbers = results.map((r) => r.record.version).sort((x, y) => x - y);
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      const listed = await store.listVersions("ht-2024", "snv");
      expect(listed.map((v) => v.version)).toEqual(Array.from({ length: 50 }, (_, i) => 50 - i));
      for (const r of results) {
        expect(await store.findByIdempotencyKey("ht-2024", "snv", r.record.idempotencyKey)).toEqual(r.record);
      }
    });

    it("keeps every unit gapless with one version per key under mixed concurrent retries", async () => {
      const calls = ["snv", "d443", "c-42"].flatMap((unitId) =>
        Array.from({ length: 8 }, (_, k) => [0, 1].map(() => newSubmission({ unitId, idempotencyKey: `${unitId}-${k}` }))),
      );
      const results = await Promise.all(calls.flat().map((input) => store.record(input)));
      for (const unitId of ["snv", "d443", "c-42"]) {
        const mine = results.filter((r) => r.record.unitId === unitId);
        expect(mine.filter((r) => r.created)).toHaveLength(8);
        const byKey = new Map(mine.map((r) => [r.record.idempotencyKey, r.record.submissionId]));
        for (const r of mine) expect(r.record.submissionId).toBe(byKey.get(r.record.idempotencyKey));
        const listed = await store.listVersions("ht-2024", unitId);
        expect(listed.map((v) => v.version)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
        expect(new Set(listed.map((v) => v.idempotencyKey)).size).toBe(8);
      }
    });

    it("gets by id and answers undefined for unknown or malformed ids", async () => {
      const { record } = await store.record(newSubmission());
      expect(await store.get(record.submissionId)).toEqual(record);
      expect(await store.get(record.submissionId.replace(/1$/, "2"))).toBeUndefined();
      for (const bad of ["", "nope", "../../etc/passwd", "ht-2024.snv.v0", "a.b.c.v1"]) {
        expect(await store.get(bad)).toBeUndefined();
      }
    });

    it("keeps per-unit state: latest version, first and latest time, warnings of the latest", async () => {
      await store.record(newSubmission({ receivedAt: "2024-12-10T01:00:00.000Z" }));
      const second = await store.record(
        newSubmission({ idempotencyKey: "k2", receivedAt: "2024-12-20T01:00:00.000Z", findings: [] }),
      );
      await store.record(newSubmission({ unitId: "d443", receivedAt: "2024-12-12T01:00:00.000Z" }));
      await store.record(newSubmission({ campaignId: "other", unitId: "x" }));
      const states = (await store.unitStates("ht-2024")).sort((a, b) => a.unitId.localeCompare(b.unitId));
      expect(states).toEqual([
        {
          unitId: "d443",
          latestVersion: 1,
          latestSubmissionId: expect.any(String),
          latestAt: "2024-12-12T01:00:00.000Z",
          firstAt: "2024-12-12T01:00:00.000Z",
          latestWarnings: 1,
          latestContested: 0,
          latestContests: [],
        },
        {
          unitId: "snv",
          latestVersion: 2,
          latestSubmissionId: second.record.submissionId,
          latestAt: "2024-12-20T01:00:00.000Z",
          firstAt: "2024-12-10T01:00:00.000Z",
          latestWarnings: 0,
          latestContested: 0,
          latestContests: [],
        },
      ]);
      expect(await store.unitStates("empty")).toEqual([]);
    });

    it("keeps the reasons of contested errors with the version, and their count and reasons on the unit's state", async () => {
      const contested = [
        { code: "results.count", reason: "Số liệu ở bảng Phụ lục 1 kèm theo" },
        { code: "footer.signer", reason: "Người ký là Phó Giám đốc phụ trách" },
      ];
      const findings: SubmissionRecord["findings"] = [
        { code: "results.count", severity: "error", message: "Thiếu số đơn vị", messageEn: "No count", contested: true },
        { code: "footer.signer", severity: "error", message: "Thiếu chức vụ", messageEn: "No title", contested: true },
        { code: "footer.signer", severity: "error", message: "Thiếu tên", messageEn: "No name", contested: true },
        { code: "format.font", severity: "warning", message: "Phông chữ", messageEn: "Font" },
      ];
      const { record } = await store.record(newSubmission({ findings, contested }));
      expect(record.contested).toEqual(contested);
      expect(await store.get(record.submissionId)).toEqual(record);
      expect((await store.listVersions("ht-2024", "snv"))[0]).toEqual(record);
      const [state] = await store.unitStates("ht-2024");
      expect(state).toMatchObject({ latestWarnings: 1, latestContested: 3, latestContests: contested });

      // A later version without contests clears them from the unit's state.
      await store.record(newSubmission({ idempotencyKey: "k2", findings: [] }));
      expect((await store.unitStates("ht-2024"))[0]).toMatchObject({ latestVersion: 2, latestContested: 0, latestContests: [] });
    });

    it("records the reasons an attempt carried in its audit entry", async () => {
      const contested = [{ code: "results.count", reason: "Số liệu ở bảng Phụ lục 1 kèm theo" }];
      const entry = { actor: "clerk@snv", campaignId: "ht-2024", unitId: "snv", outcome: "rejected", code: "report.invalid" };
      await store.appendAudit({ ...entry, at: "2024-12-10T01:00:00.000Z", contested });
      await store.appendAudit({ ...entry, at: "2024-12-10T02:00:00.000Z" });
      const [plain, withReasons] = await store.listAudit("ht-2024", 10);
      expect(withReasons).toEqual({ ...entry, at: "2024-12-10T01:00:00.000Z", contested });
      expect(plain).toEqual({ ...entry, at: "2024-12-10T02:00:00.000Z" });
    });

    it("appends audit entries and lists them newest first, per campaign, up to a limit", async () => {
      const entry = { actor: "clerk@snv", campaignId: "ht-2024", unitId: "snv", outcome: "rejected", code: "report.invalid" };
      await store.appendAudit({ ...entry, at: "2024-12-10T01:00:00.000Z" });
      await store.appendAudit({
        ...entry,
        at: "2024-12-10T02:00:00.000Z",
        outcome: "accepted",
        code: "ok",
        sha256: "c".repeat(64),
        submissionId: "ht-2024.snv.v1",
      });
      await store.appendAudit({ ...entry, at: "2024-12-10T03:00:00.000Z", outcome: "replayed", code: "ok" });
      await store.appendAudit({ ...entry, campaignId: "other", at: "2024-12-10T04:00:00.000Z" });
      const all = await store.listAudit("ht-2024", 10);
      expect(all.map((e) => e.outcome)).toEqual(["replayed", "accepted", "rejected"]);
      expect(all[1]).toEqual({
        ...entry,
        at: "2024-12-10T02:00:00.000Z",
        outcome: "accepted",
        code: "ok",
        sha256: "c".repeat(64),
        submissionId: "ht-2024.snv.v1",
      });
      expect(all[2]).toEqual({ ...entry, at: "2024-12-10T01:00:00.000Z" });
      expect((await store.listAudit("ht-2024", 2)).map((e) => e.outcome)).toEqual(["replayed", "accepted"]);
    });

    it("keeps dirty marks until cleared, and a clear never drops a newer mark", async () => {
      expect(await store.dirtyCampaigns()).toEqual([]);
      await store.markDirty("ht-2024", "2024-12-10T01:00:00.000Z");
      await store.markDirty("ht-2024", "2024-12-10T00:30:00.000Z");
      await store.markDirty("demo", "2024-12-10T01:00:00.000Z");
      const marks = (await store.dirtyCampaigns()).sort((a, b) => a.campaignId.localeCompare(b.campaignId));
      expect(marks).toEqual([
        { campaignId: "demo", since: "2024-12-10T01:00:00.000Z" },
        { campaignId: "ht-2024", since: "2024-12-10T01:00:00.000Z" },
      ]);
      // A submission lands while the sheet sync that read the mark above is running.
      await store.markDirty("ht-2024", "2024-12-10T01:00:05.000Z");
      await store.clearDirty("ht-2024", "2024-12-10T01:00:00.000Z");
      await store.clearDirty("demo", "2024-12-10T01:00:00.000Z");
      expect(await store.dirtyCampaigns()).toEqual([{ campaignId: "ht-2024", since: "2024-12-10T01:00:05.000Z" }]);
      await store.clearDirty("ht-2024", "2024-12-10T01:00:05.000Z");
      expect(await store.dirtyCampaigns()).toEqual([]);
      await store.clearDirty("never-marked", "2024-12-10T01:00:05.000Z");
    });

    it("keeps one extract per submission, replaced when written again, listed per campaign", async () => {
      const a = await store.record(newSubmission());
      const b = await store.record(newSubmission({ unitId: "d443" }));
      const c = await store.record(newSubmission({ campaignId: "other" }));
      const extract = {
        version: 1,
        inspected: { count: 8, total: 12, ratio: 66.7, excerpt: "đã kiểm tra 08/12 phòng" },
        shortcomings: [{ field: "c", excerpt: "còn 14 hồ sơ quá hạn" }],
        remedies: [{ text: "Rà soát hồ sơ", deadlineAt: "2024-09-30T16:59:59.999Z", deadlineText: "30/9/2024", field: "c" }],
        proposals: [{ excerpt: "Đề nghị tập huấn" }],
      };
      const empty = { version: 1, shortcomings: [], remedies: [], proposals: [] };
      const at = (r: { record: { submissionId: string; campaignId: string; unitId: string } }) => ({
        submissionId: r.record.submissionId,
        campaignId: r.record.campaignId,
        unitId: r.record.unitId,
      });
      await store.putExtract({ ...at(a), extract: empty });
      await store.putExtract({ ...at(a), extract });
      await store.putExtract({ ...at(b), extract: empty });
      await store.putExtract({ ...at(c), extract });
      const listed = await store.listExtracts("ht-2024");
      expect(listed).toEqual([
        { ...at(b), extract: empty },
        { ...at(a), extract },
      ].sort((x, y) => (x.submissionId < y.submissionId ? -1 : 1)));
      expect(await store.listExtracts("other")).toEqual([{ ...at(c), extract }]);
      expect(await store.listExtracts("none")).toEqual([]);
      await store.close();
      store = await fixture.open();
      expect(await store.listExtracts("ht-2024")).toHaveLength(2);
    });

    it("keeps everything across close and reopen, and continues the version sequence", async () => {
      const first = await store.record(newSubmission());
      await store.appendAudit({ at: "2024-12-10T01:00:00.000Z", actor: "a", campaignId: "ht-2024", unitId: "snv", outcome: "accepted", code: "ok" });
      await store.markDirty("ht-2024", "2024-12-10T01:00:00.000Z");
      await store.close();
      store = await fixture.open();
      expect(await store.get(first.record.submissionId)).toEqual(first.record);
      expect((await store.record(newSubmission())).created).toBe(false);
      expect((await store.record(newSubmission({ idempotencyKey: "k2" }))).record.version).toBe(2);
      expect(await store.listAudit("ht-2024", 5)).toHaveLength(1);
      expect(await store.dirtyCampaigns()).toHaveLength(1);
      expect((await store.unitStates("ht-2024"))[0]?.latestVersion).toBe(2);
    });

    it("reviews only a unit's latest version, replaces a changed decision, and keeps older versions' reviews", async () => {
      expect(await store.putReview(review())).toBe("notFound");
      await store.record(newSubmission());
      expect(await store.putReview(review())).toBe("ok");
      const accepted = review({ decision: "accepted", comment: "", at: "2024-12-11T03:00:00.000Z" });
      expect(await store.putReview(accepted)).toBe("ok");
      expect(await store.listReviews("ht-2024", "snv")).toEqual([accepted]);
      expect(await store.putReview(review())).toBe("ok");
      await store.record(newSubmission({ idempotencyKey: "k2" }));
      expect(await store.putReview(review())).toBe("notLatest");
      expect(await store.putReview(review({ submissionId: "ht-2024.snv.v3", version: 3 }))).toBe("notFound");
      const second = review({ submissionId: "ht-2024.snv.v2", version: 2, decision: "accepted", comment: "" });
      expect(await store.putReview(second)).toBe("ok");
      expect(await store.listReviews("ht-2024", "snv")).toEqual([review(), second]);
      expect(await store.listReviews("ht-2024", "d443")).toEqual([]);
      await store.record(newSubmission({ unitId: "d443" }));
      const other = review({ submissionId: "ht-2024.d443.v1", unitId: "d443" });
      expect(await store.putReview(other)).toBe("ok");
      expect(await store.listReviews("ht-2024")).toEqual([other, review(), second]);
      expect(await store.listReviews("other")).toEqual([]);
    });

    it("claims a reminder exactly once among 20 concurrent claims and moves it only from the expected state", async () => {
      const claims = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.claimReminder(reminder({ claimedAt: `2024-06-23T01:00:${String(i).padStart(2, "0")}.000Z` }))),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.claimReminder(reminder({ kind: "before-2" }))).toBe(true);
      expect(await store.claimReminder(reminder({ unitId: "d443" }))).toBe(true);
      const sent = reminder({ state: "sent", sentAt: "2024-06-23T01:00:02.000Z", nextAttemptAt: null });
      const moves = await Promise.all(
        Array.from({ length: 10 }, () => store.updateReminder(sent, { state: "sending", attempts: 1 })),
      );
      expect(moves.filter(Boolean)).toHaveLength(1);
      expect(await store.updateReminder(reminder({ state: "failed" }), { state: "sending", attempts: 1 })).toBe(false);
      expect(await store.updateReminder(reminder({ unitId: "nobody" }), { state: "sending", attempts: 1 })).toBe(false);
      const listed = await store.listReminders("ht-2024");
      expect(listed.map((r) => [r.unitId, r.kind, r.state])).toEqual([
        ["d443", "before-7", "sending"],
        ["snv", "before-2", "sending"],
        ["snv", "before-7", "sent"],
      ]);
      expect(listed[2]).toEqual(sent);
      expect(await store.listReminders("other")).toEqual([]);
      await store.close();
      store = await fixture.open();
      expect(await store.listReminders("ht-2024")).toEqual(listed);
      expect(await store.claimReminder(reminder())).toBe(false);
    });

    it("answers ping while open and rejects every call with StoreUnavailableError once closed", async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.record(newSubmission())).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.listVersions("ht-2024", "snv")).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    });
  });
}
