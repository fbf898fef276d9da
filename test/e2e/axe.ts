import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** axe-core's browser build, injected into the page under test (it reads the live DOM, as a screen reader would). */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The serious and critical WCAG 2.x A/AA violations on the page as it stands (open dialogs included). Minor and
 * moderate ones are not asserted: they are reported by axe but do not stop a clerk.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Measured at rest: a dialog fading in has, for a moment, the contrast of a half-transparent button.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    interface Result {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(ctx: object, opts: object): Promise<Result> } }).axe;
    // Fluent's focus manager (tabster) keeps invisible <i data-tabster-dummy aria-hidden> sentinels at the edges of
    // focus groups and briefly makes them tabbable to steer Tab: by design, not content a clerk can reach.
    const context = { include: [["body"]], exclude: [["[data-tabster-dummy]"]] };
    const r = await axe.run(context, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target.join(" "))) }));
  });
}
