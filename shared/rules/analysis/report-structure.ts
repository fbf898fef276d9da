import type { Campaign, SectionKey } from "../../campaign/schema";
import type { CalendarDate } from "../../dates";
import type { DocumentModel } from "../../model/document";
import type { Location } from "../../model/findings";
import type { Line } from "./lines";
import type { Segment } from "./segments";
import { analyse, type Analysis } from "./structure";

/** A recognised piece of the report: where it is and what it says. */
export interface StructurePart {
  location: Location;
  text: string;
}

/** Lines [start, end] of a stretch of the body, with the blocks that hold them (inclusive). */
export interface ContentRange {
  start: Location;
  end: Location;
  firstBlock: number;
  lastBlock: number;
}

export interface ReportSection {
  key: SectionKey;
  heading: StructurePart;
  /** How the heading is numbered ("I." typed or from list numbering, or "1."); absent when unnumbered. */
  numbering?: "roman" | "arabic";
  duplicate: boolean;
  /** Absent when nothing but blank lines follows the heading. */
  content?: ContentRange;
}

export interface MissingSectionInfo {
  key: SectionKey;
  required: boolean;
  /** "Thêm mục" inserts before this block; absent: at the end of the body (there is no footer to go before). */
  beforeBlock?: number;
  /** A heading standing where the section belongs, in other words: the clerk renames it rather than adds one. */
  rename?: StructurePart;
}

/** What the engine recognised in a report; the task pane uses it to navigate and to place missing sections. */
export interface ReportStructure {
  header: {
    parent?: StructurePart;
    agency?: StructurePart & { placeholder: boolean };
    number?: StructurePart & { value: string; blank: boolean; standard: boolean };
    national?: StructurePart;
    motto?: StructurePart;
    dateLine?: StructurePart & { place?: string; date?: CalendarDate; blank: boolean; valid: boolean };
  };
  title: { typeName?: StructurePart; subject: StructurePart[] };
  preamble?: ContentRange;
  sections: ReportSection[];
  missingSections: MissingSectionInfo[];
  /** "Trên đây là báo cáo …" */
  closing?: StructurePart;
  footer: {
    start?: Location;
    recipientsLabel?: StructurePart;
    recipients: StructurePart[];
    signerTitle?: StructurePart;
    signerName?: StructurePart;
  };
  /** The header date line's date, when it is a real date. */
  reportDate?: CalendarDate;
}

export function analyseReport(doc: DocumentModel, campaign: Campaign): ReportStructure {
  return toReportStructure(analyse(doc, campaign));
}

function toReportStructure(a: Analysis): ReportStructure {
  const h = a.header;
  const opt = <T, R>(v: T | undefined, f: (v: T) => R) => (v === undefined ? undefined : f(v));
  return {
    header: {
      parent: opt(h.parent, seg),
      agency: opt(h.agency, (s) => ({ ...seg(s), placeholder: h.agencyPlaceholder })),
      number: opt(h.number, (s) => ({ ...seg(s), value: s.value, blank: s.blank, standard: s.standard })),
      national: opt(h.national, seg),
      motto: opt(h.motto, seg),
      dateLine: opt(h.dateLine, (s) => {
        const { place, date, blank, valid } = s.found;
        return { ...seg(s), place, date, blank, valid };
      }),
    },
    title: { typeName: opt(a.title.typeName, line), subject: a.title.subject.map(line) },
    preamble: range(a.lines.slice(a.preamble.from, a.preamble.to)),
    sections: a.sections.map((s) => ({
      key: s.key,
      heading: line(s.heading),
      numbering: s.numbering?.kind === "roman" || s.numbering?.kind === "arabic" ? s.numbering.kind : undefined,
      duplicate: s.duplicate,
      content: range(a.lines.slice(s.from, s.to)),
    })),
    missingSections: a.missing.map((m) => {
      const info: MissingSectionInfo = { key: m.key, required: m.required };
      if (m.beforeBlock !== undefined) info.beforeBlock = m.beforeBlock;
      if (m.rename) info.rename = line(m.rename);
      return info;
    }),
    closing: opt(a.closing, line),
    footer: {
      start: a.lines[a.footerStart]?.location(),
      recipientsLabel: opt(a.footer.recipientsLabel, seg),
      recipients: a.footer.recipients.map(seg),
      signerTitle: opt(a.footer.signerTitle, seg),
      signerName: opt(a.footer.signerName, seg),
    },
    reportDate: a.headerDate,
  };
}

function line(l: Line): StructurePart {
  return { location: l.location(), text: l.text };
}

function seg(s: Segment): StructurePart {
  return { location: s.line.location(s.start, s.end), text: s.text };
}

function range(lines: readonly Line[]): ContentRange | undefined {
  const filled = lines.filter((l) => !l.isEmpty);
  const first = filled[0];
  const last = filled.at(-1);
  if (!first || !last) return undefined;
  return { start: first.location(), end: last.location(), firstBlock: first.block, lastBlock: last.block };
}
