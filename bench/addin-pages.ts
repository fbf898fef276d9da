/**
 * What the add-in benchmark serves and measures in Chromium: an Office stand-in just sufficient for the pane to start
 * (Office.onReady, requirement sets, display language; no document is touched before the first screen), and an
 * in-page probe that records when the first element appears in #root and when the page is ready to use.
 */

/** office.js as far as the pane's start-up uses it. */
export const OFFICE_STAND_IN = `
window.Office = {
  onReady: function () { return Promise.resolve({ host: "Word", platform: "PC" }); },
  context: {
    displayLanguage: "vi-VN",
    requirements: { isSetSupported: function () { return true; } },
    document: { getFileAsync: function () {} }
  }
};`;

/** Runs before any page script (page.addInitScript); `ready` is the first element matching `readySelector`. */
export function renderProbe(readySelector: string): string {
  return `
(() => {
  const marks = (window.__cchcMarks = {});
  const look = () => {
    if (marks.first === undefined && document.querySelector("#root > *")) marks.first = performance.now();
    if (marks.ready === undefined && document.querySelector(${JSON.stringify(readySelector)})) marks.ready = performance.now();
    if (marks.ready !== undefined) observer.disconnect();
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

/** The baseline page: React 18 + FluentProvider + one Button, nothing else. */
export const BASELINE_ENTRY = `
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
createRoot(document.getElementById("root")).render(
  <FluentProvider theme={webLightTheme}><Button appearance="primary">Kiểm tra</Button></FluentProvider>,
);`;

export const BASELINE_HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>baseline</title><script type="module" src="baseline.js"></script></head>
<body><div id="root"></div></body></html>
`;
