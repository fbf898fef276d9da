import { useCallback, useEffect, useState } from "react";
import type { UnitDue } from "../../shared/api";
import type { Campaign } from "../../shared/campaign/schema";
import type { Api } from "../api/client";
import { toPaneError, type PaneError } from "../api/errors";
import { signIn } from "../auth/signIn";
import { openingCampaign } from "./opening";
import type { PaneConfig } from "../config";

export interface Session {
  loading: boolean;
  error?: PaneError;
  devAuth: boolean;
  campaigns: Campaign[];
  campaign?: Campaign;
  units: UnitDue[];
  unit?: UnitDue;
  /** The signed-in clerk's unit is not in the open campaign's registry (each campaign has its own units). */
  unitMissing?: boolean;
  /** Microsoft 365 sign-in: the unit the accounts mapping gives this clerk. */
  ownUnitId?: string;
  token?: string;
  chooseCampaign(id: string): void;
  chooseUnit(id: string): void;
}

const LAST_UNIT = "cchc:lastUnit";

/**
 * Who the clerk works for and in which campaign. With the backend's development auth on, a unit picker replaces
 * sign-in and the token comes from POST /api/dev/token; otherwise the token comes from Microsoft 365 sign-in.
 */
export function useSession(api: Api, config: PaneConfig, storage: Storage | undefined, now: () => string): Session {
  const [state, setState] = useState<Omit<Session, "chooseCampaign" | "chooseUnit">>({ loading: true, devAuth: false, campaigns: [], units: [] });
  const patch = (p: Partial<Session>) => setState((s) => ({ ...s, ...p }));

  const loadUnits = useCallback(
    async (campaign: Campaign, keepUnitId?: string, required = false) => {
      const units = await api.units(campaign.id);
      const unit = units.find((u) => u.id === keepUnitId);
      patch({ campaign, units, unit, unitMissing: required && !unit, loading: false });
      return unit;
    },
    [api],
  );

  const authenticate = useCallback(
    async (unitId: string, devAuth: boolean) => {
      const token = devAuth ? await api.devToken(unitId) : await signIn(config);
      patch({ token });
      storage?.setItem(LAST_UNIT, unitId);
    },
    [api, config, storage],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const health = await api.health();
        const campaigns = await api.campaigns();
        if (cancelled) return;
        patch({ devAuth: health.devAuth, campaigns });
        if (campaigns.length === 0) return patch({ loading: false });
        if (!health.devAuth) {
          // Microsoft 365 sign-in: the server's account mapping says which unit this clerk files for, and in which
          // campaigns that unit reports.
          const token = await signIn(config);
          const me = await api.me(token);
          if (cancelled) return;
          patch({ token, ...(me.unitId ? { ownUnitId: me.unitId } : {}) });
          const campaign = openingCampaign(campaigns, config.campaignId, now(), me.campaignIds);
          if (!campaign) return patch({ loading: false });
          await loadUnits(campaign, me.unitId, me.unitId !== undefined);
          return;
        }
        const campaign = openingCampaign(campaigns, config.campaignId, now());
        if (!campaign) return patch({ loading: false });
        const unit = await loadUnits(campaign, storage?.getItem(LAST_UNIT) ?? undefined);
        if (unit && !cancelled) await authenticate(unit.id, health.devAuth);
      } catch (e) {
        if (!cancelled) patch({ loading: false, error: toPaneError(e) });
      }
    })();
    return () => {
      cancelled = true;
    };
    // `now` is read once, when the pane opens: a new clock function must not reload the session.
  }, [api, config, storage, loadUnits, authenticate]);

  const chooseCampaign = (id: string) => {
    const campaign = state.campaigns.find((c) => c.id === id);
    if (!campaign) return;
    const keep = state.devAuth ? state.unit?.id : (state.ownUnitId ?? state.unit?.id);
    loadUnits(campaign, keep, !state.devAuth && state.ownUnitId !== undefined).catch((e: unknown) => patch({ error: toPaneError(e) }));
  };
  const chooseUnit = (id: string) => {
    const unit = state.units.find((u) => u.id === id);
    if (!unit) return;
    patch({ unit, token: undefined, error: undefined });
    authenticate(id, state.devAuth).catch((e: unknown) => patch({ error: toPaneError(e) }));
  };
  return { ...state, chooseCampaign, chooseUnit };
}
