import type { Finding } from "../../model/findings";
import type { RuleContext } from "../context";
import { at, finding, near, say } from "../finding";
import { UNIT_CODE } from "../analysis/header-parts";
import type { Segment } from "../analysis/segments";

/** header.agency, header.number, header.numberFormat, header.national, header.date. */
export function headerRule(ctx: RuleContext): Finding[] {
  const { header } = ctx.analysis;
  const { outline } = ctx.campaign;
  const out: Finding[] = [];
  const section = "header" as const;
  const seg = (s: Segment) => at(s.line, s.start, s.end);
  const firstLine = ctx.analysis.lines.find((l) => !l.isEmpty);

  if (!header.agency) {
    out.push(finding("header.agency", say("header.agency/missing"), { section, ...near(header.number, header.national, firstLine) }));
  }
  else if (header.agencyPlaceholder) {
    const text = say("header.agency/placeholder", { text: header.agency.text });
    out.push(finding("header.agency", text, { section, ...seg(header.agency) }));
  }

  const typeCode = outline.typeCode;
  // The example is the unit's own number: its registry code, else the code the document already writes, else none.
  const code = ctx.unitCode ?? (header.number ? writtenUnitCode(header.number.value, typeCode) : undefined);
  const unitCode = code ? { unitCode: code } : {};
  if (!header.number) {
    out.push(finding("header.number", say("header.number/missing", { typeCode, ...unitCode }), { section, ...near(header.agency, firstLine) }));
  }
  else if (header.number.blank) {
    const text = say("header.number/blank", { text: header.number.text, typeCode, ...unitCode });
    out.push(finding("header.number", text, { section, ...seg(header.number) }));
  } else if (!header.number.standard) {
    const text = say("header.numberFormat", { value: header.number.value, typeCode });
    out.push(finding("header.numberFormat", text, { section, ...seg(header.number) }));
  }

  if (!header.national) {
    out.push(finding("header.national", say("header.national/national"), { section, ...near(header.motto, header.dateLine, firstLine) }));
  }
  if (!header.motto) {
    out.push(finding("header.national", say("header.national/motto"), { section, ...near(header.national, header.dateLine, firstLine) }));
  }

  const example = `${ctx.campaign.place}, ngày 28 tháng 6 năm ${ctx.campaign.year}`;
  const date = header.dateLine;
  if (!date) {
    out.push(finding("header.date", say("header.date/missing", { example }), { section, ...near(header.motto, header.national, firstLine) }));
  }
  else if (date.found.blank) {
    out.push(finding("header.date", say("header.date/blank", { text: date.text, example }), { section, ...seg(date) }));
  } else if (!date.found.valid) {
    out.push(finding("header.date", say("header.date/invalid", { text: date.text }), { section, ...seg(date) }));
  }
  return out;
}

const WHOLE_UNIT_CODE = new RegExp(`^${UNIT_CODE}$`, "u");

/** "STP" of "…/BC-STP": the unit code a number written from the template already carries. */
function writtenUnitCode(value: string, typeCode: string): string | undefined {
  const at = value.lastIndexOf(`${typeCode}-`);
  const code = at < 0 ? "" : value.slice(at + typeCode.length + 1).trim();
  return WHOLE_UNIT_CODE.test(code) ? code : undefined;
}
