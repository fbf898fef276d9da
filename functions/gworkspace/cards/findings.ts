/** "Kiểm tra" in Docs: the engine's findings grouped by part of the report, each opening the document near it. */
import type { Card, Widget } from "../../../shared/gworkspace/card";
import { groupFindings } from "../../../shared/model/finding-groups";
import type { Finding } from "../../../shared/model/findings";
import { isContestable, MIN_CONTEST_REASON } from "../../../shared/api/contest";
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

/** Form input names of the contest reasons: "contest:<code>". */
export const CONTEST_PREFIX = "contest:";

/**
 * "Giải trình": a reason per contestable error code, sent with "Nộp kèm giải trình"; the server accepts the report
 * when every error is contested (the same rule as the Word pane and the multipart upload).
 */
function contestSection(addon: AddonDeps, campaignId: string, findings: readonly Finding[], reasons: Record<string, string>) {
  const codes = [...new Map(findings.filter(isContestable).map((f) => [f.code, f])).values()];
  if (codes.length === 0) return [];
  const inputs: Widget[] = codes.map((f) => ({
    textInput: {
      name: `${CONTEST_PREFIX}${f.code}`,
      label: `${f.code}: lý do không sửa`,
      hintText: `Ít nhất ${MIN_CONTEST_REASON} ký tự`,
      type: "MULTIPLE_LINE" as const,
      ...(reasons[f.code] ? { value: reasons[f.code] } : {}),
    },
  }));
  const hint = text("Nếu đơn vị không đồng ý với lỗi nào, hãy ghi lý do; Sở Nội vụ xem giải trình khi xét duyệt. <i>(Contest an error with a reason.)</i>");
  const send = buttons({ text: "Nộp kèm giải trình", action: actionUrl(addon, ADDON_PATHS.docsSubmit), params: { campaignId } });
  return [section([hint, ...inputs, send], "Giải trình", true)];
}

export function findingsCard(
  addon: AddonDeps,
  campaignId: string,
  findings: readonly Finding[],
  link: HeadingLink,
  reasons: Record<string, string> = {},
): Card {
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
  const contest = errors > 0 ? contestSection(addon, campaignId, findings, reasons) : [];
  return card(ADDON_TITLE, "Kết quả kiểm tra", [section([text(summary), again]), ...groups, ...contest], "docs-findings");
}
