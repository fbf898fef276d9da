import type { Finding, Fix, Location, SectionId } from "../model/findings";
import { RULE_SEVERITY, type RuleCode } from "./codes";
import type { Line } from "./analysis/lines";
import { MESSAGES, type MessageId, type Text } from "./messages";
import { clip } from "./text";

export function say<K extends MessageId>(id: K, ...args: Parameters<(typeof MESSAGES)[K]>): Text {
  const fn = MESSAGES[id] as (...a: unknown[]) => Text;
  return fn(...args);
}

export interface Where {
  section?: SectionId;
  location?: Location;
  excerpt?: string;
  fix?: Fix;
}

/** A finding with the code's fixed severity. */
export function finding(code: RuleCode, text: Text, where: Where = {}): Finding {
  const f: Finding = { code, severity: RULE_SEVERITY[code], message: text[0], messageEn: text[1] };
  if (where.section) f.section = where.section;
  if (where.location) f.location = where.location;
  if (where.excerpt) f.excerpt = clip(where.excerpt);
  if (where.fix) f.fix = where.fix;
  return f;
}

/** Location and excerpt of a whole line, or of [start, end) in it. */
export function at(line: Line, start?: number, end?: number): Pick<Where, "location" | "excerpt"> {
  return {
    location: line.location(start, end),
    excerpt: start === undefined ? line.text : line.text.slice(start, end),
  };
}

/**
 * Where a finding about something missing points: the first present neighbour, so the clerk is taken to where the
 * missing part belongs (a missing number to the unit's name above it, a missing "Nơi nhận" to the signer beside it).
 */
export function near(...candidates: (Line | { line: Line; start: number; end: number } | undefined)[]): Pick<Where, "location" | "excerpt"> {
  for (const c of candidates) {
    if (!c) continue;
    if ("line" in c) return at(c.line, c.start, c.end);
    if (!c.isEmpty) return at(c);
  }
  return {};
}
