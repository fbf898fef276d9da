/**
 * What the local Docs endpoint holds: one Google document in the Docs index model (the body starts at 1 after the
 * section break; a paragraph is its text plus "\n"; a table takes 1 index, each row 1, each cell 1 plus its content),
 * and the batchUpdate requests the add-on and a person's edits use, applied the way Google documents them.
 */
export type Style = Record<string, unknown>;
export interface TRun { text: string; style: Style }
export interface TPara { kind: "p"; runs: TRun[]; style: Style }
export interface TCell { content: TElem[] }
export interface TTable { kind: "t"; rows: { cells: TCell[] }[]; widthsPt: (number | undefined)[]; borderless: boolean; pinned: number }
export type TElem = TPara | TTable;
export interface TNamedRange { id: string; name: string; start: number; end: number }

export class DocsApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface DocState {
  id: string;
  title: string;
  body: TElem[];
  namedRanges: TNamedRange[];
  documentStyle: Style;
  revision: number;
  ids: number;
}

const paraText = (p: TPara) => p.runs.map((r) => r.text).join("");
export const emptyPara = (style: Style = { namedStyleType: "NORMAL_TEXT" }): TPara => ({ kind: "p", runs: [{ text: "\n", style: {} }], style: { ...style } });

export function newDoc(id: string, title: string): DocState {
  return {
    id,
    title,
    body: [emptyPara()],
    namedRanges: [],
    documentStyle: { pageSize: { width: { magnitude: 612, unit: "PT" }, height: { magnitude: 792, unit: "PT" } } },
    revision: 1,
    ids: 1,
  };
}

export function length(e: TElem): number {
  if (e.kind === "p") return paraText(e).length;
  return 1 + e.rows.reduce((n, r) => n + 1 + r.cells.reduce((m, c) => m + 1 + c.content.reduce((k, x) => k + length(x), 0), 0), 0);
}

interface Found { list: TElem[]; at: number; para: TPara; start: number }

/** The paragraph holding `index` (any depth), or a 400 when the index is a table, row or cell boundary. */
export function locate(body: TElem[], index: number): Found {
  function walk(list: TElem[], start: number): Found | undefined {
    let pos = start;
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as TElem;
      const len = length(e);
      if (index >= pos && index < pos + len) {
        if (e.kind === "p") return { list, at: i, para: e, start: pos };
        let p = pos + 1;
        for (const row of e.rows) {
          p += 1;
          for (const cell of row.cells) {
            p += 1;
            const found = walk(cell.content, p);
            if (found) return found;
            p += cell.content.reduce((k, x) => k + length(x), 0);
          }
        }
        throw new DocsApiError(400, `Invalid requests: index ${index} is not inside a paragraph`);
      }
      pos += len;
    }
    return undefined;
  }
  const found = walk(body, 1);
  if (!found) throw new DocsApiError(400, `Invalid requests: index ${index} must be less than the end index of the segment`);
  return found;
}

/** Every paragraph with its start index, in document order (cells included). */
export function paragraphs(body: TElem[]): { para: TPara; start: number }[] {
  const out: { para: TPara; start: number }[] = [];
  function walk(list: TElem[], start: number): void {
    let pos = start;
    for (const e of list) {
      if (e.kind === "p") out.push({ para: e, start: pos });
      else {
        let p = pos + 1;
        for (const row of e.rows) {
          p += 1;
          for (const cell of row.cells) {
            p += 1;
            walk(cell.content, p);
            p += cell.content.reduce((k, x) => k + length(x), 0);
          }
        }
      }
      pos += length(e);
    }
  }
  walk(body, 1);
  return out;
}

function splitRuns(runs: TRun[], offset: number): [TRun[], TRun[]] {
  const before: TRun[] = [];
  const after: TRun[] = [];
  let pos = 0;
  for (const r of runs) {
    if (pos + r.text.length <= offset) before.push(r);
    else if (pos >= offset) after.push(r);
    else {
      before.push({ text: r.text.slice(0, offset - pos), style: r.style });
      after.push({ text: r.text.slice(offset - pos), style: r.style });
    }
    pos += r.text.length;
  }
  return [before, after];
}

/** Runs cut into paragraphs at each "\n" (each keeping its "\n"). */
function cutParagraphs(runs: TRun[], style: Style): TPara[] {
  const out: TPara[] = [];
  let current: TRun[] = [];
  for (const r of runs) {
    let rest = r.text;
    for (let nl = rest.indexOf("\n"); nl >= 0; nl = rest.indexOf("\n")) {
      current.push({ text: rest.slice(0, nl + 1), style: r.style });
      const { headingId: _h, ...copied } = style;
      out.push({ kind: "p", runs: current.filter((x) => x.text), style: out.length === 0 ? style : copied });
      current = [];
      rest = rest.slice(nl + 1);
    }
    if (rest) current.push({ text: rest, style: r.style });
  }
  return out;
}

function shiftRanges(s: DocState, index: number, delta: number): void {
  for (const r of s.namedRanges) {
    if (index < r.start) [r.start, r.end] = [r.start + delta, r.end + delta];
    else if (index < r.end) r.end += delta;
  }
}

export function insertText(s: DocState, index: number, text: string): void {
  if (!text) return;
  const f = locate(s.body, index);
  const [before, after] = splitRuns(f.para.runs, index - f.start);
  const inherit = (before[before.length - 1] ?? after[0])?.style ?? {};
  const merged = [...before, { text, style: { ...inherit } }, ...after];
  f.list.splice(f.at, 1, ...cutParagraphs(merged, f.para.style));
  shiftRanges(s, index, text.length);
}

export function insertTable(s: DocState, index: number, rows: number, columns: number): void {
  const f = locate(s.body, index);
  const [before, after] = splitRuns(f.para.runs, index - f.start);
  const { headingId: _h, ...style } = f.para.style;
  const first: TPara = { kind: "p", runs: [...before, { text: "\n", style: before[before.length - 1]?.style ?? {} }], style };
  const table: TTable = {
    kind: "t",
    rows: Array.from({ length: rows }, () => ({ cells: Array.from({ length: columns }, () => ({ content: [emptyPara()] })) })),
    widthsPt: [],
    borderless: false,
    pinned: 0,
  };
  const rest: TPara = { kind: "p", runs: after, style: f.para.style };
  f.list.splice(f.at, 1, first, table, rest);
  shiftRanges(s, index, 1 + length(table));
}

/** Within one paragraph (its "\n" kept), or whole consecutive paragraphs of one container. */
export function deleteRange(s: DocState, start: number, end: number): void {
  const f = locate(s.body, start);
  const paraEnd = f.start + paraText(f.para).length;
  if (end <= paraEnd - 1) {
    const [before, rest] = splitRuns(f.para.runs, start - f.start);
    const [, after] = splitRuns(rest, end - start);
    f.para.runs = [...before, ...after];
  } else {
    if (start !== f.start) throw new DocsApiError(400, "Invalid deletion range: partial paragraphs across a newline");
    let pos = f.start;
    let count = 0;
    for (let i = f.at; i < f.list.length && pos < end; i++) {
      const e = f.list[i] as TElem;
      if (e.kind !== "p") throw new DocsApiError(400, "Invalid deletion range: spans a table");
      pos += length(e);
      count++;
    }
    if (pos !== end) throw new DocsApiError(400, "Invalid deletion range: must end at a paragraph end");
    if (count === f.list.length) throw new DocsApiError(400, "Invalid deletion range: cannot delete the last newline of a segment");
    f.list.splice(f.at, count);
  }
  for (const r of s.namedRanges) {
    const map = (x: number) => (x >= end ? x - (end - start) : x > start ? start : x);
    [r.start, r.end] = [map(r.start), map(r.end)];
  }
  s.namedRanges = s.namedRanges.filter((r) => r.end > r.start);
}

function pick(source: Style, fields: string): Style {
  const out: Style = {};
  for (const f of fields.split(",").map((x) => x.trim())) if (f in source) out[f] = source[f];
  return out;
}

export function updateParagraphStyle(s: DocState, start: number, end: number, style: Style, fields: string): void {
  for (const p of paragraphs(s.body)) {
    const pEnd = p.start + paraText(p.para).length;
    if (pEnd <= start || p.start >= end) continue;
    Object.assign(p.para.style, pick(style, fields));
    const named = String(p.para.style["namedStyleType"] ?? "");
    if (/^HEADING_\d$|^TITLE$/.test(named) && !p.para.style["headingId"]) p.para.style["headingId"] = `h.test${s.ids++}`;
    if (!/^HEADING_\d$|^TITLE$/.test(named)) delete p.para.style["headingId"];
  }
}

export function updateTextStyle(s: DocState, start: number, end: number, style: Style, fields: string): void {
  for (const p of paragraphs(s.body)) {
    const pEnd = p.start + paraText(p.para).length;
    if (pEnd <= start || p.start >= end) continue;
    const [before, rest] = splitRuns(p.para.runs, Math.max(0, start - p.start));
    const [inside, after] = splitRuns(rest, Math.min(pEnd, end) - Math.max(start, p.start));
    p.para.runs = [...before, ...inside.map((r) => ({ text: r.text, style: { ...r.style, ...pick(style, fields) } })), ...after];
  }
}

export function tableAt(s: DocState, index: number): TTable {
  let pos = 1;
  for (const e of s.body) {
    if (e.kind === "t" && pos === index) return e;
    pos += length(e);
  }
  throw new DocsApiError(400, `Invalid requests: no table starts at index ${index}`);
}
