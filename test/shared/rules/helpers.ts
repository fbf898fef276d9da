import type { DocumentModel } from "../../../shared/model/document";
import type { Finding } from "../../../shared/model/findings";
import { checkDocument, type CheckOptions } from "../../../shared/rules";
import { campaign } from "./builder";

export function check(d: DocumentModel, options?: CheckOptions): Finding[] {
  return checkDocument(d, campaign, options);
}

export function codes(d: DocumentModel, options?: CheckOptions): string[] {
  return check(d, options).map((f) => f.code);
}

export function withCode(d: DocumentModel, code: string, options?: CheckOptions): Finding[] {
  return check(d, options).filter((f) => f.code === code);
}
