import type { Line } from "./lines";
import type { Segment } from "./segments";
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

/** A judged piece of a line: the whole line, or one column of a header or footer typed with tabs. */
export interface SizedPart {
  line: Line;
  /** Offsets in line.text. */
  start: number;
  end: number;
  role: SizeRole;
}

/**
 * The pieces whose size is judged, in document order, each with its expected size. Header and footer parts are
 * judged column by column (a footer laid out with tabs puts "Nơi nhận:" and the signer's title on one line, and
 * neither is blamed for the other's size); body lines whole. Tables in the body are not judged (the decree sets no
 * size for them and 12 pt tables are common); unrecognised lines are not either.
 */
export function sizeRoles(a: Analysis): SizedPart[] {
  const parts = new Map<string, SizedPart>();
  const lines = new Set<number>();
  const seg = (s: Segment | undefined, r: SizeRole) => {
    if (!s) return;
    const key = `${s.line.index}:${s.start}`;
    if (!parts.has(key)) parts.set(key, { line: s.line, start: s.start, end: s.end, role: r });
    lines.add(s.line.index);
  };
  const whole = (l: Line | undefined, r: SizeRole) => {
    if (!l || lines.has(l.index)) return;
    lines.add(l.index);
    parts.set(`${l.index}:0`, { line: l, start: 0, end: l.text.length, role: r });
  };
  const h = a.header;
  seg(h.national, ROLES.national);
  seg(h.motto, ROLES.motto);
  seg(h.parent, ROLES.agency);
  seg(h.agency, ROLES.agency);
  seg(h.number, ROLES.number);
  seg(h.dateLine, ROLES.date);
  const f = a.footer;
  seg(f.recipientsLabel, ROLES.recipientsLabel);
  for (const s of f.recipients) seg(s, ROLES.recipients);
  for (const s of f.signer) seg(s, ROLES.signer);
  whole(a.title.typeName, ROLES.title);
  for (const l of a.title.subject) whole(l, ROLES.title);
  const bodyRanges = [a.preamble, ...a.sections.map((s) => ({ from: s.from - 1, to: s.to }))];
  for (const r of bodyRanges) {
    for (const line of a.lines.slice(r.from, r.to)) if (!line.inTable) whole(line, ROLES.body);
  }
  whole(a.closing, ROLES.body);
  return [...parts.values()].sort((x, y) => x.line.index - y.line.index || x.start - y.start);
}
