/**
 * The API under load, in its own process: the real composition root (SQLite + documents on disk under
 * CCHC_DATA_DIR, development sign-in, the .xlsx sheet sync running) on the real local host, as `npm start` runs it.
 * Prints {"url"} once listening; SIGTERM closes it gracefully.
 */
import { activeRoutes } from "../functions/app/routes";
import { compose } from "../functions/compose";
import { loadConfig } from "../functions/config";
import { startLocalHost } from "../dev/host";

async function main(): Promise<void> {
  const app = await compose(loadConfig({ CCHC_DEV_AUTH: "1" }));
  const host = await startLocalHost({
    deps: app.deps,
    routes: activeRoutes(true),
    port: 0,
    // Invocation logs would cost the server time the real Functions host spends elsewhere; errors still show.
    log: (level, message) => {
      if (level === "error") console.error(message);
    },
  });
  void app.deps.sync.start();
  process.stdout.write(`${JSON.stringify({ url: host.url })}\n`);
  process.once("SIGTERM", () => {
    void host
      .close()
      .then(() => app.close())
      .then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
