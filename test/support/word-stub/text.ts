import { DEFAULT_FONT, formatText, notify, rawText, showsPlaceholder, visibleText, type SFont, type SParagraph, type StubState } from "./state";

/** A span of text: from `start` in the first paragraph to `end` in the last one (offsets in visible text). */
export interface SpanTarget {
  state: StubState;
  paragraphs: SParagraph[];
  start: number;
  end: number;
}

export function wholeSpan(state: StubState, paragraphs: SParagraph[]): SpanTarget {
  const last = paragraphs[paragraphs.length - 1];
  return { state, paragraphs, start: 0, end: last ? visibleText(state, last).length : 0 };
}

export function spanText(span: SpanTarget): string {
  return span.paragraphs
    .map((p, i) => {
      const t = visibleText(span.state, p);
      const a = i === 0 ? span.start : 0;
      const b = i === span.paragraphs.length - 1 ? span.end : t.length;
      return t.slice(a, b);
    })
    .join("\r");
}

/** Inserts text at `offset` of a paragraph; it takes the formatting of the run it lands in (or of the mark). */
export function insertTextAt(state: StubState, p: SParagraph, offset: number, text: string): SpanTarget {
  let at = 0;
  let placed = false;
  for (const run of p.runs) {
    if (!placed && offset <= at + run.text.length) {
      run.text = run.text.slice(0, offset - at) + text + run.text.slice(offset - at);
      placed = true;
    }
    at += run.text.length;
  }
  if (!placed) p.runs.push({ text, font: { ...p.mark } });
  notify(state, "ParagraphChanged");
  return { state, paragraphs: [p], start: offset, end: offset + text.length };
}

export function replaceText(state: StubState, p: SParagraph, start: number, end: number, text: string): SpanTarget {
  // Typing over a placeholder replaces all of it: the placeholder is not part of the content.
  if (showsPlaceholder(state, p)) {
    p.runs = [];
    return insertTextAt(state, p, 0, text);
  }
  const font = { ...(p.runs[0]?.font ?? p.mark) };
  const before = rawText(p).slice(0, start);
  const after = rawText(p).slice(end);
  p.runs = [before, text, after].filter((t) => t).map((t) => ({ text: t, font: { ...font } }));
  notify(state, "ParagraphChanged");
  return { state, paragraphs: [p], start, end: start + text.length };
}

/** Effective font of a span: a property differing between runs reads as null ("mixed"), like Word. */
export function spanFont(span: SpanTarget): Partial<Record<keyof SFont, unknown>> {
  const fonts: SFont[] = [];
  span.paragraphs.forEach((p, i) => {
    if (showsPlaceholder(span.state, p) || p.runs.length === 0) return fonts.push(p.mark);
    let at = 0;
    const a = i === 0 ? span.start : 0;
    const b = i === span.paragraphs.length - 1 ? span.end : Infinity;
    for (const r of p.runs) {
      const s = at;
      at += r.text.length;
      if (at > a && s < b) fonts.push(r.font);
    }
    if (a === b) fonts.push(p.mark);
  });
  const first = fonts[0] ?? DEFAULT_FONT;
  const out: Partial<Record<keyof SFont, unknown>> = {};
  for (const key of Object.keys(first) as (keyof SFont)[]) out[key] = fonts.every((f) => f[key] === first[key]) ? first[key] : null;
  return out;
}

export function setSpanFont(span: SpanTarget, patch: Partial<SFont>): void {
  span.paragraphs.forEach((p, i) => {
    const len = rawText(p).length;
    const a = i === 0 ? span.start : 0;
    const b = i === span.paragraphs.length - 1 ? span.end : len;
    const whole = a === 0 && b >= len;
    if (whole) Object.assign(p.mark, patch);
    formatText(p, a, Math.min(b, len), patch);
  });
}
