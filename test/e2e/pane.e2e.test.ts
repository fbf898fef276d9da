import { toCalendarDate } from "../../shared/dates";
import { startBackend, type Backend } from "./backend";
import { bundleWordStub, launchChromium, openPane, servePane, shot, type PaneSite } from "./browser";
import { seriousViolations } from "./axe";
import { fillReport } from "./fill";
import type { Browser, Page } from "playwright-core";

// The build script is plain CommonJS (run by node directly).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildAddin } = require("../../scripts/build-addin") as {
  buildAddin(o: { outDir: string; baseUrl: string; apiBase: string }): Promise<{ outDir: string }>;
};

/**
 * The pane in real Chromium: built bundle, office.js answered by the Word stub, the real backend on the local host
 * (development sign-in, temporary data folder, the demo campaign whose deadlines lie ahead).
 */
let api: Backend;
let site: PaneSite;
let browser: Browser;
let stub: string;
let demo: string;
const today = toCalendarDate(new Date().toISOString());

beforeAll(async () => {
  site = await servePane();
  api = await startBackend(site.origin);
  await buildAddin({ outDir: site.dir, baseUrl: "https://localhost:3000", apiBase: api.url.replace(/\/api$/, "") });
  stub = await bundleWordStub();
  browser = await launchChromium();
  const campaigns = (await (await fetch(`${api.url}/campaigns`)).json()) as { id: string; demo?: boolean }[];
  const campaign = campaigns.find((c) => c.demo);
  if (!campaign) throw new Error("the local host should load the demo campaign");
  demo = campaign.id;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await site?.close();
});

/** A unit of the demo's two-tier registry, and what a clerk types to find it (no diacritics: the picker folds them). */
interface PaneUnit {
  id: string;
  query: string;
  name: string;
}
const STP: PaneUnit = { id: "stp", query: "tu phap", name: "Sở Tư pháp" };
const SCT: PaneUnit = { id: "sct", query: "cong thuong", name: "Sở Công Thương" };
const SXD: PaneUnit = { id: "sxd", query: "xay dung", name: "Sở Xây dựng" };
const SYT: PaneUnit = { id: "syt", query: "so y te", name: "Sở Y tế" };
const STC: PaneUnit = { id: "stc", query: "tai chinh", name: "Sở Tài chính" };

async function pickUnit(page: Page, label: string, unit: PaneUnit): Promise<void> {
  await page.getByRole("combobox", { name: label }).fill(unit.query);
  await page.getByRole("option", { name: unit.name, exact: true }).click();
}

async function open(unit: PaneUnit, extra = ""): Promise<Page> {
  const { page } = await openPane(browser, stub, `${site.origin}/taskpane.html?campaign=${demo}${extra}`);
  await pickUnit(page, "Chọn đơn vị", unit);
  await page.getByText(/^Hạn nộp: \d\d\/\d\d\/\d{4} — còn \d+ ngày$/).waitFor();
  return page;
}

async function insertAndCheck(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Chèn đề cương" }).click();
  await page.getByText("Đã chèn đề cương.", { exact: false }).waitFor();
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await page.getByRole("group", { name: /^Mục I \(/ }).waitFor();
}

/** Fill, check and submit through the pane; resolves once the receipt names `version`. */
async function submitFilled(page: Page, version: number): Promise<void> {
  await page.getByText(/Không còn lỗi/).waitFor();
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Nộp", exact: true }).click();
  const receipt = page.getByRole("region", { name: "Biên nhận" });
  await receipt.waitFor();
  await expect(receipt.textContent()).resolves.toMatch(new RegExp(`Phiên bản\\s*${version}(?!\\d)`));
}

async function unitStatus(unitId: string): Promise<{ review: string; reviewComment?: string | null; version: number | null }> {
  const token = await api.token({ role: "secretariat" });
  const res = await fetch(`${api.url}/campaigns/${demo}/status`, { headers: { Authorization: `Bearer ${token}` } });
  const status = (await res.json()) as { units: { unitId: string; review: string; reviewComment?: string | null; version: number | null }[] };
  const unit = status.units.find((u) => u.unitId === unitId);
  if (!unit) throw new Error(`${unitId} missing from the status`);
  return unit;
}

async function versions(unitId: string): Promise<number[]> {
  const token = await api.token({ unitId });
  const res = await fetch(`${api.url}/campaigns/${demo}/units/${unitId}/submissions`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as { version: number }[]).map((v) => v.version);
}

describe("task pane in Chromium", () => {
  it("inserts the outline, lists the placeholders, passes once filled, submits and shows the receipt", async () => {
    const page = await open(STP);
    await shot(page, "1-signed-in");
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await expect(page.getByRole("button", { name: "Nộp báo cáo" }).isDisabled()).resolves.toBe(true);

    await insertAndCheck(page);
    for (const key of ["I", "II", "III", "IV"]) {
      await page.getByRole("group", { name: new RegExp(`^Mục ${key} \\(`) }).getByText(/lời hướng dẫn của đề cương/).first().waitFor();
    }
    await shot(page, "2-placeholders");
    await expect(seriousViolations(page)).resolves.toEqual([]);

    // A finding is reachable by keyboard; Enter puts Word's selection on it.
    await page.getByRole("button", { name: /Chưa điền số văn bản/ }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as { __wordStub: { selectionText(): string } }).__wordStub.selectionText().startsWith("Số: …"));

    await fillReport(page, today);
    // Word reports the edits (WordApi 1.6): the pane re-checks by itself.
    await page.getByText(/Không còn lỗi/).waitFor();
    await shot(page, "3-check-passes");

    await page.getByRole("button", { name: "Nộp báo cáo" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText(/Sở Tư pháp/).waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await dialog.getByRole("button", { name: "Nộp", exact: true }).click();
    const receipt = page.getByRole("region", { name: "Biên nhận" });
    await receipt.waitFor();
    await expect(receipt.textContent()).resolves.toMatch(/Phiên bản\s*1/);
    await expect(receipt.textContent()).resolves.toMatch(/Đúng hạn/);
    await expect(receipt.textContent()).resolves.toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d/);
    await page.getByRole("list", { name: "Các lần đã nộp" }).getByText(/Phiên bản 1/).waitFor();
    // Finished, not busy: the progress says it is done, the findings no longer invite a submission, and the focus
    // is on the receipt.
    await page.getByRole("status").filter({ hasText: "Đã nộp xong" }).waitFor();
    await expect(page.getByText("Đang tải lên").count()).resolves.toBe(0);
    await page.getByText("Báo cáo đã được nộp — xem biên nhận.").waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Biên nhận");
    await shot(page, "4-receipt");
    await expect(seriousViolations(page)).resolves.toEqual([]);

    // The same document again: the server replays version 1, and the pane says so instead of staying silent.
    await page.getByRole("button", { name: "Nộp báo cáo" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Nộp", exact: true }).click();
    await receipt.getByText("Tài liệu không thay đổi so với phiên bản 1 — không tạo phiên bản mới.").waitFor();
    expect(await versions("stp")).toEqual([1]);
    await page.getByRole("alertdialog").waitFor({ state: "hidden" });
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Biên nhận");
    await shot(page, "4b-unchanged-document");

    const secretariat = await api.token({ role: "secretariat" });
    const status = (await (await fetch(`${api.url}/campaigns/${demo}/status`, { headers: { Authorization: `Bearer ${secretariat}` } })).json()) as {
      units: { unitId: string; status: string; version: number | null }[];
    };
    expect(status.units.find((u) => u.unitId === "stp")).toMatchObject({ status: "on_time", version: 1 });
  });

  it("draws a missing section like every other finding, clickable, even in a document with nothing else", async () => {
    const page = await open(SCT);
    // Kiểm tra on the empty document, before any outline: every required section is missing.
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    const missing = page.getByRole("button", { name: /^Báo cáo thiếu mục/ });
    await missing.first().waitFor();
    const count = await missing.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(missing.nth(i).isEnabled()).resolves.toBe(true);
    await missing.first().click();
    await shot(page, "15-missing-section-clickable");
  });

  it("keeps Submit disabled while errors remain", async () => {
    const page = await open(SCT);
    await insertAndCheck(page);
    await page.getByText(/lỗi phải sửa trước khi nộp/).waitFor();
    // The number finding's example is this unit's own code, not Sở Tư pháp's.
    const number = page.getByRole("button", { name: /Chưa điền số văn bản/ });
    await expect(number.textContent()).resolves.toContain("“Số: 45/BC-SCT”");
    await expect(page.getByRole("button", { name: "Nộp báo cáo" }).isDisabled()).resolves.toBe(true);
    await shot(page, "5-blocked");

    // A second "Chèn đề cương" offers to go to the outline instead of inserting another one.
    await page.evaluate(() => (window as unknown as { __wordStub: { moveCursorToEnd(): void } }).__wordStub.moveCursorToEnd());
    await page.getByRole("button", { name: "Chèn đề cương" }).click();
    await page.getByText("Tài liệu đã có đề cương báo cáo.").waitFor();
    await page.getByRole("button", { name: "Đi tới đề cương" }).click();
    await page.waitForFunction(() => {
      const s = (window as unknown as { __wordStub: { paragraphs(): string[]; selectionTag(): string | undefined } }).__wordStub;
      return s.paragraphs().filter((t) => t === "BÁO CÁO").length === 1 && s.selectionTag() === "cchc:section:I";
    });
  });

  it("lists the campaign's units grouped by its levels, found by typing without diacritics, in a 320 px pane", async () => {
    const { page } = await openPane(browser, stub, `${site.origin}/taskpane.html`);
    await page.setViewportSize({ width: 320, height: 700 });
    // No ?campaign=: the pane opens the campaign that is open now (the demo), not the past 2024 one.
    await page.getByRole("combobox", { name: "Chọn đơn vị" }).waitFor();
    await expect(page.getByLabel("Chọn đợt báo cáo").inputValue()).resolves.toBe(demo);
    await page.getByRole("combobox", { name: "Chọn đơn vị" }).fill("ky");
    const groups = page.getByRole("listbox").getByRole("group");
    await page.getByRole("option", { name: "UBND xã Kỳ Anh", exact: true }).waitFor();
    await expect(groups.allTextContents()).resolves.toEqual([expect.stringMatching(/^UBND cấp xã \(xã, phường, đặc khu\)/)]);
    await shot(page, "0-unit-picker");
    const listbox = await page.getByRole("listbox").boundingBox();
    expect(listbox!.x + listbox!.width).toBeLessThanOrEqual(320);
    await page.getByRole("combobox", { name: "Chọn đơn vị" }).fill("");
    await expect(groups.count()).resolves.toBe(3);
    await expect(page.getByRole("option", { name: /huyện/ }).count()).resolves.toBe(0);
  });

  it("speaks English outside Vietnamese Office and says what is missing from an old Word", async () => {
    const { page } = await openPane(browser, stub, `${site.origin}/taskpane.html?campaign=${demo}&lang=en-US&wordApi=1.1&noFile=1`);
    await pickUnit(page, "Choose unit", STP);
    await page.getByText(/^Due: \d\d\/\d\d\/\d{4} — \d+ days? left$/).waitFor();
    for (const name of ["Insert outline", "Check", "Submit report"]) {
      await expect(page.getByRole("button", { name }).isDisabled()).resolves.toBe(true);
    }
    await page.getByText(/lacks WordApi 1\.3/).waitFor();
    await page.getByText(/does not let add-ins read the file for submission/).waitFor();
    await shot(page, "9-english-degraded");
  });

  it("tells a server that refuses this add-in's address (ask the administrator) from no network at all", async () => {
    // A second server whose ALLOWED_ORIGINS lacks this pane's address (the development build takes ?api=).
    const elsewhere = await startBackend("https://another-pane.example");
    try {
      const apiBase = encodeURIComponent(elsewhere.url.replace(/\/api$/, ""));
      const { page: refused } = await openPane(browser, stub, `${site.origin}/taskpane.html?campaign=${demo}&api=${apiBase}`);
      const refusal = refused.getByRole("alert").filter({ hasText: /từ chối địa chỉ của phần bổ trợ này/ });
      await refusal.waitFor();
      await expect(refusal.textContent()).resolves.toMatch(/báo quản trị hệ thống/);
      await expect(refusal.textContent()).resolves.not.toMatch(/Kiểm tra mạng/);
      await shot(refused, "12-origin-refused");
    } finally {
      await elsewhere.stop();
    }
    // Nothing listens there any more: no answer at all, which is the network's (or the server's) absence.
    const gone = encodeURIComponent(elsewhere.url.replace(/\/api$/, ""));
    const { page: offline } = await openPane(browser, stub, `${site.origin}/taskpane.html?campaign=${demo}&api=${gone}`);
    const down = offline.getByRole("alert").filter({ hasText: /Không kết nối được máy chủ/ });
    await down.waitFor();
    await expect(down.textContent()).resolves.toMatch(/Kiểm tra mạng/);
    await shot(offline, "13-no-network");
  });

  it("re-checks by itself in a Word without change events (WordApi 1.3): the body text's fingerprint", async () => {
    const page = await open(STP, "&wordApi=1.3");
    await insertAndCheck(page);
    await page.getByText(/ngăn tự kiểm tra lại vài giây sau khi bạn sửa/).waitFor();
    await page.getByText(/lỗi phải sửa trước khi nộp/).waitFor();
    // The clerk types in Word; nobody presses Kiểm tra.
    await fillReport(page, today);
    await page.getByText(/Không còn lỗi/).waitFor();
    await shot(page, "14-wordapi-1.3-recheck");
  });

  it("shows the server's findings when it refuses the report (422)", async () => {
    // WordApi 1.5: no change events; the edit below is noticed only by the next text fingerprint (every 3 s, then a
    // debounce), after the submission has already read the file: the server's verdict is the one shown.
    const page = await open(SXD, "&wordApi=1.5");
    await insertAndCheck(page);
    await fillReport(page, today);
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    await page.getByText(/Không còn lỗi/).waitFor();
    await page.evaluate(() => (window as unknown as { __wordStub: { typeInSection(k: string, t: string[]): void } }).__wordStub.typeInSection("II", []));

    await page.getByRole("button", { name: "Nộp báo cáo" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Nộp", exact: true }).click();
    await page.getByText("Máy chủ chưa tiếp nhận báo cáo; các lỗi máy chủ phát hiện:").waitFor();
    await page.getByRole("group", { name: /^Mục II \(1 lỗi/ }).getByText(/lời hướng dẫn của đề cương/).waitFor();
    await expect(page.getByRole("button", { name: "Nộp báo cáo" }).isDisabled()).resolves.toBe(true);
    await shot(page, "6-server-422");
    expect(await versions(SXD.id)).toEqual([]);
  });

  it("contests an error with a reason: Giải trình → submit → the confirmation and the receipt list it", async () => {
    const page = await open(SXD);
    await insertAndCheck(page);
    await fillReport(page, today);
    // §I without a count of units inspected: one error the clerk disagrees with (the figures are in an annex).
    await page.evaluate(() =>
      (window as unknown as { __wordStub: { typeInSection(k: string, t: string[]): void } }).__wordStub.typeInSection("I", [
        "Công tác cải cách hành chính được triển khai đồng bộ; số liệu chi tiết tại Phụ lục 1 kèm theo.",
      ]),
    );
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    // The outline's own errors are listed until the check of the filled report lands: wait for its single error.
    await page.getByText(/^Còn 1 lỗi phải sửa trước khi nộp/).waitFor();
    await expect(page.getByRole("button", { name: "Nộp báo cáo" }).isDisabled()).resolves.toBe(true);

    const reason = "Số liệu đơn vị được kiểm tra ở bảng Phụ lục 1 kèm theo";
    // The field traps focus while open (the rest of the pane is hidden from assistive technology meanwhile).
    const field = page.getByRole("textbox", { name: /Lý do không sửa lỗi này/ });
    await page.getByRole("button", { name: "Giải trình" }).click();
    await field.fill("ngắn");
    await page.getByText("Cần ít nhất 10 ký tự.").waitFor();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Nộp báo cáo" }).isDisabled()).resolves.toBe(true);

    await page.getByRole("button", { name: "Giải trình" }).click();
    await field.fill(reason);
    await shot(page, "10-contest");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Đã giải trình" }).waitFor();
    await expect(page.getByRole("button", { name: "Nộp báo cáo" }).isEnabled()).resolves.toBe(true);

    await page.getByRole("button", { name: "Nộp báo cáo" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("region", { name: /Các lỗi đã giải trình/ }).getByText(reason, { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Nộp", exact: true }).click();
    const receipt = page.getByRole("region", { name: "Biên nhận" });
    await receipt.getByRole("region", { name: "Giải trình" }).getByText(reason, { exact: false }).waitFor();
    await shot(page, "11-contested-receipt");

    const token = await api.token({ unitId: "sxd" });
    const [latest] = (await (await fetch(`${api.url}/campaigns/${demo}/units/sxd/submissions`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      contested: { code: string; reason: string }[];
      findings: { code: string; contested?: boolean }[];
    }[];
    expect(latest?.contested).toEqual([{ code: "results.count", reason }]);
    expect(latest?.findings.find((f) => f.code === "results.count")?.contested).toBe(true);
  });

  it("survives a lost response: the retry reuses the key and the server keeps one version", async () => {
    const page = await open(SYT);
    await insertAndCheck(page);
    await fillReport(page, today);
    await page.getByText(/Không còn lỗi/).waitFor();

    let dropped = 0;
    await page.route("**/api/campaigns/*/units/*/submissions", async (route) => {
      if (route.request().method() !== "POST" || dropped > 0) return route.fallback();
      dropped++;
      // The request reaches the server and is stored; the answer never comes back.
      await route.fetch();
      await route.abort("connectionreset");
    });
    await page.getByRole("button", { name: "Nộp báo cáo" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Nộp", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: /Không kết nối được máy chủ/ });
    await alert.waitFor();
    await shot(page, "7-network-error");
    expect(await versions("syt")).toEqual([1]);

    await alert.getByRole("button", { name: "Thử lại" }).click();
    await page.getByRole("region", { name: "Biên nhận" }).getByText(/Đúng hạn/).waitFor();
    await shot(page, "8-retry-receipt");
    expect(dropped).toBe(1);
    expect(await versions("syt")).toEqual([1]);
  });

  it("shows a returned report's comment when the clerk reopens the pane, and a resubmission is pending again", async () => {
    const first = await open(STC);
    await insertAndCheck(first);
    await fillReport(first, today);
    await submitFilled(first, 1);
    await first.context().close();

    const comment = "Mục III chưa nêu thời hạn khắc phục cho từng tồn tại.";
    const secretariat = await api.token({ role: "secretariat" });
    const reviewed = await fetch(`${api.url}/submissions/${demo}.stc.v1/review`, {
      method: "POST",
      headers: { Authorization: `Bearer ${secretariat}`, "content-type": "application/json" },
      body: JSON.stringify({ decision: "returned", comment }),
    });
    expect(reviewed.status).toBe(200);
    await expect(unitStatus("stc")).resolves.toMatchObject({ review: "returned", reviewComment: comment, version: 1 });

    // A fresh pane (new browser context): the decision comes from the server, not from anything the pane remembered.
    const page = await open(STC);
    const banner = page.getByRole("alert").filter({ hasText: "Báo cáo phiên bản 1 đã bị trả lại:" });
    await banner.getByText(comment, { exact: false }).waitFor();
    await page.getByRole("list", { name: "Các lần đã nộp" }).getByText(/Phiên bản 1 .* Trả lại/).waitFor();
    await shot(page, "12-returned");

    await insertAndCheck(page);
    await fillReport(page, today);
    await submitFilled(page, 2);
    // The new version waits for review: once the history lists it, the banner about version 1 is gone.
    await page.getByRole("list", { name: "Các lần đã nộp" }).getByText(/Phiên bản 2 /).waitFor();
    await expect(banner.count()).resolves.toBe(0);
    await shot(page, "13-resubmitted");
    expect(await versions(STC.id)).toEqual([2, 1]);
    await expect(unitStatus("stc")).resolves.toMatchObject({ review: "pending", version: 2 });
  });
});
