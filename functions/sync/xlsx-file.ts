/**
 * The embedded default sink: without Google settings, the same two tabs go to CCHC_DATA_DIR/sheets/<campaign>.xlsx
 * on every reconcile. Written to a temporary file and renamed, so a reader (or a crash) never sees half a workbook.
 */
import { writeFileAtomic } from "../fs/atomic-write";
import { join } from "node:path";
import { CodedError } from "../../shared/errors/codes";
import { workbook } from "../exports/xlsx";
import { tabList, type ReconcileReport, type SheetSink, type SheetTab } from "./port";

/** Sheet pixels to Excel's character widths (Calibri 11: about 7 px a character). */
const PX_PER_CHAR = 7;

const sheetOf = (tab: SheetTab) => ({
  title: tab.title,
  headers: tab.header,
  rows: tab.rows,
  widths: tab.widths.map((px) => Math.round(px / PX_PER_CHAR)),
});

function xlsxFilePath(dir: string, campaignId: string): string {
  // Campaign ids are slugs (schema); refuse anything else rather than build a path from it.
  if (!/^[a-z0-9][a-z0-9-]*$/.test(campaignId)) throw new RangeError(`not a campaign id: ${campaignId}`);
  return join(dir, `${campaignId}.xlsx`);
}

export function openXlsxFileSink(opts: { dir: string }): SheetSink {
  return {
    target: "xlsx-file",
    async reconcile(campaignId, tabs): Promise<ReconcileReport> {
      const file = xlsxFilePath(opts.dir, campaignId);
      const bytes = await workbook(tabList(tabs).map(sheetOf));
      try {
        await writeFileAtomic(file, bytes);
      } catch (err) {
        throw new CodedError("sheets.writeFailed", `${file}: ${String(err)}`);
      }
      return { target: "xlsx-file", writeRequests: 1, setupRequests: 0, bytes: bytes.byteLength };
    },
  };
}
