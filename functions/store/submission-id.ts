/**
 * Submission ids are readable and URL-safe: `${campaignId}.${unitId}.v${version}` ("ht-2024.snv.v3"). Both
 * adapters use the same form, so an id keeps working if a deployment moves from SQLite to Cosmos, and the Cosmos
 * adapter can turn it back into a point read (partition key + document id) without a lookup.
 */

/** Campaign and unit ids are lower-case slugs in the registry; the dot is reserved as the separator here. */
const ID_PART = /^[A-Za-z0-9_-]+$/;

export interface SubmissionIdParts {
  campaignId: string;
  unitId: string;
  version: number;
}

export function submissionIdOf(campaignId: string, unitId: string, version: number): string {
  if (!ID_PART.test(campaignId) || !ID_PART.test(unitId)) {
    throw new RangeError(`campaign and unit ids must match ${ID_PART.source}: ${campaignId} / ${unitId}`);
  }
  if (!Number.isSafeInteger(version) || version < 1) throw new RangeError(`bad version ${version}`);
  return `${campaignId}.${unitId}.v${version}`;
}

/** undefined for anything that is not an id this module produced (callers answer 404, not 500). */
export function parseSubmissionId(submissionId: string): SubmissionIdParts | undefined {
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.v([1-9][0-9]{0,14})$/.exec(submissionId);
  if (!match || match[1] === undefined || match[2] === undefined || match[3] === undefined) return undefined;
  return { campaignId: match[1], unitId: match[2], version: Number(match[3]) };
}
