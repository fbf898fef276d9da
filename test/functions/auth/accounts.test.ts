import { AccountsFileSchema, accountDirectory } from "../../../functions/auth/accounts";

describe("accounts file", () => {
  const directory = accountDirectory(
    AccountsFileSchema.parse({
      accounts: [
        { oid: "11111111-aaaa", role: "secretariat" },
        { upn: "VanThu@CanLoc.HaTinh.gov.vn", role: "clerk", unitId: "d443" },
        { upn: "shared@hatinh.gov.vn", role: "clerk", unitId: "snv" },
        { oid: "22222222-bbbb", role: "clerk", unitId: "stp" },
        { oid: "33333333-cccc", tid: "tenant-a", role: "clerk", unitId: "sct" },
      ],
    }),
  );

  it("maps by oid first, then by upn, case-insensitively", () => {
    expect(directory.lookup({ oid: "11111111-aaaa", upn: "vanthu@canloc.hatinh.gov.vn" })).toEqual({ role: "secretariat" });
    expect(directory.lookup({ oid: "other", upn: "vanthu@canloc.hatinh.gov.vn" })).toEqual({ role: "clerk", unitId: "d443" });
    expect(directory.lookup({ upn: "SHARED@hatinh.gov.vn" })).toEqual({ role: "clerk", unitId: "snv" });
    expect(directory.lookup({ oid: "nobody", upn: 42 })).toBeUndefined();
    expect(directory.unitIds().sort()).toEqual(["d443", "sct", "snv", "stp"]);
  });

  it("never matches on preferred_username, which the account's owner can change", () => {
    expect(directory.lookup({ oid: "other", preferred_username: "vanthu@canloc.hatinh.gov.vn" })).toBeUndefined();
    expect(directory.lookup({ preferred_username: "shared@hatinh.gov.vn" })).toBeUndefined();
  });

  it("matches a tenant-qualified oid only in its tenant", () => {
    expect(directory.lookup({ oid: "33333333-cccc", tid: "tenant-a" })).toEqual({ role: "clerk", unitId: "sct" });
    expect(directory.lookup({ oid: "33333333-cccc", tid: "tenant-b" })).toBeUndefined();
    expect(directory.lookup({ oid: "33333333-cccc" })).toBeUndefined();
  });

  it.each<[Record<string, string>, string]>([
    [{ role: "clerk", unitId: "snv" }, "neither oid nor upn"],
    [{ oid: "a", upn: "b@c.d", role: "secretariat" }, "both oid and upn"],
    [{ oid: "a", role: "clerk" }, "a clerk without unit"],
    [{ oid: "a", role: "secretariat", unitId: "snv" }, "a secretariat bound to a unit"],
    [{ oid: "a", role: "admin" }, "an unknown role"],
    [{ upn: "b@c.d", tid: "t", role: "secretariat" }, "a tenant without an oid"],
  ])("refuses %j (%s)", (entry) => {
    expect(AccountsFileSchema.safeParse({ accounts: [entry] }).success).toBe(false);
  });
});

describe("Google accounts (the Google Workspace add-on)", () => {
  const file = AccountsFileSchema.parse({
    accounts: [
      { email: "VanThu.SNV@gmail.com", role: "clerk", unitId: "snv" },
      { upn: "vanthu@snv.hatinh.gov.vn", role: "clerk", unitId: "stp" },
    ],
  });
  const dir = accountDirectory(file);

  it("match a verified Google e-mail case-insensitively", () => {
    expect(dir.lookupGoogle("vanthu.snv@gmail.com")).toEqual({ role: "clerk", unitId: "snv" });
    expect(dir.lookupGoogle("someone@gmail.com")).toBeUndefined();
  });

  it("never match an Entra token's claims, and Entra entries never match a Google e-mail", () => {
    expect(dir.lookup({ email: "vanthu.snv@gmail.com", upn: "vanthu.snv@gmail.com" })).toBeUndefined();
    expect(dir.lookupGoogle("vanthu@snv.hatinh.gov.vn")).toBeUndefined();
  });

  it("name an account by exactly one of oid, upn or email", () => {
    const both = { accounts: [{ email: "a@gmail.com", upn: "a@x.vn", role: "secretariat" }] };
    expect(AccountsFileSchema.safeParse(both).success).toBe(false);
    expect(AccountsFileSchema.safeParse({ accounts: [{ email: "not-an-email", role: "secretariat" }] }).success).toBe(false);
  });
});
