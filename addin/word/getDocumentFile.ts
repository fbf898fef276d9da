import { CodedError } from "../../shared/errors/codes";
import type { AsyncResult, OfficeFile } from "./office";
import { officeApi } from "./run";

/** 64 KB slices: well under Office's 4 MB maximum, small enough for Word on the web's message channel. */
export const DEFAULT_SLICE_SIZE = 64 * 1024;

/**
 * The open document as .docx bytes: Office.context.document.getFileAsync(Office.FileType.Compressed) read slice by
 * slice. The file handle is always closed, because Office allows only one open file per document and a leaked one
 * makes every later submission fail.
 */
export async function getDocumentFile(sliceSize = DEFAULT_SLICE_SIZE): Promise<Uint8Array> {
  const office = officeApi();
  const getFileAsync = office.context.document.getFileAsync;
  if (typeof getFileAsync !== "function") throw new CodedError("office.fileUnsupported");
  const file = await new Promise<OfficeFile>((resolve, reject) =>
    getFileAsync.call(office.context.document, office.FileType.Compressed, { sliceSize }, (r) => settle(r, resolve, reject)),
  );
  try {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await new Promise<{ data: ArrayLike<number> }>((resolve, reject) => file.getSliceAsync(i, (r) => settle(r, resolve, reject)));
      parts.push(Uint8Array.from(slice.data));
    }
    return concat(parts);
  } finally {
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}

function settle<T>(result: AsyncResult<T>, resolve: (v: T) => void, reject: (e: CodedError) => void): void {
  if (result.status === officeApi().AsyncResultStatus.Succeeded) resolve(result.value);
  else reject(new CodedError("office.fileFailed", result.error ? `${result.error.code}: ${result.error.message}` : "getFileAsync failed"));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
