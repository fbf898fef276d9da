/**
 * The pipeline: unzip → package relationships → main part (found through relationships, never assumed) →
 * theme, styles, numbering → document body → DocumentModel. Every failure becomes a typed result, never a throw.
 */
import type { DocumentModel, Run } from "../../../shared/model/document";
import { CodedError, type ErrorCode } from "../../../shared/errors/codes";
import { errorText } from "../../../shared/errors/messages";
import { ObjectBudget } from "./budget";
import { readContentTypes } from "../parts/content-types";
import { readDocument } from "../parts/document";
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits";
import { ListCounters } from "../model/list-counters";
import { FOREIGN_MAIN_CONTENT_TYPE } from "./ns";
import { emptyNumbering, readNumbering } from "../parts/numbering";
import type { PartSource } from "./part";
import { findTarget, readRelationships } from "../parts/relationships";
import { StyleResolver } from "../model/style-resolver";
import { emptyStyleSheet, readStyles } from "../parts/styles";
import { DEFAULT_THEME_FONTS, readTheme } from "../parts/theme";
import type { ReaderWarning } from "./warnings";
import { openZip } from "./zip";

export interface DocxReadError {
  code: ErrorCode;
  message: string;
  messageEn: string;
  /** Technical detail for logs (which part, which cap); not meant for end users. */
  detail?: string;
}

/** `warnings`: what was skipped or repaired to read the document (empty for a sound file). */
export type DocxReadResult =
  | { ok: true; model: DocumentModel; warnings: ReaderWarning[] }
  | { ok: false; error: DocxReadError };

export async function readDocx(bytes: Uint8Array, limits?: Partial<DocxLimits>): Promise<DocxReadResult> {
  const warnings: ReaderWarning[] = [];
  try {
    return { ok: true, model: await readModel(bytes, withDefaults(limits), warnings), warnings };
  } catch (err) {
    return { ok: false, error: toReadError(err) };
  }
}

/**
 * A damaged optional part (bad CRC, broken deflate data, malformed XML: all "docx.corrupt") is skipped with a warning
 * and its defaults used, as other readers do. Every cap and hostile-input refusal (bomb, DOCTYPE, depth, encryption,
 * names) still stops the read: only plain damage is forgiven, and only in parts that do not carry the report's
 * meaning. Styles and numbering are not optional in that sense: without them headings lose their style, outline level
 * and "I., II." labels, and the rules would report sections missing from a report that has them — a damaged styles or
 * numbering part stays docx.corrupt, which tells the clerk to re-save the file instead.
 */
async function optionalPart<T>(part: string, fallback: T, read: () => Promise<T>, warnings: ReaderWarning[]): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (!(err instanceof CodedError) || err.code !== "docx.corrupt") throw err;
    warnings.push({ code: "reader.partSkipped", part, detail: err.message });
    return fallback;
  }
}

async function readModel(bytes: Uint8Array, limits: DocxLimits, warnings: ReaderWarning[]): Promise<DocumentModel> {
  const pkg = await openZip(bytes, limits, (w) => warnings.push(w));
  const src: PartSource = { pkg, maxXmlDepth: limits.maxXmlDepth, budget: new ObjectBudget(limits.maxObjects) };
  const main = findTarget(await readRelationships(src, ""), "officeDocument", "");
  if (main === undefined || !pkg.has(main)) throw new CodedError("docx.notWordDocument", "no officeDocument part");
  const contentType = (await readContentTypes(src)).of(main);
  if (contentType !== undefined && FOREIGN_MAIN_CONTENT_TYPE.test(contentType)) {
    throw new CodedError("docx.notWordDocument", contentType);
  }
  const rels = await readRelationships(src, main);
  const related = (type: string): string | undefined => {
    const name = findTarget(rels, type, main);
    return name !== undefined && pkg.has(name) ? name : undefined;
  };
  const themePart = related("theme");
  const stylesPart = related("styles");
  const numberingPart = related("numbering");
  const theme = themePart
    ? await optionalPart(themePart, DEFAULT_THEME_FONTS, () => readTheme(src, themePart), warnings)
    : DEFAULT_THEME_FONTS;
  const sheet = stylesPart ? await readStyles(src, stylesPart) : emptyStyleSheet();
  const numbering = numberingPart ? await readNumbering(src, numberingPart) : emptyNumbering();
  const styles = new StyleResolver(sheet, theme);
  const body = await readDocument(src, main, { styles, lists: new ListCounters(numbering, sheet), budget: src.budget });

  const model: DocumentModel = { blocks: body.blocks };
  if (body.page) model.page = body.page;
  const base = styles.runFormat(styles.paragraph(undefined), {});
  const defaults: Omit<Run, "text"> = { bold: base.bold, italic: base.italic, underline: base.underline };
  if (base.font !== undefined) defaults.font = base.font;
  if (base.sizePt !== undefined) defaults.sizePt = base.sizePt;
  model.defaults = defaults;
  return model;
}

function withDefaults(limits: Partial<DocxLimits> | undefined): DocxLimits {
  const merged: DocxLimits = { ...DEFAULT_DOCX_LIMITS };
  for (const key of Object.keys(merged) as (keyof DocxLimits)[]) {
    const value = limits?.[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Anything that is not already a CodedError is a parser or runtime failure on malformed input: "corrupt". */
function toReadError(err: unknown): DocxReadError {
  const coded = err instanceof CodedError ? err : undefined;
  const code: ErrorCode = coded?.code ?? "docx.corrupt";
  const detail = coded ? coded.detail : err instanceof Error ? err.message : String(err);
  return { code, ...errorText(code), ...(detail ? { detail } : {}) };
}
