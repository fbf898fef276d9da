/**
 * open.html: where every document link of the secretariat's sheet, the .xlsx and the summary lands. It signs in,
 * downloads the document through the API with the token and saves it; the API decides who may (Sở Nội vụ, or the
 * unit's own clerk), so a link passed on to anyone else opens nothing.
 */
import { DevAuthSchema, openConfig, type OpenConfig } from "./config";
import { fetchDocument, submissionIdFrom } from "./document";
import { devToken, entraToken, type DevAccount } from "./signin";

const root = document.getElementById("root") ?? document.body;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) e.setAttribute(name, value);
  e.append(...children);
  return e;
}

const statusLine = el("p", { id: "status", class: "status", role: "status" });

function say(vi: string, en: string, kind: "info" | "ok" | "error" = "info", ...extra: Node[]) {
  statusLine.className = `status ${kind}`;
  statusLine.replaceChildren(el("span", {}, vi), " ", ...extra, el("span", { class: "en", lang: "en" }, en));
}

async function download(config: OpenConfig, id: string, token: string) {
  say("Đang tải văn bản…", "Downloading…");
  const got = await fetchDocument(config.apiBase, id, token);
  if (!got.ok) {
    say(got.vi, got.en, "error");
    return;
  }
  const url = URL.createObjectURL(got.blob);
  const link = el("a", { href: url, download: got.filename }, "Tải lại");
  link.click();
  say(`Đã tải văn bản ${got.filename}.`, `Downloaded ${got.filename}.`, "ok", link);
}

/** Development sign-in (CCHC_DEV_AUTH=1 on the local host): pick the account, as the pane's unit picker does. */
function devForm(config: OpenConfig, id: string) {
  const who = el("select", { id: "who" }, el("option", { value: "secretariat" }, "Sở Nội vụ (thư ký)"), el("option", { value: "clerk" }, "Văn thư của một đơn vị"));
  const unit = el("input", { id: "unit", placeholder: "stp", autocomplete: "off" });
  const go = el("button", { type: "submit" }, "Đăng nhập và tải văn bản");
  const form = el(
    "form",
    { class: "dev" },
    el("p", {}, "Chế độ phát triển: chọn tài khoản để đăng nhập."),
    el("label", { for: "who" }, "Tài khoản "),
    who,
    el("label", { for: "unit" }, "Mã đơn vị "),
    unit,
    go,
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const account: DevAccount = who.value === "secretariat" ? { role: "secretariat" } : { unitId: unit.value.trim() };
    go.disabled = true;
    devToken(config.apiBase, account)
      .then((token) => download(config, id, token))
      .catch(() => say("Không đăng nhập được.", "Could not sign in.", "error"))
      .finally(() => {
        go.disabled = false;
      });
  });
  return form;
}

async function start() {
  const id = submissionIdFrom(location.search);
  root.append(el("h1", {}, "Mở văn bản báo cáo"), el("p", { class: "what" }, id ? `Văn bản: ${id}` : ""), statusLine);
  if (!id) {
    say("Liên kết không hợp lệ: thiếu mã văn bản.", "Invalid link: no document id.", "error");
    return;
  }
  const config = await openConfig(() => fetch("config.json").then((r) => r.json() as Promise<unknown>));
  if (config.auth) {
    say("Đang đăng nhập bằng tài khoản Microsoft 365…", "Signing in with Microsoft 365…");
    await download(config, id, await entraToken(config.auth));
    return;
  }
  const health = DevAuthSchema.safeParse(await fetch(`${config.apiBase}/api/health`).then((r) => r.json()).catch(() => undefined));
  if (health.success && health.data.devAuth) {
    root.insertBefore(devForm(config, id), statusLine);
    say("", "");
    return;
  }
  say("Chưa cấu hình đăng nhập (ADDIN_CLIENT_ID) cho trang này.", "Sign-in is not configured for this page (ADDIN_CLIENT_ID).", "error");
}

start().catch(() => say("Không mở được văn bản. Hãy thử lại.", "Could not open the document. Try again.", "error"));
