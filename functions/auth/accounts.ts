/**
 * The account → role/unit registry for Entra ID tokens (CCHC_ACCOUNTS_FILE). Format, JSON:
 *   { "accounts": [
 *       { "oid": "8f0c…-…", "tid": "72f9…-…", "role": "secretariat", "note": "Phòng CCHC, Sở Nội vụ" },
 *       { "upn": "vanthu@canloc.hatinh.gov.vn", "role": "clerk", "unitId": "d443" } ] }
 * Each entry names the account by exactly one of `oid` (object id, preferred: it never changes), optionally with
 * the tenant `tid` it belongs to, or `upn` (sign-in name, matched case-insensitively against the `upn` claim only).
 * `preferred_username` is never used: Microsoft documents it as mutable and not for authorisation. An `oid` without
 * `tid` is tenant-qualified by the verifier instead: AUTH_ISSUER names one tenant, and only its tokens get here.
 * `email` names a Google account, matched only against the verified e-mail of a Google ID token (the Google
 * Workspace add-on). Clerks need a `unitId`.
 */
import { z } from "zod";
import { RoleSchema, type Role } from "./principal";

const AccountEntrySchema = z
  .object({
    oid: z.string().min(1).optional(),
    tid: z.string().min(1).optional(),
    upn: z.string().min(3).optional(),
    email: z.email().optional(),
    role: RoleSchema,
    unitId: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine(
    (a) => [a.oid, a.upn, a.email].filter((v) => v !== undefined).length === 1,
    "give exactly one of oid, upn or email",
  )
  .refine((a) => a.tid === undefined || a.oid !== undefined, "tid qualifies an oid; give it with oid only")
  .refine((a) => (a.role === "clerk") === (a.unitId !== undefined), "clerks need a unitId; secretariat has none");

export const AccountsFileSchema = z.object({ accounts: z.array(AccountEntrySchema) }).strict();
export type AccountsFile = z.infer<typeof AccountsFileSchema>;

export interface AccountRole {
  role: Role;
  unitId?: string;
}

export interface AccountDirectory {
  lookup(claims: Readonly<Record<string, unknown>>): AccountRole | undefined;
  /** A Google account by its verified e-mail (Google ID tokens only; Entra tokens never match these entries). */
  lookupGoogle(email: string): AccountRole | undefined;
  /** Unit ids the file refers to, so the composition root can reject unknown units at start. */
  unitIds(): string[];
}

export function accountDirectory(file: AccountsFile): AccountDirectory {
  // Keys: "tid/oid" for tenant-qualified entries, "/oid" for entries the issuer alone qualifies.
  const byOid = new Map<string, AccountRole>();
  const byUpn = new Map<string, AccountRole>();
  const byEmail = new Map<string, AccountRole>();
  for (const a of file.accounts) {
    const role: AccountRole = a.unitId ? { role: a.role, unitId: a.unitId } : { role: a.role };
    if (a.oid) byOid.set(`${a.tid ?? ""}/${a.oid}`, role);
    if (a.upn) byUpn.set(a.upn.toLowerCase(), role);
    if (a.email) byEmail.set(a.email.toLowerCase(), role);
  }
  const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
  return {
    lookup(claims) {
      const oid = str(claims["oid"]);
      const tid = str(claims["tid"]);
      const byId = oid ? ((tid ? byOid.get(`${tid}/${oid}`) : undefined) ?? byOid.get(`/${oid}`)) : undefined;
      if (byId) return byId;
      const upn = str(claims["upn"]);
      return upn ? byUpn.get(upn.toLowerCase()) : undefined;
    },
    lookupGoogle: (email) => byEmail.get(email.toLowerCase()),
    unitIds: () => file.accounts.flatMap((a) => (a.unitId ? [a.unitId] : [])),
  };
}

export const EMPTY_DIRECTORY: AccountDirectory = accountDirectory({ accounts: [] });
