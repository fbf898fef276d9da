/**
 * The load scenario shared by the fast load test (`npm test`) and the soak (`npm run soak`): many clerks submit at
 * once with bounded concurrency, and clients retry the same key at random — a plain repeat, a repeat racing the
 * first attempt, or a first attempt abandoned mid-flight (the answer lost) and sent again. Afterwards the store
 * must hold every accepted receipt exactly once, versions gapless per unit, and status totals equal to a recount.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReceiptSchema, type Receipt } from "../../shared/api/submissions";
import { StatusDocumentSchema, type StatusDocument, type StatusTotals } from "../../shared/api/status";
import { HA_TINH_2024_UNITS } from "../../shared/units/ha-tinh-2024";
import { generateUnits } from "../../shared/units/generate";
import { toUnitsCsv } from "../../shared/units/csv";
import { makeFilledReportDocx } from "../fixtures/reports";
import { auth, HA_TINH, startApi, submitInit, type Api, type StartOptions } from "../integration/api/harness";
import { seededRandom } from "../support/seeded-random";

export interface LoadPlan {
  submissions: number;
  inFlight: number;
  seed: number;
}

export interface LoadOutcome {
  /** The receipt each key finally got (every key ends accepted: clients retry until they have one). */
  receipts: Map<string, Receipt>;
  /** Requests sent, retries included. */
  requests: number;
  /** Retries whose answer differed from the key's receipt (must be none). */
  mismatches: string[];
}


/**
 * The local host with a registry of `units` units (the built-in ones first, then generated ones from a units CSV);
 * `options` may swap the store (the Cosmos soak).
 */
export async function startLoadApi(units: number, options: StartOptions = {}): Promise<{ api: Api; unitIds: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), "cchc-load-"));
  const generated = generateUnits(Math.max(0, units - HA_TINH_2024_UNITS.length));
  const file = join(dataDir, "units.csv");
  writeFileSync(file, toUnitsCsv(generated));
  const api = await startApi({ ...options, dataDir, env: { CCHC_UNITS_FILE: file } });
  const unitIds = [...HA_TINH_2024_UNITS, ...generated].map((u) => u.id).slice(0, units);
  return { api, unitIds };
}

export async function runLoad(api: Api, unitIds: readonly string[], plan: LoadPlan): Promise<LoadOutcome> {
  const random = seededRandom(plan.seed);
  const tokens = new Map<string, string>();
  for (const unitId of unitIds) tokens.set(unitId, await api.token({ unitId }));
  // One report per unit, then distinct bytes per key through the document number.
  const url = (unitId: string) => `${api.url}/campaigns/${HA_TINH}/units/${unitId}/submissions`;
  const receipts = new Map<string, Receipt>();
  const mismatches: string[] = [];
  let requests = 0;

  async function send(unitId: string, key: string, body: Uint8Array, signal?: AbortSignal): Promise<Receipt | undefined> {
    requests++;
    try {
      const res = await fetch(url(unitId), { ...submitInit(tokens.get(unitId) ?? "", body, { "Idempotency-Key": key }), ...(signal ? { signal } : {}) });
      if (res.status !== 201) throw new Error(`${key}: ${res.status} ${await res.text()}`);
      return ReceiptSchema.parse(await res.json());
    } catch (err) {
      if (signal?.aborted) return undefined;
      throw err;
    }
  }

  async function client(i: number): Promise<void> {
    const unitId = unitIds[i % unitIds.length] ?? "";
    const key = `load-${plan.seed}-${i}`;
    const body = makeFilledReportDocx(unitIds[i % 7] ?? "snv", { number: String(100 + i) });
    const roll = random();
    const attempts: Promise<Receipt | undefined>[] = [];
    if (roll < 0.15) {
      // The answer is lost: the client gives up on its first attempt at a random moment and sends again.
      const abort = new AbortController();
      setTimeout(() => abort.abort(), Math.floor(random() * 40));
      await send(unitId, key, body, abort.signal);
    } else if (roll < 0.3) {
      attempts.push(send(unitId, key, body)); // a double click: two attempts in flight together
    }
    attempts.push(send(unitId, key, body));
    if (roll >= 0.3 && roll < 0.45) attempts.push(attempts[0]!.then(() => send(unitId, key, body))); // a late repeat
    const answers = (await Promise.all(attempts)).filter((r): r is Receipt => r !== undefined);
    const first = answers[0];
    if (!first) throw new Error(`${key}: no receipt`);
    for (const r of answers) if (JSON.stringify(r) !== JSON.stringify(first)) mismatches.push(key);
    receipts.set(key, first);
  }

  let next = 0;
  const worker = async () => {
    for (let i = next++; i < plan.submissions; i = next++) await client(i);
  };
  await Promise.all(Array.from({ length: plan.inFlight }, worker));
  return { receipts, requests, mismatches };
}

function recount(doc: StatusDocument): StatusTotals {
  const n = (s: string) => doc.units.filter((u) => u.status === s).length;
  const reviews = (r: string) => doc.units.filter((u) => u.review === r).length;
  return { units: doc.units.length, submitted: n("on_time") + n("late"), onTime: n("on_time"), late: n("late"), missing: n("missing"), overdue: n("overdue"), accepted: reviews("accepted"), returned: reviews("returned") };
}

/** Everything the load scenario promises, checked against the store and the API; returns the problems found. */
export async function loadProblems(api: Api, unitIds: readonly string[], outcome: LoadOutcome): Promise<string[]> {
  const problems = [...outcome.mismatches.map((k) => `${k}: a retry got another receipt`)];
  const byUnit = new Map<string, Receipt[]>();
  for (const r of outcome.receipts.values()) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  for (const unitId of unitIds) {
    const stored = await api.deps.store.listVersions(HA_TINH, unitId);
    const numbers = stored.map((v) => v.version).sort((a, b) => a - b);
    if (numbers.some((v, i) => v !== i + 1)) problems.push(`${unitId}: versions not gapless: ${numbers.join(",")}`);
    const receipts = byUnit.get(unitId) ?? [];
    if (stored.length !== receipts.length) problems.push(`${unitId}: ${stored.length} versions for ${receipts.length} accepted keys`);
    for (const r of receipts) {
      const same = stored.filter((v) => v.submissionId === r.submissionId);
      if (same.length !== 1 || same[0]?.version !== r.version) problems.push(`${unitId}: receipt ${r.submissionId} stored ${same.length} times`);
    }
    if (new Set(stored.map((v) => v.idempotencyKey)).size !== stored.length) problems.push(`${unitId}: a key holds two versions`);
  }
  const res = await fetch(`${api.url}/campaigns/${HA_TINH}/status`, auth(await api.token({ role: "secretariat" })));
  const doc = StatusDocumentSchema.parse(await res.json());
  if (JSON.stringify(doc.totals) !== JSON.stringify(recount(doc))) problems.push(`status totals ${JSON.stringify(doc.totals)} ≠ recount`);
  if (doc.totals.submitted !== byUnit.size) problems.push(`status counts ${doc.totals.submitted} submitted units, ${byUnit.size} submitted`);
  for (const row of doc.units) {
    const expected = byUnit.get(row.unitId)?.length ?? null;
    if (row.version !== expected) problems.push(`${row.unitId}: status shows version ${row.version}, expected ${expected}`);
  }
  return problems;
}
