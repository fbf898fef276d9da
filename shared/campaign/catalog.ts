import { z } from "zod";
import type { CalendarDate } from "../dates/types";
import { CodedError } from "../errors/codes";
import { parseUnitsCsv } from "../units/csv";
import { createUnitRegistry, mergeUnits, validateUnits, type UnitRegistry } from "../units/registry";
import type { Unit } from "../units/schema";
import { BUILT_IN_BUNDLES, demoBundle, type CampaignBundle } from "./bundles";
import { DEFAULT_CAMPAIGN_ID, issuesText } from "./registry";
import { CampaignSchema, type Campaign } from "./schema";

/** Campaigns with their unit registries: what the host and the CLI look campaigns and units up in. */
export interface CampaignCatalog {
  list(): readonly Campaign[];
  get(id: string): Campaign | undefined;
  /** The campaign's own units, in the order status and exports list them. Throws campaign.notFound. */
  unitsFor(campaignId: string): UnitRegistry;
  /** Ids of the campaigns whose registry holds the unit (a clerk's unit may report in some campaigns only). */
  campaignsOf(unitId: string): string[];
}

/** A units CSV already read by the caller: `source` names it in messages (a path, "CCHC_UNITS_FILE"). */
export interface UnitsCsv {
  source: string;
  text: string;
}

export interface CatalogProblem {
  source: string;
  message: string;
  messageEn: string;
}

export interface CatalogInput {
  /** Defaults to the built-in bundles. */
  builtIn?: readonly CampaignBundle[];
  /** The parsed JSON of the campaigns file (one campaign or an array), see `unitsFilesOf`. */
  campaignsFile?: { source: string; data: unknown };
  /** Texts of the units files the campaigns file names, by the name it uses. */
  unitsFiles?: ReadonlyMap<string, string>;
  /** CSVs merged over a campaign's units (CCHC_UNITS_FILE for the default campaign; `--units` for `--campaign`). */
  unitsCsv?: readonly (UnitsCsv & { campaignId: string })[];
  /** Adds the present-day [DEMO] campaign of this day. */
  demoToday?: CalendarDate;
}

export type CatalogResult = { ok: true; catalog: CampaignCatalog } | { ok: false; problems: CatalogProblem[] };

/**
 * An entry of the campaigns file: a campaign (optionally with `unitsFile`, a units CSV for it), or `{id, unitsFile}`
 * alone, which attaches a units file to a campaign that already exists (a built-in one).
 */
const AttachSchema = z.object({ id: z.string(), unitsFile: z.string().min(1) }).strict();
const UnitsFileSchema = z.object({ unitsFile: z.string().min(1).optional() });

function entries(data: unknown): unknown[] {
  return Array.isArray(data) ? data : [data];
}

/** The units files a campaigns file names, for the caller to read (relative to the campaigns file) before loading. */
export function unitsFilesOf(campaignsFile: unknown): string[] {
  const names = entries(campaignsFile).flatMap((e) => {
    const parsed = UnitsFileSchema.safeParse(e);
    return parsed.success && parsed.data.unitsFile ? [parsed.data.unitsFile] : [];
  });
  return [...new Set(names)];
}

interface Draft {
  campaign: Campaign;
  /** Built-in or attached units; undefined: the default campaign's (a campaigns-file campaign without its own). */
  units?: readonly Unit[];
}

/**
 * Loads every campaign with its own units, in one pass that collects every problem: a campaign that does not
 * validate, a units CSV with bad rows, a unit whose level its campaign does not have. Pure: files are read by the
 * caller. Without its own units file, a campaign from the campaigns file reports with the default campaign's units
 * (as before campaigns carried units).
 */
export function loadCatalog(input: CatalogInput = {}): CatalogResult {
  const problems: CatalogProblem[] = [];
  const drafts = new Map<string, Draft>();
  const add = (source: string, d: Draft) => {
    if (drafts.has(d.campaign.id)) problems.push(problem(source, `trùng mã đợt báo cáo "${d.campaign.id}".`, `duplicate campaign id "${d.campaign.id}".`));
    else drafts.set(d.campaign.id, d);
  };
  for (const b of input.builtIn ?? BUILT_IN_BUNDLES) add("built-in", { campaign: b.campaign, units: b.units });

  const file = input.campaignsFile;
  const csvs: (UnitsCsv & { campaignId: string })[] = [];
  if (file) {
    entries(file.data).forEach((raw, i) => {
      const where = `${file.source} #${i}`;
      const attach = AttachSchema.safeParse(raw);
      const unitsFile = attach.success ? attach.data.unitsFile : UnitsFileSchema.safeParse(raw).data?.unitsFile;
      const csv = (campaignId: string) => {
        if (!unitsFile) return;
        const text = input.unitsFiles?.get(unitsFile);
        if (text === undefined) problems.push(problem(where, `không đọc được tệp đơn vị ${unitsFile}.`, `units file ${unitsFile} was not read.`));
        else csvs.push({ campaignId, source: unitsFile, text });
      };
      if (attach.success) return csv(attach.data.id);
      const parsed = CampaignSchema.safeParse(raw);
      if (!parsed.success) {
        const detail = issuesText(parsed.error);
        problems.push(problem(where, `đợt báo cáo không hợp lệ: ${detail}`, `invalid campaign: ${detail}`));
        return;
      }
      // With a units file of its own, the campaign's units are that file's alone.
      add(where, { campaign: parsed.data, ...(unitsFile ? { units: [] } : {}) });
      csv(parsed.data.id);
    });
  }
  if (input.demoToday) add("demo", demoBundle(input.demoToday));
  csvs.push(...(input.unitsCsv ?? []));

  // A campaigns-file campaign without units of its own starts from the default campaign's built-in units.
  const baseUnits = (d: Draft): readonly Unit[] => d.units ?? drafts.get(DEFAULT_CAMPAIGN_ID)?.units ?? [];
  const imported = new Map<string, Unit[]>();
  for (const csv of csvs) {
    const draft = drafts.get(csv.campaignId);
    if (!draft) {
      problems.push(problem(csv.source, `không có đợt báo cáo "${csv.campaignId}".`, `no campaign "${csv.campaignId}".`));
      continue;
    }
    const { units, errors } = parseUnitsCsv(csv.text, draft.campaign.levels.map((l) => l.id));
    for (const e of errors) problems.push({ source: csv.source, message: `${csv.source}: ${e.message}`, messageEn: `${csv.source}: ${e.messageEn}` });
    imported.set(csv.campaignId, mergeUnits(imported.get(csv.campaignId) ?? baseUnits(draft), units));
  }

  const registries = new Map<string, UnitRegistry>();
  for (const [id, d] of drafts) {
    const units = imported.get(id) ?? baseUnits(d);
    const levels = d.campaign.levels.map((l) => l.id);
    const found = validateUnits(units, levels);
    for (const p of found) problems.push({ source: id, message: `${id}: ${p.message}`, messageEn: `${id}: ${p.messageEn}` });
    if (found.length === 0) registries.set(id, createUnitRegistry(units, levels));
  }
  if (problems.length > 0) return { ok: false, problems };

  const list = [...drafts.values()].map((d) => d.campaign);
  const byId = new Map(list.map((c) => [c.id, c]));
  return {
    ok: true,
    catalog: {
      list: () => list,
      get: (id) => byId.get(id),
      unitsFor: (id) => {
        const registry = registries.get(id);
        if (!registry) throw new CodedError("campaign.notFound", id);
        return registry;
      },
      campaignsOf: (unitId) => list.filter((c) => registries.get(c.id)?.get(unitId)).map((c) => c.id),
    },
  };
}

function problem(source: string, vi: string, en: string): CatalogProblem {
  return { source, message: `${source}: ${vi}`, messageEn: `${source}: ${en}` };
}
