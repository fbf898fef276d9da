/** What every Docs action starts from: the clerk's unit and campaign, the open document, and its reading. */
import type { Campaign } from "../../../shared/campaign/schema";
import { toCalendarDate } from "../../../shared/dates/calendar";
import { CodedError } from "../../../shared/errors/codes";
import type { RenderActions } from "../../../shared/gworkspace/card";
import { eventParameter } from "../../../shared/gworkspace/event";
import { checkDocument } from "../../../shared/rules";
import type { Unit } from "../../../shared/units/schema";
import { checkTextCaps, DEFAULT_TEXT_CAPS } from "../../../docx/text-caps";
import { clerkCampaign } from "../campaign";
import { docsNotClerkCard } from "../cards/docs-home";
import type { HeadingLink } from "../cards/findings";
import { push, requestFileScope } from "../cards/ui";
import type { AddonCall } from "../trigger";
import { docsToModel } from "./read-model";

export interface Open {
  campaign: Campaign;
  unit: Unit;
  documentId: string;
  token: string;
}

/** The clerk's unit and the open document, or the answer that stands in for them. */
export function openDocument(call: AddonCall): Open | RenderActions {
  const { principal, event } = call;
  if (principal.role !== "clerk" || !principal.unitId) return push(docsNotClerkCard());
  const { campaign, unit } = clerkCampaign(call.deps, principal.unitId, eventParameter(event, "campaignId"));
  if (event.docs?.addonHasFileScopePermission === false) return requestFileScope();
  const documentId = event.docs?.id;
  const token = event.authorizationEventObject.userOAuthToken;
  if (!documentId) throw new CodedError("google.notFound", "no document in the event");
  if (!token) throw new CodedError("google.denied", "no user OAuth token in the event");
  return { campaign, unit, documentId, token };
}

export const isOpen = (o: Open | RenderActions): o is Open => "documentId" in o;

/** documents.get as the model, under the same text caps as an uploaded .docx (every rule walks all of it). */
async function readOpen(call: AddonCall, open: Open) {
  const doc = await call.addon.docs(open.token).get(open.documentId);
  const read = docsToModel(doc);
  checkTextCaps(read.model, DEFAULT_TEXT_CAPS);
  return { doc, ...read };
}

function headingLink(documentId: string, headingIds: (string | undefined)[]): HeadingLink {
  return (f) => {
    const id = f.location ? headingIds[f.location.block] : undefined;
    const base = `https://docs.google.com/document/d/${encodeURIComponent(documentId)}/edit`;
    return id ? `${base}#heading=${encodeURIComponent(id)}` : undefined;
  };
}

/**
 * The one rule engine on the document as it is now, and where each finding opens. Each reading counts against the
 * account's quota of POST /api/validate: it is the same work, asked for by a click instead of an upload.
 */
export async function checkOpen(call: AddonCall, open: Open) {
  const wait = call.deps.limits.validate.take(call.principal.subject);
  if (wait !== undefined) throw new CodedError("http.tooManyRequests", undefined, { retryAfterSec: wait });
  const read = await readOpen(call, open);
  const findings = checkDocument(read.model, open.campaign, { referenceDate: toCalendarDate(call.deps.now().toISOString()) });
  return { ...read, findings, link: headingLink(open.documentId, read.headingIds) };
}
