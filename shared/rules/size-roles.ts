import type { Analysis } from "./structure";

/** Expected font size of a kind of line (Decree 30, Appendix I), with the tolerance the check allows. */
export interface SizeRole {
  min: number;
  max: number;
  tolerance: number;
  part: string;
  partEn: string;
}

const role = (min: number, max: number, part: string, partEn: string, tolerance = 1): SizeRole => ({ min, max, tolerance, part, partEn });

/** Header and footer elements vary by a point between templates; body text must be 13–14 pt. */
const ROLES = {
  national: role(12, 13, "Quốc hiệu", "national title"),
  motto: role(13, 14, "Tiêu ngữ", "motto"),
  agency: role(12, 13, "tên cơ quan", "unit name"),
  number: role(13, 13, "số, ký hiệu", "document number"),
  date: role(13, 14, "địa danh, ngày tháng", "date line"),
  title: role(13, 14, "tên loại, trích yếu", "type name and subject"),
  body: role(13, 14, "nội dung", "body text", 0),
  signer: role(13, 14, "chức vụ, họ tên người ký", "signer"),
  recipientsLabel: role(12, 12, "“Nơi nhận:”", "“Nơi nhận:”"),
  recipients: role(11, 11, "danh sách nơi nhận", "recipients list"),
} as const;

/**
 * The lines whose size is judged, in document order, each with its expected size. Tables in the body are not
 * judged (the decree sets no size for them and 12 pt tables are common); unrecognised lines are not either.
 */
export function sizeRoles(a: Analysis): Map<number, SizeRole> {
  const roles = new Map<number, SizeRole>();
  const set = (index: number | undefined, r: SizeRole) => {
    if (index !== undefined && !roles.has(index)) roles.set(index, r);
  };
  const h = a.header;
  set(h.national?.line.index, ROLES.national);
  set(h.motto?.line.index, ROLES.motto);
  set(h.parent?.line.index, ROLES.agency);
  set(h.agency?.line.index, ROLES.agency);
  set(h.number?.line.index, ROLES.number);
  set(h.dateLine?.line.index, ROLES.date);
  set(a.title.typeName?.index, ROLES.title);
  for (const l of a.title.subject) set(l.index, ROLES.title);
  const bodyRanges = [a.preamble, ...a.sections.map((s) => ({ from: s.from - 1, to: s.to }))];
  for (const r of bodyRanges) {
    for (const line of a.lines.slice(r.from, r.to)) if (!line.inTable) set(line.index, ROLES.body);
  }
  if (a.closing) set(a.closing.index, ROLES.body);
  const f = a.footer;
  set(f.recipientsLabel?.line.index, ROLES.recipientsLabel);
  for (const s of f.recipients) set(s.line.index, ROLES.recipients);
  set(f.signerTitle?.line.index, ROLES.signer);
  set(f.signerName?.line.index, ROLES.signer);
  return new Map([...roles].sort((x, y) => x[0] - y[0]));
}
