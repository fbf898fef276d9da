import type { UnitDue } from "../../shared/api";
import type { Campaign } from "../../shared/campaign/schema";
import { useLang, useStrings } from "../i18n";
import { dueLine, isOverdue } from "../utils/format";
import { onDemand } from "../utils/on-demand";
import { firstScreen } from "./first-screen.styles";

const DevBadge = onDemand(() => import("./DevBadge").then((m) => m.DevBadge));
const CampaignSelect = onDemand(() => import("./CampaignSelect").then((m) => m.CampaignSelect));

interface Props {
  campaigns: Campaign[];
  campaign?: Campaign;
  unit?: UnitDue;
  devAuth: boolean;
  now: () => string;
  onCampaign(id: string): void;
}

/** Who and what this report is for, and how long is left: "Hạn nộp: 30/06/2024 — còn 5 ngày". */
export function Header({ campaigns, campaign, unit, devAuth, now, onCampaign }: Props) {
  const s = useStrings();
  const lang = useLang();
  return (
    <header style={firstScreen.header}>
      <h1 style={firstScreen.title}>
        {s.appTitle}{" "}
        {devAuth && <DevBadge />}
      </h1>
      {campaigns.length > 1 ? (
        <CampaignSelect campaigns={campaigns} value={campaign?.id} onChange={onCampaign} />
      ) : (
        campaign && <p style={firstScreen.body}>{`${s.campaign}: ${campaign.name}`}</p>
      )}
      {unit && (
        <p style={firstScreen.body} aria-label={s.unit}>
          {s.signedInAs(unit.name)}
        </p>
      )}
      {unit && (
        <p role="status" style={isOverdue(unit.dueAt, now()) ? firstScreen.overdue : firstScreen.due}>
          {dueLine(s, lang, unit.dueAt, now())}
        </p>
      )}
    </header>
  );
}
