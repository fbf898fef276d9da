import type { z } from "zod";
import type { CampaignList, Contest, Health, Me, Receipt, UnitDue, Version } from "../../shared/api";
import type { PaneError } from "./errors";

type Schemas = typeof import("./schemas");
/** Loaded with the first call, which is on its way while it loads (see ./schemas). */
const schemas = (): Promise<Schemas> => import("./schemas");

/**
 * A receipt, and whether the server replayed an earlier one (Idempotent-Replayed: the same document was sent again
 * under the same key, and no version was created).
 */
export type SubmitResult = Receipt & { replayed: boolean };

/** The backend's HTTP contract as the pane uses it; every answer is validated with the shared zod schemas. */
export interface Api {
  health(): Promise<Health>;
  campaigns(): Promise<CampaignList>;
  units(campaignId: string): Promise<UnitDue[]>;
  devToken(unitId: string): Promise<string>;
  me(token: string): Promise<Me>;
  /** With `contested` reasons the request is multipart/form-data (`document` + `contested`), else the raw .docx. */
  submit(args: { campaignId: string; unitId: string; bytes: Uint8Array; idempotencyKey: string; token: string; contested?: readonly Contest[] }): Promise<SubmitResult>;
  versions(campaignId: string, unitId: string, token: string): Promise<Version[]>;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export function createApi(base: string, fetchImpl: Fetch = (i, init) => fetch(i, init)): Api {
  /**
   * A browser reports a CORS refusal exactly like a network failure. Told apart after the fact: the server refused
   * this pane's origin when a plain (CORS) request to /api/health still fails while a no-cors one — not subject to
   * CORS — gets an (opaque) answer. A lost answer on a working connection passes the CORS probe: the network's fault.
   */
  async function originRefused(): Promise<boolean> {
    const answers = (init: RequestInit) =>
      fetchImpl(`${base}/api/health`, { cache: "no-store", ...init }).then(
        () => true,
        () => false,
      );
    if (await answers({})) return false;
    return answers({ mode: "no-cors" });
  }

  async function call<T>(path: string, schema: (s: Schemas) => z.ZodType<T>, init?: RequestInit): Promise<T> {
    return (await answer(path, schema, init)).data;
  }

  async function answer<T>(path: string, schema: (s: Schemas) => z.ZodType<T>, init?: RequestInit): Promise<{ data: T; headers: Headers }> {
    const loading = schemas();
    // Awaited only once an answer came; when none comes, its failure (offline too) must not surface on its own.
    loading.catch(() => undefined);
    let res: Response;
    try {
      res = await fetchImpl(`${base}/api/${path}`, init);
    } catch (e) {
      // fetch rejects only when no answer came back (offline, DNS, CORS, aborted): nothing reached the server's verdict.
      if (await originRefused()) throw { code: "api.originRefused" } satisfies PaneError;
      throw { code: "api.unreachable", message: e instanceof Error ? e.message : String(e) } satisfies PaneError;
    }
    const body: unknown = await res.json().catch(() => undefined);
    const s = await loading;
    const { ApiErrorBodySchema, FindingsSchema } = s;
    if (!res.ok) {
      const parsed = ApiErrorBodySchema.safeParse(body);
      if (!parsed.success) throw { code: "api.badResponse", status: res.status } satisfies PaneError;
      const { code, message, messageEn } = parsed.data.error;
      const findings = FindingsSchema.safeParse((parsed.data.error as Record<string, unknown>).findings);
      throw { code, message, messageEn, status: res.status, ...(findings.success ? { findings: findings.data } : {}) } satisfies PaneError;
    }
    const parsed = schema(s).safeParse(body);
    if (!parsed.success) throw { code: "api.badResponse", status: res.status } satisfies PaneError;
    return { data: parsed.data, headers: res.headers };
  }

  const unitPath = (campaignId: string, unitId: string) => `campaigns/${encodeURIComponent(campaignId)}/units/${encodeURIComponent(unitId)}/submissions`;

  return {
    health: () => call("health", (s) => s.HealthSchema),
    campaigns: () => call("campaigns", (s) => s.CampaignListSchema),
    units: (campaignId) => call(`campaigns/${encodeURIComponent(campaignId)}/units`, (s) => s.UnitDueListSchema),
    devToken: async (unitId) =>
      (await call("dev/token", (s) => s.DevTokenResponseSchema, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ unitId }) })).token,
    me: (token) => call("me", (s) => s.MeSchema, { headers: { authorization: `Bearer ${token}` } }),
    submit: async ({ campaignId, unitId, bytes, idempotencyKey, token, contested = [] }) => {
      const { DOCX_MEDIA_TYPE } = await schemas();
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, "idempotency-key": idempotencyKey };
      let body: BodyInit;
      if (contested.length > 0) {
        // fetch writes the multipart Content-Type with its boundary itself.
        const form = new FormData();
        form.append("document", new Blob([bytes as unknown as BlobPart], { type: DOCX_MEDIA_TYPE }), "bao-cao.docx");
        form.append("contested", JSON.stringify(contested));
        body = form;
      } else {
        headers["content-type"] = DOCX_MEDIA_TYPE;
        body = bytes as unknown as BodyInit;
      }
      const { data, headers: answered } = await answer(unitPath(campaignId, unitId), (s) => s.ReceiptSchema, { method: "POST", headers, body });
      return { ...data, replayed: answered.get("idempotent-replayed") === "true" };
    },
    versions: (campaignId, unitId, token) => call(unitPath(campaignId, unitId), (s) => s.VersionListSchema, { headers: { authorization: `Bearer ${token}` } }),
  };
}
