import type { Campaign } from "../campaign/schema";
import type { CalendarDate } from "../dates";
import type { DocumentModel } from "../model/document";
import type { Finding } from "../model/findings";
import type { Analysis } from "./analysis/structure";

export interface CheckOptions {
  /** Report date when the header's date line gives none: for deadlinePast and years left implicit ("trước 30/9"). */
  referenceDate?: CalendarDate;
  /** The reporting unit's code in document numbers ("STP" in "Số: 45/BC-STP"): examples in messages use it. */
  unitCode?: string;
  /** The pre-pass, when the caller already ran it (a submission also extracts the summary from it). */
  analysis?: Analysis;
}

/** What every rule receives: the document, the campaign, and the shared pre-pass. */
export interface RuleContext {
  doc: DocumentModel;
  campaign: Campaign;
  analysis: Analysis;
  /** The header's date, else options.referenceDate. */
  reportDate?: CalendarDate;
  /** Year for dates written without one: the report date's, else the campaign's. */
  referenceYear: number;
  unitCode?: string;
}

/** A rule family: pure, reads the context, returns its findings in document order. */
export type Rule = (ctx: RuleContext) => Finding[];
