import type { Finding } from "../../model/findings";
import type { RuleContext } from "../context";
import { at, finding, near, say } from "../finding";
import type { Segment } from "../analysis/segments";
import { hasPhrase, words } from "../text";

/** Titles a message offers in place of the template's placeholder. */
const TITLE_EXAMPLES = "“GIÁM ĐỐC”, “KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC”, “TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH”, “CHÁNH THANH TRA”";

/** footer.recipients, footer.recipientsSnv, footer.signer. */
export function footerRule(ctx: RuleContext): Finding[] {
  const { footer, header } = ctx.analysis;
  const out: Finding[] = [];
  const section = "footer" as const;
  const seg = (s: Segment) => at(s.line, s.start, s.end);
  const place = words(ctx.campaign.place);
  const lastLine = ctx.analysis.lines.filter((l) => !l.isEmpty).at(-1);

  if (!footer.recipientsLabel) {
    const example = ctx.campaign.outline.recipients.map((r) => `“- ${r};”`).join(" ");
    const where = near(footer.signerTitle, ctx.analysis.closing, lastLine);
    out.push(finding("footer.recipients", say("footer.recipients", { example }), { section, ...where }));
  } else if (
    !footer.recipients.some((r) => namesHomeAffairs(r.text, place)) &&
    !(header.agency && namesHomeAffairs(header.agency.text, place)) &&
    !addressedToHomeAffairs(ctx, place)
  ) {
    // Sở Nội vụ's own report is not sent to itself. A look-alike ("Phòng Nội vụ", "Bộ Nội vụ") is quoted so the clerk
    // sees why it does not count.
    const lookAlike = footer.recipients.find((r) => hasPhrase(words(r.text), "noi vu"));
    const listed = lookAlike ? lookAlike.text.replace(/^[-–+•*\s]+/u, "").replace(/[;,.]+$/u, "") : "";
    out.push(finding("footer.recipientsSnv", say("footer.recipientsSnv", { listed }), { section, ...seg(lookAlike ?? footer.recipientsLabel) }));
  }

  if (!footer.signerTitle) {
    const where = near(footer.recipientsLabel, ctx.analysis.closing, lastLine);
    out.push(finding("footer.signer", say("footer.signer/title"), { section, ...where }));
  }
  else if (footer.signerTitlePlaceholder) {
    const text = say("footer.signer/templateTitle", { title: footer.signerTitle.text, examples: TITLE_EXAMPLES, nameToo: !footer.signerName });
    out.push(finding("footer.signer", text, { section, ...seg(footer.signerTitle) }));
  } else if (!footer.signerName) {
    const title = footer.signerTitle.text;
    const id = footer.signerNamePlaceholder ? "footer.signer/placeholder" : "footer.signer/name";
    out.push(finding("footer.signer", say(id, { title }), { section, ...seg(footer.signerTitle) }));
  }
  return out;
}

/**
 * Does a recipient (or the issuing unit) name the province's Sở Nội vụ? "Sở Nội vụ", "Sở Nội vụ tỉnh Hà Tĩnh",
 * "Sở Nội vụ (để b/c)", "UBND tỉnh (qua Sở Nội vụ)", "SNV", "Giám đốc Sở Nội vụ" do; "Phòng Nội vụ" (a district's
 * division), "Bộ Nội vụ" (the ministry) and another province's Sở Nội vụ do not.
 */
export function namesHomeAffairs(text: string, place: string): boolean {
  const w = ` ${words(text)} `;
  if (/ snv /.test(w)) return true;
  for (const m of w.matchAll(/ so (?:noi vu|nv) /g)) {
    const after = w.slice(m.index + m[0].length);
    const province = /^(?:tinh|thanh pho) (.*)$/.exec(after.trim());
    if (!province || !place || ` ${province[1]} `.startsWith(` ${place} `)) return true;
  }
  return false;
}

/** Lines after "Kính gửi:" that may hold the addressees ("Kính gửi:\n- Sở Nội vụ;\n- …"). */
const ADDRESSEE_LINES = 4;

/**
 * "Kính gửi: Sở Nội vụ" under the title with "- Như trên;" in Nơi nhận sends the report to Sở Nội vụ as surely as
 * listing it: the recipients list then only points back to the addressees.
 */
function addressedToHomeAffairs(ctx: RuleContext, place: string): boolean {
  const { lines, footer, footerStart } = ctx.analysis;
  if (!footer.recipients.some((r) => hasPhrase(words(r.text), "nhu tren"))) return false;
  const body = lines.slice(0, footerStart);
  const start = body.findIndex((l) => l.words.startsWith("kinh gui"));
  if (start < 0) return false;
  return body.slice(start, start + ADDRESSEE_LINES).some((l) => namesHomeAffairs(l.text, place));
}
