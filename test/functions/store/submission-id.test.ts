import { parseSubmissionId, submissionIdOf } from "../../../functions/store/submission-id";

describe("submission ids", () => {
  it("are readable, URL-safe and parse back to their parts", () => {
    const id = submissionIdOf("ht-2024", "d443", 12);
    expect(id).toBe("ht-2024.d443.v12");
    expect(encodeURIComponent(id)).toBe(id);
    expect(parseSubmissionId(id)).toEqual({ campaignId: "ht-2024", unitId: "d443", version: 12 });
  });

  it("refuse ids that would make the separator ambiguous or the URL unsafe", () => {
    expect(() => submissionIdOf("ht.2024", "snv", 1)).toThrow(RangeError);
    expect(() => submissionIdOf("ht-2024", "a/b", 1)).toThrow(RangeError);
    expect(() => submissionIdOf("ht-2024", "snv", 0)).toThrow(RangeError);
    expect(() => submissionIdOf("ht-2024", "snv", 1.5)).toThrow(RangeError);
  });

  it.each(["", "ht-2024.snv", "ht-2024.snv.v0", "ht-2024.snv.v01", "ht-2024.snv.3", "a.b.c.v1", "../x.y.v1", "a.b.v1 "])(
    "parse %j as not an id",
    (bad) => expect(parseSubmissionId(bad)).toBeUndefined(),
  );
});
