/**
 * List labels as Docs shows them ("I.", "1.", "a)"), which documents.get does not give: computed from the list's
 * nesting-level glyph settings and running counters, a shallower item restarting the deeper levels.
 */
import type { docs_v1 } from "@googleapis/docs";

/** listId → counters per nesting level. */
export type ListCounters = Map<string, number[]>;

function roman(n: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

function alpha(n: number): string {
  let out = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
  return out;
}

function glyph(type: string | null | undefined, n: number): string {
  switch (type) {
    case "UPPER_ROMAN": return roman(n);
    case "ROMAN": return roman(n).toLowerCase();
    case "UPPER_ALPHA": return alpha(n).toUpperCase();
    case "ALPHA": return alpha(n);
    case "ZERO_DECIMAL": return String(n).padStart(2, "0");
    case "NONE": return "";
    default: return String(n);
  }
}

export function listLabel(
  lists: Record<string, docs_v1.Schema$List>,
  bullet: docs_v1.Schema$Bullet,
  counters: ListCounters,
): string | undefined {
  const id = bullet.listId ?? "";
  const levelsOf = lists[id]?.listProperties?.nestingLevels ?? [];
  const level = bullet.nestingLevel ?? 0;
  const settings = levelsOf[level];
  if (!settings) return undefined;
  if (settings.glyphSymbol) return settings.glyphSymbol;
  const counts = counters.get(id) ?? [];
  counts[level] = (counts[level] ?? (settings.startNumber ?? 1) - 1) + 1;
  counts.length = level + 1;
  counters.set(id, counts);
  const format = settings.glyphFormat ?? `%${level}.`;
  return format.replace(/%(\d)/g, (_, d: string) => {
    const l = Number(d);
    return glyph(levelsOf[l]?.glyphType, counts[l] ?? levelsOf[l]?.startNumber ?? 1);
  });
}
