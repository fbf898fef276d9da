import { FluentProvider } from "@fluentui/react-provider";
import { webLightTheme } from "@fluentui/react-theme";
import { createRoot } from "react-dom/client";
import { createApi } from "./api/client";
import { memoryStore, type KeyStore } from "./api/idempotency";
import { LangContext, langOf, loadStrings } from "./i18n";
import { App } from "./panes/App";
import { Loading } from "./panes/Loading";
import { onDemand } from "./utils/on-demand";
import { detectCapabilities, officeReady } from "./word";

/** localStorage when the host allows it (some WebViews block it): keys must survive a pane reload. */
function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const Notice = onDemand(() => import("./panes/Notice").then((m) => m.Notice));

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  // The configuration's schema brings zod, which the first screen does not need: fetched while Office starts.
  const configModule = import("./config");
  const ready = await officeReady().catch(() => false);
  const caps = detectCapabilities();
  const lang = langOf(caps.displayLanguage);
  document.documentElement.lang = lang;
  const strings = await loadStrings(lang);
  const wrap = (node: JSX.Element) => (
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={lang}>{node}</LangContext.Provider>
    </FluentProvider>
  );
  if (!ready) {
    root.render(wrap(<Notice intent="error" message={strings.noOffice} />));
    return;
  }
  // Something on screen at once: the configuration's chunk (zod) is still being parsed.
  root.render(wrap(<Loading />));
  const { loadConfig } = await configModule;
  const config = await loadConfig(location.search, () => fetch("config.json", { cache: "no-store" }).then((r) => (r.ok ? r.json() : {})));
  const storage = browserStorage();
  const keys: KeyStore = storage ?? memoryStore();
  root.render(wrap(<App api={createApi(config.apiBase)} config={config} caps={caps} storage={storage} keys={keys} now={() => new Date().toISOString()} />));
}

void main();
