import { z } from "zod";

export const RoleSchema = z.enum(["clerk", "secretariat"]);
export type Role = z.infer<typeof RoleSchema>;

/** Who is calling, after the token was verified and the account mapped to a role. */
export interface Principal {
  /** Stable account id: Entra `oid` when present, else `sub`. */
  subject: string;
  role: Role;
  /** Set for clerks: the one unit they submit and read for. */
  unitId?: string;
}

/** Clerks act for their own unit only; Sở Nội vụ (secretariat) reads every unit. */
export function mayActForUnit(principal: Principal, unitId: string): boolean {
  return principal.role === "secretariat" || principal.unitId === unitId;
}
