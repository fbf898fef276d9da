import { latestReview } from "../../../addin/submit/review";
import { vi } from "../../../addin/i18n/vi";
import type { Version } from "../../../shared/api";

const version = (n: number, review: Version["review"]): Version => ({
  submissionId: `ha-tinh-2024-h1.snv.v${n}`,
  campaignId: "ha-tinh-2024-h1",
  unitId: "snv",
  version: n,
  receivedAt: "2024-06-20T03:00:00.000Z",
  dueAt: "2024-06-30T16:59:59.999Z",
  onTime: true,
  contested: [],
  sha256: "a".repeat(64),
  sizeBytes: 1,
  findings: [],
  submittedBy: "clerk",
  documentUrl: `/api/submissions/ha-tinh-2024-h1.snv.v${n}/document`,
  review,
});
const returned = { decision: "returned" as const, comment: "Mục III chưa có thời hạn", by: "snv-sec", at: "2024-06-21T01:00:00.000Z" };

describe("the pane's review banner", () => {
  it("shows the latest version's return with its comment, in the clerk's words", () => {
    const latest = latestReview([version(2, returned), version(1, null)]);
    expect(latest).toEqual({ version: 2, review: returned });
    expect(vi.returned(2, returned.comment)).toBe("Báo cáo phiên bản 2 đã bị trả lại: Mục III chưa có thời hạn");
  });

  it("shows nothing once a newer version waits for review, or before anything was submitted", () => {
    expect(latestReview([version(3, null), version(2, returned)])).toBeUndefined();
    expect(latestReview([])).toBeUndefined();
  });
});
