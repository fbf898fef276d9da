import { useCallback, useEffect, useState } from "react";
import type { UnitDue } from "../../shared/api";
import type { Campaign } from "../../shared/campaign/schema";
import type { Api } from "../api/client";
import { toPaneError, type PaneError } from "../api/errors";
import { signIn } from "../auth/signIn";
import type { PaneConfig } from "../config";

export interface Session {
  loading: boolean;
  error?: PaneError;
  devAuth: boolean;
  campaigns: Campaign[];
  campaign?: Campaign;
  units: UnitDue[];
  unit?: UnitDue;
  token?: string;
  chooseCampaign(id: string): void;
  chooseUnit(id: string): void;
}

const LAST_UNIT = "cchc:lastUnit";

/**
 * Who the clerk works for and in which campaign. With the backend's development auth on, a unit picker replaces
 * sign-in and the token comes from POST /api/dev/token; otherwise the token comes from Microsoft 365 sign-in.
 */
export function useSession(api: Api, config: PaneConfig, storage: Storage | undefined): Session {
  const [state, setState] = useState<Omit<Session, "chooseCampaign" | "chooseUnit">>({ loading: true, devAuth: false, campaigns: [], units: [] });
  const patch = (p: Partial<Session>) => setState((s) => ({ ...s, ...p }));

  const loadUnits = useCallback(
    async (campaign: Campaign, keepUnitId?: string) => {
      const units = await api.units(campaign.id);
      const unit = units.find((u) => u.id === keepUnitId);
      patch({ campaign, units, unit, loading: false });
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
        const campaign = campaigns.find((c) => c.id === config.campaignId) ?? campaigns[0];
        if (cancelled) return;
        patch({ devAuth: health.devAuth, campaigns });
        if (!campaign) return patch({ loading: false });
        if (!health.devAuth) {
          // Microsoft 365 sign-in: the server's account mapping says which unit this clerk files for.
          const token = await signIn(config);
          const me = await api.me(token);
          if (cancelled) return;
          patch({ token });
          await loadUnits(campaign, me.unitId);
          return;
        }
        const unit = await loadUnits(campaign, storage?.getItem(LAST_UNIT) ?? undefined);
        if (unit && !cancelled) await authenticate(unit.id, health.devAuth);
      } catch (e) {
        if (!cancelled) patch({ loading: false, error: toPaneError(e) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, config, storage, loadUnits, authenticate]);

  const chooseCampaign = (id: string) => {
    const campaign = state.campaigns.find((c) => c.id === id);
    if (campaign) loadUnits(campaign, state.unit?.id).catch((e: unknown) => patch({ error: toPaneError(e) }));
  };
  const chooseUnit = (id: string) => {
    const unit = state.units.find((u) => u.id === id);
    if (!unit) return;
    patch({ unit, token: undefined, error: undefined });
    authenticate(id, state.devAuth).catch((e: unknown) => patch({ error: toPaneError(e) }));
  };
  return { ...state, chooseCampaign, chooseUnit };
}
