import { officeGlobals } from "./office";

/**
 * What this Word can do, asked once at start-up (Office.context.requirements.isSetSupported). The pane disables the
 * matching buttons and says why instead of failing half-way.
 */
export interface Capabilities {
  /** Built-in styles, list labels, tables, null objects: reading and inserting the outline (WordApi 1.3). */
  structure: boolean;
  /** Paragraph change events for automatic re-checks (WordApi 1.6). */
  changeEvents: boolean;
  /** Office.context.document.getFileAsync(Office.FileType.Compressed): submitting the .docx. */
  compressedFile: boolean;
  /** Office's UI language, e.g. "vi-VN", "en-US". */
  displayLanguage: string;
}

export function detectCapabilities(): Capabilities {
  const office = officeGlobals().Office;
  if (!office) return { structure: false, changeEvents: false, compressedFile: false, displayLanguage: "vi-VN" };
  const req = office.context.requirements;
  const supported = (name: string, version?: string): boolean => {
    try {
      return req.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
  return {
    structure: supported("WordApi", "1.3"),
    changeEvents: supported("WordApi", "1.6"),
    compressedFile: supported("CompressedFile", "1.1") && typeof office.context.document.getFileAsync === "function",
    displayLanguage: office.context.displayLanguage || "vi-VN",
  };
}
