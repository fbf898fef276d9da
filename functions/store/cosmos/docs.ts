/** Small typed wrappers over @azure/cosmos item calls: point reads validated by zod, create-if-absent, ETag writes. */
import type { Container, ItemDefinition } from "@azure/cosmos";
import type { z } from "zod";
import { isConflict, isNotFound, isPreconditionFailed } from "./errors";

export interface Versioned<T> {
  doc: T;
  etag: string;
}

export async function readDoc<S extends z.ZodType>(
  container: Container,
  id: string,
  partitionKey: string,
  schema: S,
): Promise<Versioned<z.infer<S>> | undefined> {
  const res = await container.item(id, partitionKey).read<ItemDefinition>();
  if (res.statusCode === 404 || res.resource === undefined) return undefined;
  return { doc: schema.parse(res.resource), etag: res.etag };
}

/** true when this call created the document; false when one with the same id already existed (409). */
export async function createIfAbsent(container: Container, body: ItemDefinition): Promise<boolean> {
  try {
    await container.items.create(body);
    return true;
  } catch (err) {
    if (isConflict(err)) return false;
    throw err;
  }
}

/** Replaces only if nobody changed the document since `etag` was read; false when someone did (412). */
export async function replaceIfMatch(
  container: Container,
  partitionKey: string,
  body: ItemDefinition & { id: string },
  etag: string,
): Promise<boolean> {
  try {
    await container.item(body.id, partitionKey).replace(body, { accessCondition: { type: "IfMatch", condition: etag } });
    return true;
  } catch (err) {
    if (isPreconditionFailed(err) || isNotFound(err)) return false;
    throw err;
  }
}

export async function deleteIfMatch(container: Container, id: string, partitionKey: string, etag: string): Promise<void> {
  try {
    await container.item(id, partitionKey).delete({ accessCondition: { type: "IfMatch", condition: etag } });
  } catch (err) {
    if (!isPreconditionFailed(err) && !isNotFound(err)) throw err;
  }
}

/** Jittered, growing pause between optimistic-concurrency retries so racing writers stop colliding in lockstep. */
export function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(100, 4 * 2 ** Math.min(attempt, 5));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
