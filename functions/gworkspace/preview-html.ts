/**
 * Card JSON as a plain HTML page (development preview only): what the sidebar would show, close enough for a person
 * or the e2e suite to read and click. Each card is a GET form back to the preview: a button submits its endpoint
 * path and parameters, text inputs and selections go along as form inputs, as Google would send them.
 */
import type { Button, Card, RenderActions, Widget } from "../../shared/gworkspace/card";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Card text is a small HTML subset; only those tags survive, everything else is shown as text. */
function cardText(s: string): string {
  return esc(s)
    .replace(/&lt;(\/?)(b|i|u|br)&gt;/g, "<$1$2>")
    .replace(/&lt;font color=&quot;(#[0-9a-fA-F]{6})&quot;&gt;/g, '<span style="color:$1">')
    .replace(/&lt;\/font&gt;/g, "</span>");
}

/** A click: a link to open, or a submit of the preview form naming the endpoint path and its parameters. */
function clickHtml(onClick: Button["onClick"], inner: string, cls: string, basePath: string): string {
  if ("openLink" in onClick) return `<a class="${cls} link" href="${esc(onClick.openLink.url)}" target="_blank" rel="noopener">${inner}</a>`;
  const fn = onClick.action.function;
  const at = fn.indexOf("/api/");
  const path = at >= 0 ? fn.slice(at + 5) : fn;
  const params = Object.fromEntries((onClick.action.parameters ?? []).map((p) => [p.key, p.value]));
  const go = JSON.stringify({ path, params });
  return `<button class="${cls}" type="submit" name="go" value="${esc(go)}" formaction="${esc(basePath)}">${inner}</button>`;
}

const buttonHtml = (b: Button, basePath: string) => clickHtml(b.onClick, esc(b.text), b.type === "FILLED" ? "btn filled" : "btn", basePath);

function widgetHtml(w: Widget, basePath: string): string {
  if ("textParagraph" in w) return `<p>${cardText(w.textParagraph.text)}</p>`;
  if ("decoratedText" in w) {
    const d = w.decoratedText;
    const body = `${d.topLabel ? `<div class="top">${esc(d.topLabel)}</div>` : ""}<div>${cardText(d.text)}</div>${
      d.bottomLabel ? `<div class="bottom">${esc(d.bottomLabel)}</div>` : ""
    }`;
    const content = d.onClick ? clickHtml(d.onClick, body, "row", basePath) : body;
    return `<div class="decorated">${content}${d.button ? buttonHtml(d.button, basePath) : ""}</div>`;
  }
  if ("buttonList" in w) return `<div class="buttons">${w.buttonList.buttons.map((b) => buttonHtml(b, basePath)).join("")}</div>`;
  if ("textInput" in w) {
    const t = w.textInput;
    return `<label>${esc(t.label)}<textarea name="f.${esc(t.name)}" placeholder="${esc(t.hintText ?? "")}">${esc(t.value ?? "")}</textarea></label>`;
  }
  if ("selectionInput" in w) {
    const s = w.selectionInput;
    const options = s.items.map((i) => `<option value="${esc(i.value)}"${i.selected ? " selected" : ""}>${esc(i.text)}</option>`).join("");
    return `<label>${esc(s.label)}<select name="f.${esc(s.name)}">${options}</select></label>`;
  }
  if ("divider" in w) return "<hr>";
  return `<div class="columns">${w.columns.columnItems.map((c) => `<div>${c.widgets.map((x) => widgetHtml(x, basePath)).join("")}</div>`).join("")}</div>`;
}

function cardHtml(c: Card, basePath: string, hidden: string): string {
  const header = c.header ? `<header><h1>${esc(c.header.title)}</h1>${c.header.subtitle ? `<h2>${esc(c.header.subtitle)}</h2>` : ""}</header>` : "";
  const sections = c.sections
    .map((s) => `<section>${s.header ? `<h3>${esc(s.header)}</h3>` : ""}${s.widgets.map((w) => widgetHtml(w, basePath)).join("")}</section>`)
    .join("");
  return `<form class="card" method="get" action="${esc(basePath)}" data-card="${esc(c.name ?? "")}">${hidden}${header}${sections}</form>`;
}

const STYLE = `body{font-family:Roboto,Arial,sans-serif;background:#f1f3f4;margin:0;padding:16px}
.pane{width:300px;background:#fff;border:1px solid #dadce0;border-radius:8px;padding:12px}
h1{font-size:16px;margin:0}h2{font-size:13px;color:#5f6368;font-weight:normal;margin:2px 0 8px}
h3{font-size:13px;color:#1a73e8;margin:12px 0 4px}section{border-top:1px solid #e8eaed;padding:4px 0}
p{font-size:13px;margin:6px 0}.decorated{font-size:13px;margin:8px 0}.top,.bottom{font-size:11px;color:#5f6368}
.buttons{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}.btn{font-size:13px;padding:6px 10px;border-radius:16px;border:1px solid #dadce0;background:#fff;color:#1a73e8;cursor:pointer;text-decoration:none}
.decorated .btn{display:inline-block;margin-top:6px}
.btn.filled{background:#1a73e8;color:#fff;border-color:#1a73e8}
.notice{background:#202124;color:#fff;font-size:13px;padding:8px 12px;border-radius:4px;margin-bottom:8px}
label{display:block;font-size:12px;color:#5f6368;margin:6px 0}textarea,select{display:block;width:100%;box-sizing:border-box;font-size:13px}
.columns{display:flex;gap:8px}.columns>div{flex:1}
.row{display:block;width:100%;text-align:left;background:none;border:0;padding:4px 0;font:inherit;color:inherit;cursor:pointer}.row:hover{background:#f1f3f4}`;

/** `hidden`: the identity fields the preview needs again on the next click. */
export function previewPage(actions: RenderActions, basePath: string, hidden: Record<string, string>, title: string): string {
  const fields = Object.entries(hidden).map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join("");
  let body: string;
  if ("renderActions" in actions) {
    body = `<div class="notice" role="status">Google sẽ hỏi người dùng cho phép tiện ích mở tài liệu đang mở (drive.file).</div>`;
  } else {
    const a = actions.action;
    const notice = a.notification ? `<div class="notice" role="status">${esc(a.notification.text)}</div>` : "";
    const link = a.link ? `<p><a href="${esc(a.link.url)}">${esc(a.link.url)}</a></p>` : "";
    const cards = (a.navigations ?? []).flatMap((n) => ("pushCard" in n ? [n.pushCard] : "updateCard" in n ? [n.updateCard] : []));
    body = notice + link + cards.map((c) => cardHtml(c, basePath, fields)).join("");
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body><div class="pane">${body}</div></body></html>`;
}
