import { HA_TINH_2024 } from "../../../shared/campaign";
import { buildOutline } from "../../../shared/outline";
import type { OutlineDoc } from "../../../shared/outline/types";
import { HA_TINH_2024_UNITS, type Unit } from "../../../shared/units";

export const campaign = HA_TINH_2024;

export function unit(): Unit {
  const u = HA_TINH_2024_UNITS.find((x) => x.parentName) ?? HA_TINH_2024_UNITS[0];
  if (!u) throw new Error("no units");
  return u;
}

export function outline(): OutlineDoc {
  return buildOutline(campaign, unit());
}
