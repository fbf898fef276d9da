import type { Me } from "../../../shared/api/me";
import { json } from "../respond";
import type { SignedInHandler } from "../route";

/** GET /api/me: the verified principal (role and unit from the accounts mapping), never more. */
export const me: SignedInHandler = async ({ principal }) => {
  const body: Me = { subject: principal.subject, role: principal.role, ...(principal.unitId ? { unitId: principal.unitId } : {}) };
  return json(200, body);
};
