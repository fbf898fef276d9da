import type { Finding } from "../model/findings";
import type { RuleContext } from "./context";
import { at, finding, say } from "./finding";
import type { Segment } from "./segments";
import { hasPhrase, words } from "./text";

/** footer.recipients, footer.recipientsSnv, footer.signer. */
export function footerRule(ctx: RuleContext): Finding[] {
  const { footer, header } = ctx.analysis;
  const out: Finding[] = [];
  const section = "footer" as const;
  const seg = (s: Segment) => at(s.line, s.start, s.end);

  if (!footer.recipientsLabel) {
    const example = ctx.campaign.outline.recipients.map((r) => `“- ${r};”`).join(" ");
    out.push(finding("footer.recipients", say("footer.recipients", { example }), { section }));
  } else if (!footer.recipients.some(namesHomeAffairs) && !(header.agency && namesHomeAffairs(header.agency))) {
    // Sở Nội vụ's own report is not sent to itself.
    out.push(finding("footer.recipientsSnv", say("footer.recipientsSnv"), { section, ...seg(footer.recipientsLabel) }));
  }

  if (!footer.signerTitle) out.push(finding("footer.signer", say("footer.signer/title"), { section }));
  else if (!footer.signerName) {
    const title = footer.signerTitle.text;
    const id = footer.signerNamePlaceholder ? "footer.signer/placeholder" : "footer.signer/name";
    out.push(finding("footer.signer", say(id, { title }), { section, ...seg(footer.signerTitle) }));
  }
  return out;
}

function namesHomeAffairs(s: Segment): boolean {
  const w = words(s.text);
  return hasPhrase(w, "noi vu") || hasPhrase(w, "snv");
}
