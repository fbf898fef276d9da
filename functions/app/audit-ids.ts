/**
 * What of a caller's ids may go into the audit log. Ids the registries know are kept as they are; anything else is
 * the caller's text — a 7,000-character "unitId" would be stored verbatim on every attempt — so it is cut to a
 * short, printable stub that still tells the secretariat what was tried. Lines for campaigns that do not exist are
 * not stored at all: no audit listing could ever show them.
 */
import type { AuditEntry } from "../store/port";
import type { Deps } from "./deps";

const STUB_CHARS = 40;

/** `?` + at most 40 characters of [A-Za-z0-9_.-], others replaced, "…" when cut. */
export function idStub(raw: string): string {
  const safe = raw.slice(0, STUB_CHARS).replace(/[^A-Za-z0-9_.-]/g, "_");
  return `?${safe}${raw.length > STUB_CHARS ? "…" : ""}`;
}

/** undefined: the line is not worth storing (unknown campaign). */
export function auditable(deps: Deps, entry: AuditEntry): AuditEntry | undefined {
  if (!deps.campaigns.get(entry.campaignId)) return undefined;
  const unitId = deps.campaigns.unitsFor(entry.campaignId).get(entry.unitId) ? entry.unitId : idStub(entry.unitId);
  // The actor comes from a verified token, but its length is still the issuer's choice.
  const actor = entry.actor.length > 200 ? idStub(entry.actor) : entry.actor;
  return { ...entry, unitId, actor };
}
