/** "Kiểm tra" in Docs: the engine's findings grouped by part of the report, each opening the document near it. */
import type { Card, Widget } from "../../../shared/gworkspace/card";
import { groupFindings } from "../../../shared/model/finding-groups";
import type { Finding } from "../../../shared/model/findings";
import { SECTION_LABELS } from "../../../shared/model/section-labels";
import { actionUrl, ADDON_PATHS, type AddonDeps } from "../trigger";
import { ADDON_TITLE } from "./common";
import { buttons, card, esc, section, text } from "./ui";

/** Where a finding opens the document: the nearest heading (Docs "#heading=h.…" links). */
export type HeadingLink = (f: Finding) => string | undefined;

function findingWidget(addon: AddonDeps, campaignId: string, f: Finding, link: HeadingLink): Widget {
  const mark = f.severity === "error" ? `<font color="#b3261e">Lỗi</font>` : `<font color="#8a5300">Lưu ý</font>`;
  const excerpt = f.excerpt ? `<br><i>“${esc(f.excerpt.slice(0, 120))}”</i>` : "";
  const url = link(f);
  // A missing section: "Thêm mục" inserts it where it belongs (the Word pane's button); otherwise "Mở" opens the spot.
  const add = f.fix?.kind === "insertSection" ? f.fix.section : undefined;
  const parameters = add ? [{ key: "campaignId", value: campaignId }, { key: "section", value: add }] : [];
  const button = add
    ? { text: "Thêm mục", onClick: { action: { function: actionUrl(addon, ADDON_PATHS.docsAddSection), parameters } } }
    : url
      ? { text: "Mở", onClick: { openLink: { url } } }
      : undefined;
  return {
    decoratedText: {
      topLabel: f.code,
      text: `${mark}: ${esc(f.message)}${excerpt}`,
      bottomLabel: f.messageEn,
      wrapText: true,
      ...(button ? { button } : {}),
    },
  };
}

export function findingsCard(addon: AddonDeps, campaignId: string, findings: readonly Finding[], link: HeadingLink): Card {
  const errors = findings.filter((f) => f.severity === "error").length;
  const params = { campaignId };
  const again = buttons(
    { text: "Kiểm tra lại", action: actionUrl(addon, ADDON_PATHS.docsCheck), params },
    { text: "Nộp báo cáo", action: actionUrl(addon, ADDON_PATHS.docsSubmit), params, filled: errors === 0 },
  );
  const summary =
    findings.length === 0
      ? "Báo cáo đạt yêu cầu, có thể nộp. <i>(No findings: ready to submit.)</i>"
      : errors > 0
        ? `Còn <b>${errors} lỗi</b> và ${findings.length - errors} lưu ý: sửa các lỗi rồi kiểm tra lại. <i>(${errors} errors to fix.)</i>`
        : `Không còn lỗi; ${findings.length} lưu ý có thể xem xét. Báo cáo nộp được. <i>(Warnings only: can be submitted.)</i>`;
  const groups = groupFindings(findings).map((g) =>
    section(g.findings.map((f) => findingWidget(addon, campaignId, f, link)), `${SECTION_LABELS.vi[g.section]} (${g.findings.length})`, g.findings.length > 3),
  );
  return card(ADDON_TITLE, "Kết quả kiểm tra", [section([text(summary), again]), ...groups], "docs-findings");
}
