/**
 * Stage 3: status aggregation (shared/status computeStatus) over generated registries of 1,000, 10,000 and 50,000
 * units, 60 % of them with submissions, some late. Time per unit must stay flat: the 50,000-unit run may cost at most
 * twice as much per unit as the 1,000-unit run of the same process (caches and GC make some growth unavoidable).
 */
import { HA_TINH_2024 } from "../shared/campaign/ha-tinh-2024";
import { computeStatus, type UnitProgress } from "../shared/status/aggregate";
import { generateUnits } from "../shared/units/generate";
import type { BenchRow } from "./result";
import { median, round } from "./stats";

const SIZES = [1_000, 10_000, 50_000];
const NOW = new Date("2024-10-15T03:00:00Z");

function progressFor(unitIds: readonly string[]): UnitProgress[] {
  const out: UnitProgress[] = [];
  unitIds.forEach((unitId, i) => {
    if (i % 5 >= 3) return;
    // Spread first submissions from June to August: both on-time and late answers occur.
    const firstAt = new Date(Date.UTC(2024, 5, 1) + (i % 90) * 86_400_000).toISOString();
    out.push({ unitId, latestVersion: 1 + (i % 3), firstAt, latestAt: firstAt });
  });
  return out;
}

/** Units aggregated per size in one round: every size does the same amount of work, GC included. */
const UNITS_PER_ROUND = 100_000;
const ROUNDS = 21;

/**
 * Per-unit microseconds for each size. Sizes alternate within each round, so machine noise (another process, a
 * frequency change) lands on all sizes alike; the median round is reported.
 */
function perUnitMicros(): number[] {
  const inputs = SIZES.map((size) => {
    const units = generateUnits(size);
    return { size, units, progress: progressFor(units.map((u) => u.id)) };
  });
  const run = (i: (typeof inputs)[number]) => computeStatus({ campaign: HA_TINH_2024, units: i.units, progress: i.progress, now: NOW });
  for (const i of inputs) for (let k = 0; k < 3; k++) run(i);
  const samples = SIZES.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    inputs.forEach((input, s) => {
      const repeats = Math.max(1, Math.round(UNITS_PER_ROUND / input.size));
      const t0 = process.hrtime.bigint();
      for (let k = 0; k < repeats; k++) run(input);
      samples[s]?.push(Number(process.hrtime.bigint() - t0) / 1e3 / (repeats * input.size));
    });
  }
  return samples.map((list) => median(list));
}

export function benchAggregate(): BenchRow[] {
  const perUnit = perUnitMicros();
  const base = perUnit[0] ?? NaN;
  return SIZES.map((size, i) => {
    const us = perUnit[i] ?? NaN;
    const ratio = round(us / base, 2);
    const last = i === SIZES.length - 1;
    return {
      bench: "status aggregation",
      case: `computeStatus, ${size.toLocaleString("en")} units, 60 % submitted`,
      ours: `${round(us, 3)} µs/unit (${round((us * size) / 1000, 2)} ms)`,
      baseline: i === 0 ? "(the base: per-unit time at 1,000)" : `1,000 units: ${round(base, 3)} µs/unit`,
      ratio: i === 0 ? null : ratio,
      target: last ? "per-unit time ≤ 2 × at 1,000 (linear)" : "(reported)",
      met: last ? ratio <= 2 : null,
    };
  });
}
