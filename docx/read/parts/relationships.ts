/**
 * Relationship part reader (package-level _rels/.rels and per-part rels). External targets are kept only as
 * "external" and never resolved, so nothing outside the package is ever followed.
 */
import { CodedError } from "../../../shared/errors/codes";
import { relType } from "../stages/ns";
import { parsePart, type PartSource } from "../stages/part";

export interface Relationship {
  /** Short type ("officeDocument", "styles", "numbering", "theme"…) or undefined for foreign types. */
  type: string | undefined;
  target: string;
  external: boolean;
}

/** "" (the package itself) → "_rels/.rels"; "word/document.xml" → "word/_rels/document.xml.rels". */
export function relsPartName(sourcePart: string): string {
  const slash = sourcePart.lastIndexOf("/");
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

export async function readRelationships(src: PartSource, sourcePart: string): Promise<Relationship[]> {
  const part = relsPartName(sourcePart);
  const rels: Relationship[] = [];
  if (!src.pkg.has(part)) return rels;
  await parsePart(src, part, {
    open(el) {
      if (el.ns !== "pr" || el.local !== "Relationship") return;
      const target = el.attr("Target", "");
      const type = el.attr("Type", "");
      if (target === undefined || type === undefined) return;
      src.budget.take();
      rels.push({ type: relType(type), target, external: el.attr("TargetMode", "") === "External" });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** The internal target of the first relationship of `type`, as a part name; undefined when there is none. */
export function findTarget(rels: readonly Relationship[], type: string, sourcePart: string): string | undefined {
  const rel = rels.find((r) => r.type === type && !r.external);
  return rel && resolveTarget(sourcePart, rel.target);
}

/**
 * Resolves a relative target against its source part. Anything that could escape the package root (.., a URI
 * scheme or drive letter, a backslash) is refused rather than clamped: Word never writes such a target.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    throw new CodedError("docx.unsafePath", target);
  }
  if (decoded.includes("\\") || /^[a-z][a-z0-9+.-]*:/i.test(decoded) || decoded.includes("\0")) {
    throw new CodedError("docx.unsafePath", target);
  }
  const segments = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) throw new CodedError("docx.unsafePath", target);
      segments.pop();
    } else segments.push(segment);
  }
  if (segments.length === 0) throw new CodedError("docx.unsafePath", target);
  return segments.join("/");
}
