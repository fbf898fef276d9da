/**
 * Azure Functions entry (package.json "main"): registers the route table with app.http, and the sheet sync with
 * app.timer. Each path is one function
 * answering its methods plus OPTIONS (CORS preflight), through the same serve() step as the local host.
 * Leave the Function App's platform CORS list empty: ALLOWED_ORIGINS is applied here, once.
 * serve() checks the route, the token and the upload budget from the headers before a handler reads the body
 * (web.ts hands it over as the host's stream, unread), so nothing of an unauthorised body is parsed or held by our code.
 */
import { app, type HttpResponseInit } from "@azure/functions";
import { toErrorResponse } from "../app/errors";
import { activeRoutes, routesByPath } from "../app/routes";
import { serve } from "../app/serve";
import { compose } from "../compose";
import { loadConfig } from "../config";
import { TIMER_SCHEDULE } from "../sync/scheduler";
import { REMINDER_TIMER_SCHEDULE } from "../reminders/service";
import { logOf, toRequest, toResponseInit } from "./web";

// "azure": development sign-in is refused whatever the settings, and no /api/dev/* route is registered below.
const config = loadConfig({}, "azure");
const composed = compose(config);
// Requests report a failed start themselves; this keeps the worker from dying on an unhandled rejection first.
composed.catch((err: unknown) => console.error("cchc-report: startup failed", err));

for (const [route, routes] of routesByPath(activeRoutes(false))) {
  app.http(routes.map((r) => r.name).join("_"), {
    route,
    methods: [...routes.map((r) => r.method), "OPTIONS"],
    authLevel: "anonymous",
    handler: async (req, ctx): Promise<HttpResponseInit> => {
      try {
        const { deps } = await composed;
        return toResponseInit(await serve(routes, { req: toRequest(req), params: req.params, log: logOf(ctx) }, deps));
      } catch (err) {
        return toResponseInit(toErrorResponse(err, (m) => ctx.error(m)));
      }
    },
  });
}

/*
 * The secretariat's sheet. A timer rather than a queue: a timer trigger runs on one instance at a time (the host
 * holds a lease), so however far the app scales out, one writer paces the writes to Google within its quota; and
 * the work list is already durable — the dirty marks each accepted submission leaves in the store — so a queue
 * would only duplicate it. Each tick reconciles dirty campaigns, campaigns whose due date just passed, and every
 * campaign each 5 minutes; a crash between a submission and its sync is repaired by the next tick.
 */
app.timer("sheet-sync", {
  schedule: TIMER_SCHEDULE,
  handler: async () => {
    await (await composed).deps.sync.tick();
  },
});

/*
 * Reminder e-mails, for the same reason a timer: one instance at a time runs the policy, and the work list is
 * already durable (the reminders claimed in the store), so a crashed tick is finished by the next one.
 */
app.timer("reminders", {
  schedule: REMINDER_TIMER_SCHEDULE,
  handler: async () => {
    await (await composed).deps.reminders.tick();
  },
});
