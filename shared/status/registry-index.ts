import type { Unit } from "../units/schema";

/**
 * unitId → ordinal (the unit's position in the registry list). A campaign's registry is fixed and hands out the same
 * list on every call (`UnitRegistry.list`), so the index is built once per list and a status pass only looks up the
 * units that have progress: before, every pass built a map of all the progress, megabytes of hash table at 50,000
 * units that grew while it was filled and that young-generation collections during the pass had to copy.
 */
export interface RegistryIndex {
  readonly size: number;
  readonly ordinals: ReadonlyMap<string, number>;
  /** Only for a list that repeats an id (a registry never does): ordinal → the first ordinal with that id. */
  readonly firstOf: Int32Array | null;
}

interface Cached extends RegistryIndex {
  /** The units the index was built from: a list changed in place since then is indexed again. */
  readonly members: readonly Unit[];
}

const built = new WeakMap<readonly Unit[], Cached>();

function build(units: readonly Unit[]): Cached {
  const ordinals = new Map<string, number>();
  let firstOf: Int32Array | null = null;
  for (let i = 0; i < units.length; i++) {
    const id = units[i]!.id;
    const first = ordinals.get(id);
    if (first === undefined) {
      ordinals.set(id, i);
      continue;
    }
    firstOf ??= Int32Array.from({ length: units.length }, (_, k) => k);
    firstOf[i] = first;
  }
  return { size: units.length, ordinals, firstOf, members: [...units] };
}

function unchanged(units: readonly Unit[], cached: Cached): boolean {
  if (cached.members.length !== units.length) return false;
  for (let i = 0; i < units.length; i++) if (units[i] !== cached.members[i]) return false;
  return true;
}

export function registryIndex(units: readonly Unit[]): RegistryIndex {
  const cached = built.get(units);
  if (cached && unchanged(units, cached)) return cached;
  const fresh = build(units);
  built.set(units, fresh);
  return fresh;
}

/** Gives every repeat of an id what its first ordinal holds (no-op for a registry, whose ids are unique). */
export function spreadToRepeats<T>(index: RegistryIndex, byOrdinal: { [ordinal: number]: T }): void {
  const firstOf = index.firstOf;
  if (!firstOf) return;
  for (let i = 0; i < index.size; i++) if (firstOf[i] !== i) byOrdinal[i] = byOrdinal[firstOf[i]!]!;
}
