/**
 * Cosmos DB containers, partition keys and document ids. Every request a user waits on touches one logical
 * partition: a unit's submissions live under `${campaignId}|${unitId}`, a campaign's per-unit heads and audit under
 * the campaignId. All ids are deterministic, so a retried write meets its own earlier attempt (409) instead of
 * duplicating it.
 */
import { createHash } from "node:crypto";
import type { Container, Database } from "@azure/cosmos";
import { z } from "zod";
import { ContestSchema } from "../../../shared/api/contest";
import { isConflict, isNotFound } from "./errors";

export const CONTAINERS = {
  /** pk /pk = `${campaignId}|${unitId}`: version slots `v<n>` and idempotency docs `k-<sha256(key)>`. */
  submissions: { id: "submissions", partitionKey: "/pk" },
  /** pk /campaignId, id = unitId: the head (latest committed version) of each unit; status reads one partition. */
  unitHeads: { id: "unit-heads", partitionKey: "/campaignId" },
  /** pk /campaignId: one document per submission attempt. */
  audit: { id: "audit", partitionKey: "/campaignId" },
  /** pk /pk = "dirty", id = campaignId: the few "sheet needs a reconcile" marks, listed with one partition read. */
  marks: { id: "sync-marks", partitionKey: "/pk" },
  /** pk /campaignId, id = submissionId: what each report says; the summary reads one partition. */
  extracts: { id: "extracts", partitionKey: "/campaignId" },
  /** pk /campaignId, id = submissionId: Sở Nội vụ's review of each version (status reads one partition). */
  reviews: { id: "reviews", partitionKey: "/campaignId" },
  /** pk /campaignId, id = `${unitId}|${kind}`: one document per reminder, created-if-absent = claimed once. */
  reminders: { id: "reminders", partitionKey: "/campaignId" },
} as const;

export const DIRTY_PARTITION = "dirty";

export interface StoreContainers {
  submissions: Container;
  unitHeads: Container;
  audit: Container;
  marks: Container;
  extracts: Container;
  reviews: Container;
  reminders: Container;
}

export const unitPartition = (campaignId: string, unitId: string): string => `${campaignId}|${unitId}`;
export const slotId = (version: number): string => `v${version}`;
/** Hashed: idempotency keys are client-chosen and may hold characters Cosmos forbids in ids ('/', '\\', '?', '#'). */
export const idemId = (key: string): string => `k-${createHash("sha256").update(key, "utf8").digest("hex")}`;

export const headDocSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  latestVersion: z.number().int().positive(),
  latestSubmissionId: z.string(),
  latestAt: z.string(),
  firstAt: z.string(),
  latestWarnings: z.number().int().nonnegative(),
  // Absent on heads written before contesting existed.
  latestContested: z.number().int().nonnegative().default(0),
  latestContests: z.array(ContestSchema).default([]),
});
export type HeadDoc = z.infer<typeof headDocSchema>;

export const idemDocSchema = z.object({ id: z.string(), idempotencyKey: z.string(), version: z.number().int() });

export const markDocSchema = z.object({ id: z.string(), campaignId: z.string(), since: z.string() });

/**
 * With an account key the adapter creates what is missing. With Entra ID (managed identity) the data-plane role
 * cannot create databases or containers, so they must be provisioned beforehand and are only checked here.
 */
/** createIfNotExists is read-then-create: instances cold-starting together can meet a 409; the next read finds it. */
async function racingCreate<T>(create: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create();
    } catch (err) {
      if (!isConflict(err) || attempt >= 3) throw err;
    }
  }
}

export async function openContainers(database: Database, provision: boolean): Promise<StoreContainers> {
  const open = async (spec: { id: string; partitionKey: string }): Promise<Container> => {
    if (provision) {
      const { container } = await racingCreate(() =>
        database.containers.createIfNotExists({ id: spec.id, partitionKey: { paths: [spec.partitionKey] } }),
      );
      return container;
    }
    const container = database.container(spec.id);
    try {
      await container.read();
    } catch (err) {
      if (!isNotFound(err)) throw err;
      throw new Error(
        `Cosmos DB container "${spec.id}" (partition key ${spec.partitionKey}) is missing in database ` +
          `"${database.id}"; provision it (see README) or open the store with an account key`,
        { cause: err },
      );
    }
    return container;
  };
  if (provision) await racingCreate(() => database.client.databases.createIfNotExists({ id: database.id }));
  return {
    submissions: await open(CONTAINERS.submissions),
    unitHeads: await open(CONTAINERS.unitHeads),
    audit: await open(CONTAINERS.audit),
    marks: await open(CONTAINERS.marks),
    extracts: await open(CONTAINERS.extracts),
    reviews: await open(CONTAINERS.reviews),
    reminders: await open(CONTAINERS.reminders),
  };
}
