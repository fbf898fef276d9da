/// <reference types="office-js" />
import type * as W from "../../../addin/word/office";
import { toDocx } from "./docx";
import type { StubState } from "./state";

export interface OfficeOptions {
  /** Office.context.displayLanguage; default "vi-VN". */
  displayLanguage?: string;
  /** Highest version of each requirement set the host claims; default WordApi 1.6, CompressedFile/File 1.1. */
  sets?: Record<string, string>;
  /** false: a host without Document.getFileAsync (e.g. an old Word for Mac build). */
  fileAsync?: boolean;
}

export interface OfficeControl {
  /** Files handed out by getFileAsync and not yet closed. */
  openFiles: number;
  /** Makes the next getSliceAsync call fail, as a dropped host channel would. */
  failNextSlice: boolean;
}

/*
 * Office's enums as office.js really passes them, strings ("compressed", "succeeded", "Word"); @types/office-js
 * declares them as numeric enums, so the values are cast to the official types once, here.
 */
const FILE_TYPE = { Compressed: "compressed", Pdf: "pdf", Text: "text" } as unknown as typeof Office.FileType;
const STATUS = { Succeeded: "succeeded", Failed: "failed" } as unknown as typeof Office.AsyncResultStatus;
const WORD = "Word" as unknown as Office.HostType;
const OFFICE_ONLINE = "OfficeOnline" as unknown as Office.PlatformType;

const DEFAULT_SETS: Record<string, string> = { WordApi: "1.6", CompressedFile: "1.1", File: "1.1" };

function atLeast(have: string, want: string): boolean {
  const [a = 0, b = 0] = have.split(".").map(Number);
  const [c = 0, d = 0] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

export function createOffice(state: StubState, options: OfficeOptions, control: OfficeControl): W.OfficeNamespace & Record<string, unknown> {
  const sets = options.sets ?? DEFAULT_SETS;
  const document: W.OfficeNamespace["context"]["document"] = {};
  if (options.fileAsync !== false) {
    document.getFileAsync = (fileType, opts, callback) => {
      const fail = (code: number, message: string) =>
        setTimeout(() => callback({ status: STATUS.Failed, value: undefined as unknown as W.OfficeFile, error: { code, name: "Internal Error", message } }), 0);
      if (fileType !== FILE_TYPE.Compressed) return fail(5001, "The stub serves Office.FileType.Compressed only.");
      // Office keeps one file open per document: a second request before closeAsync fails.
      if (control.openFiles > 0) return fail(5001, "An internal error has occurred: a file is already open.");
      const bytes = toDocx(state);
      const sliceSize = Math.min(Math.max(opts.sliceSize ?? 4194304, 1), 4194304);
      const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
      control.openFiles++;
      let closed = false;
      const file: W.OfficeFile = {
        size: bytes.length,
        sliceCount,
        getSliceAsync(index, cb) {
          setTimeout(() => {
            if (closed || index < 0 || index >= sliceCount || control.failNextSlice) {
              control.failNextSlice = false;
              cb({ status: STATUS.Failed, value: undefined as unknown as W.OfficeSlice, error: { code: 5001, name: "Internal Error", message: "Slice unavailable." } });
              return;
            }
            const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
            cb({ status: STATUS.Succeeded, value: { data, index, size: data.length } });
          }, 0);
        },
        closeAsync(cb) {
          if (!closed) control.openFiles--;
          closed = true;
          setTimeout(() => cb?.({ status: STATUS.Succeeded, value: undefined }), 0);
        },
      };
      setTimeout(() => callback({ status: STATUS.Succeeded, value: file }), 0);
    };
  }
  return {
    onReady: () => Promise.resolve({ host: WORD, platform: OFFICE_ONLINE }),
    context: {
      displayLanguage: options.displayLanguage ?? "vi-VN",
      requirements: {
        isSetSupported: (name: string, minVersion = "1.1") => {
          const have = sets[name];
          return have !== undefined && atLeast(have, minVersion);
        },
      },
      document,
    },
    auth: {
      // No SSO in the stub: the pane must fall back to development sign-in.
      getAccessToken: () => Promise.reject(Object.assign(new Error("SSO is not supported by this host."), { code: 13012 })),
    },
    FileType: FILE_TYPE,
    AsyncResultStatus: STATUS,
  };
}
