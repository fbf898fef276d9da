/**
 * The sheet sink port: where the secretariat's two tabs are written. Adapters: ./google-sheets.ts (a Google
 * spreadsheet) and ./xlsx-file.ts (the embedded default, a workbook under CCHC_DATA_DIR).
 */
import type { SyncTarget } from "../../shared/api/sync";

/** A cell as written: text, a number, or "" for an empty cell. */
export type Cell = string | number;

export interface SheetTab {
  /** The tab's name as the secretariat sees it ("Tình hình nộp báo cáo"). */
  title: string;
  header: string[];
  /** Column widths in pixels, one per header column. */
  widths: number[];
  rows: Cell[][];
  /** Column (0-based) holding the Vietnamese status words that get one colour each. */
  statusColumn?: number;
}

/** The tabs of one campaign, always written together and in full. */
export interface SheetTabs {
  status: SheetTab;
  summary: SheetTab;
  /** From the reports' content (functions/sync/summary-tabs.ts): "Tồn tại theo lĩnh vực", "Giải pháp và thời hạn". */
  shortcomings?: SheetTab;
  remedies?: SheetTab;
}

/** Every tab present, in the order the sheet shows them. */
export function tabList(tabs: SheetTabs): SheetTab[] {
  return [tabs.status, tabs.summary, tabs.shortcomings, tabs.remedies].filter((t): t is SheetTab => t !== undefined);
}

export interface ReconcileReport {
  target: SyncTarget;
  /** Requests that wrote the tabs' content: exactly one per successful reconcile (plus retries of it). */
  writeRequests: number;
  /** Requests that (re)created tabs, formats or protections: zero unless something was missing. */
  setupRequests: number;
  /** Bytes of the content write (request body or file). */
  bytes: number;
}

export interface SheetSink {
  readonly target: SyncTarget;
  /**
   * Makes the campaign's tabs equal `tabs` — rows no longer present are cleared — in one write, so a retry or a
   * repeated call is harmless. Throws CodedError("sheets.*") when the sheet cannot be written.
   */
  reconcile(campaignId: string, tabs: SheetTabs): Promise<ReconcileReport>;
}
