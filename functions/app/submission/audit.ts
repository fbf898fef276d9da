import type { AuditEntry } from "../../store/port";
import { auditable } from "../audit-ids";
import type { Deps } from "../deps";
import type { Log } from "../route";

/**
 * Best effort by design: when the store is down the attempt is already answered 503, and failing to write the audit
 * line must not change that answer. The line then goes to the function log instead.
 */
export async function audit(deps: Deps, log: Log, raw: AuditEntry): Promise<void> {
  // Ids that failed validation are not stored verbatim, and an account's rejected attempts are rate limited (once
  // its allowance is spent the next attempt is refused with 429 before anything is read or written).
  const entry = auditable(deps, raw);
  if (!entry) return log.warn(`audit not stored (unknown campaign): ${raw.outcome} ${raw.code} by ${raw.actor}`);
  if (entry.outcome === "rejected" && deps.limits.rejections.take(entry.actor) !== undefined) {
    return log.warn(`audit not stored (rejected attempts over the limit): ${entry.code} by ${entry.actor}`);
  }
  try {
    await deps.store.appendAudit(entry);
  } catch (err) {
    log.warn(`audit not stored (${String(err)}): ${JSON.stringify(entry)}`);
  }
}
