import type { InvocationContext } from "@azure/functions";
import type { AuditEntry } from "../../store/port";
import type { Deps } from "../deps";

/**
 * Best effort by design: when the store is down the attempt is already answered 503, and failing to write the audit
 * line must not change that answer. The line then goes to the function log instead.
 */
export async function audit(deps: Deps, ctx: InvocationContext, entry: AuditEntry): Promise<void> {
  try {
    await deps.store.appendAudit(entry);
  } catch (err) {
    ctx.warn(`audit not stored (${String(err)}): ${JSON.stringify(entry)}`);
  }
}
