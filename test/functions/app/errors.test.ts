import { BlobUnavailableError } from "../../../functions/blob/port";
import { classify, errorResponse, statusOf } from "../../../functions/app/errors";
import { StoreUnavailableError } from "../../../functions/store/port";
import { CodedError } from "../../../shared/errors/codes";

describe("error table", () => {
  it("maps the contract's codes to their statuses", () => {
    expect(statusOf("report.invalid")).toBe(422);
    expect(statusOf("docx.zipBomb")).toBe(400);
    expect(statusOf("docx.tooLarge")).toBe(413);
    expect(statusOf("idempotency.conflict")).toBe(409);
    expect(statusOf("auth.expiredToken")).toBe(401);
    expect(statusOf("auth.forbidden")).toBe(403);
    expect(statusOf("store.unavailable")).toBe(503);
    expect(statusOf("config.invalid")).toBe(500);
  });

  it("answers storage outages 503 with Retry-After, and hides internals of 5xx", async () => {
    for (const err of [new StoreUnavailableError(new Error("SQLITE_BUSY")), new BlobUnavailableError(undefined, "disk full")]) {
      expect(classify(err)).toMatchObject({ code: "store.unavailable", status: 503, extra: {} });
    }
    expect(classify(new Error("secret path /var/x"))).toMatchObject({ code: "http.internal", status: 500, extra: {} });
    expect(classify(new CodedError("http.badRequest", "limit must be 1–1000"))).toMatchObject({
      status: 400,
      extra: { detail: "limit must be 1–1000" },
    });
    const res = errorResponse("store.unavailable");
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toEqual({
      error: { code: "store.unavailable", message: expect.stringMatching(/lưu trữ/), messageEn: expect.stringMatching(/Storage/) },
    });
  });
});
