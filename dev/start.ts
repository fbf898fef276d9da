/**
 * `npm start`: the API on this machine with embedded defaults (SQLite + documents on disk under CCHC_DATA_DIR),
 * development sign-in and the demo campaign switched on unless the environment says otherwise.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { activeRoutes } from "../functions/app/routes";
import { compose } from "../functions/compose";
import { loadConfig, type Config } from "../functions/config";
import type { Deps } from "../functions/app/deps";
import { CodedError } from "../shared/errors/codes";
import { errorText } from "../shared/errors/messages";
import { startAddinServer } from "./addin-server";
import { startLocalHost } from "./host";

/** Built by `npm run build` (scripts/build-addin.js) next to the compiled functions. */
const PANE_DIR = join(__dirname, "..", "addin");

const LOCAL_DEFAULTS = { CCHC_DEV_AUTH: "1", CCHC_DEMO_CAMPAIGN: "1" };

function sheetTarget(config: Config): string {
  const s = config.sheets;
  return s.target === "google-sheets"
    ? `Google spreadsheet ${s.spreadsheetId}`
    : `${s.dir}/<campaign>.xlsx (set GOOGLE_SHEETS_SPREADSHEET_ID for a Google Sheet, see README)`;
}

function mailTarget(config: Config): string {
  const m = config.mail;
  return m.kind === "smtp"
    ? `SMTP relay ${new URL(m.url).host}, from ${m.from}`
    : `.eml files in the outbox folder ${m.dir} (set SMTP_URL to send real e-mail, see README)`;
}

function nextSteps(url: string, addinUrl: string | undefined, config: Config, deps: Deps): string {
  const api = `${url}/api`;
  const campaign = deps.campaigns.list().find((c) => c.demo) ?? deps.campaigns.list()[0];
  const units = campaign ? deps.campaigns.unitsFor(campaign.id) : undefined;
  const unit = units?.get("snv") ?? units?.list()[0];
  const lines = [
    "",
    `CCHC report API — ${api}  (version ${deps.version})`,
    `  store: ${deps.store.kind}, documents: ${deps.blobs.kind}, data folder: ${config.dataDir}`,
    `  secretariat sheet: ${sheetTarget(config)}`,
    `  campaigns: ${deps.campaigns.list().map((c) => `${c.id} (${deps.campaigns.unitsFor(c.id).list().length} units)`).join(", ")}`,
    `  reminder e-mails: ${mailTarget(config)}`,
    "",
    "Open next:",
    `  curl ${api}/health`,
    `  curl ${api}/campaigns/${campaign?.id}/units`,
  ];
  if (deps.devIssuer && campaign && unit) {
    lines.push(
      "",
      "Submit a report as a clerk (development sign-in, CCHC_DEV_AUTH=1 — never in production):",
      `  TOKEN=$(curl -s -X POST ${api}/dev/token -H 'Content-Type: application/json' -d '{"unitId":"${unit.id}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')`,
      `  npx cchc outline --campaign ${campaign.id} --unit ${unit.id} --out ${unit.id}.docx --example   # a filled sample (drop --example for the blank outline to fill in Word)`,
      `  curl -X POST ${api}/campaigns/${campaign.id}/units/${unit.id}/submissions \\`,
      `    -H "Authorization: Bearer $TOKEN" -H "Idempotency-Key: $(date +%s)" \\`,
      "    -H 'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document' \\",
      `    --data-binary @${unit.id}.docx`,
      "See who has submitted (Sở Nội vụ): get a token with '{\"role\":\"secretariat\"}', then",
      `  curl -H "Authorization: Bearer $TOKEN" ${api}/campaigns/${campaign.id}/status`,
      `  curl -H "Authorization: Bearer $TOKEN" -o status.xlsx ${api}/campaigns/${campaign.id}/status.xlsx`,
      "The province's picture from the reports' content (summary, and the consolidated report's draft):",
      `  curl -H "Authorization: Bearer $TOKEN" ${api}/campaigns/${campaign.id}/summary`,
      `  curl -H "Authorization: Bearer $TOKEN" -o tong-hop.docx ${api}/campaigns/${campaign.id}/summary.docx`,
      `Document links in the sheet open ${config.openUrl}?submission=… (sign in, then download).`,
      "Review a submission, and remind the units that have not submitted (what would be sent: dryRun):",
      `  curl -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"decision":"returned","comment":"Thiếu thời hạn khắc phục ở mục III"}' ${api}/submissions/${campaign.id}.${unit.id}.v1/review`,
      `  curl -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"dryRun":true}' ${api}/campaigns/${campaign.id}/reminders`,
    );
  }
  if (deps.devIssuer && deps.gworkspace && unit) {
    const preview = `${api}/gworkspace/preview`;
    lines.push(
      "",
      "Google Workspace add-on, previewed as HTML (development only; README: Google Workspace add-on):",
      `  Docs sidebar (clerk of ${unit.id}):   ${preview}?path=gworkspace/docs/homepage&as=${unit.id}`,
      `  Sheets sidebar (Sở Nội vụ):        ${preview}?path=gworkspace/sheets/homepage&as=secretariat`,
      config.gworkspace
        ? `  Google posts events to ${config.gworkspace.audience}/api/gworkspace/… (deployment: dist/gworkspace/)`
        : "  Set GOOGLE_ADDON_AUDIENCE and GOOGLE_ADDON_SERVICE_ACCOUNT to serve Google itself.",
    );
  }
  lines.push(
    "",
    addinUrl
      ? `Word add-in (task pane): ${addinUrl}/taskpane.html — sideload ${join(PANE_DIR, "manifest.xml")} in Word (README: Sideload).`
      : `Word add-in: not built (${PANE_DIR} is missing) — run \`npm run build\`.`,
    "Ctrl+C stops.",
  );
  return lines.join("\n");
}

async function main(): Promise<void> {
  const config = loadConfig(LOCAL_DEFAULTS);
  const app = await compose(config);
  const host = await startLocalHost({
    deps: app.deps,
    routes: activeRoutes(app.deps.devIssuer !== undefined),
    host: config.host,
    port: config.port,
  });
  // The pane is optional for the API: a bare `tsc` build (or a bundled entry in tests) runs without it.
  const pane = existsSync(join(PANE_DIR, "taskpane.html"))
    ? await startAddinServer({ port: config.addinPort, dir: PANE_DIR })
    : undefined;
  console.log(nextSteps(host.url, pane?.url, config, app.deps));
  // Reconciles what a previous run left dirty, then keeps the sheet in step; failures are logged and retried.
  void app.deps.sync.start();
  // Reminder e-mails: the campaign policy runs now and every few minutes (claims in the store: never twice).
  app.deps.reminders.start();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing requests in progress, then closing the store…`);
    await pane?.close();
    await host.close();
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err: unknown) => {
  if (err instanceof CodedError) {
    const text = errorText(err.code);
    console.error(`${text.message}\n${text.messageEn}\n${err.message}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
