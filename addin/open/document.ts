/**
 * Downloading one submitted document through the API with a bearer token (fetch → blob), and what to tell the
 * person when the API refuses. No Office, no React: open.html runs in an ordinary browser tab.
 */

/** The form of a submission id (`<campaign>.<unit>.v<n>`); anything else is refused before any request. */
const SUBMISSION_ID = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.v[1-9][0-9]{0,14}$/;

export function submissionIdFrom(search: string): string | undefined {
  const id = new URLSearchParams(search).get("submission") ?? "";
  return SUBMISSION_ID.test(id) ? id : undefined;
}

export type Outcome =
  | { ok: true; blob: Blob; filename: string }
  | { ok: false; status: number; vi: string; en: string };

const REFUSALS: Record<number, { vi: string; en: string }> = {
  401: { vi: "Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.", en: "Not signed in, or the session expired. Sign in again." },
  403: {
    vi: "Tài khoản này không được mở văn bản này: chỉ Sở Nội vụ và chính đơn vị đã nộp mới mở được.",
    en: "This account may not open this document: only Sở Nội vụ and the unit that submitted it can.",
  },
  404: { vi: "Không tìm thấy văn bản này.", en: "This document was not found." },
};

/** `attachment; filename="stp-v2.docx"` → "stp-v2.docx"; our API only sends ASCII names. */
function filenameOf(disposition: string | null, fallback: string): string {
  const name = disposition ? /filename="([^"]+)"/.exec(disposition)?.[1] : undefined;
  return name && /^[\w.-]+$/.test(name) ? name : fallback;
}

export async function fetchDocument(apiBase: string, submissionId: string, token: string, fetchImpl: typeof fetch = fetch): Promise<Outcome> {
  let res: Response;
  try {
    res = await fetchImpl(`${apiBase}/api/submissions/${encodeURIComponent(submissionId)}/document`, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    return { ok: false, status: 0, vi: "Không kết nối được máy chủ. Hãy thử lại sau.", en: "Could not reach the server. Try again later." };
  }
  if (!res.ok) {
    const known = REFUSALS[res.status];
    return { ok: false, status: res.status, ...(known ?? { vi: `Máy chủ từ chối (HTTP ${res.status}).`, en: `The server refused (HTTP ${res.status}).` }) };
  }
  return { ok: true, blob: await res.blob(), filename: filenameOf(res.headers.get("content-disposition"), `${submissionId}.docx`) };
}
