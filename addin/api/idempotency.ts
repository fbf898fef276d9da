/**
 * One Idempotency-Key per (campaign, unit, document content): a retry after a network failure, a reload of the pane
 * or a second click on the same unchanged document all send the same key, so the server records one version. An
 * edited document hashes differently and gets a new key, hence a new version.
 */
export interface KeyStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function memoryStore(): KeyStore {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

export function idempotencyKeyFor(store: KeyStore, campaignId: string, unitId: string, documentHash: string, newKey: () => string): string {
  const slot = `cchc:idempotency:${campaignId}:${unitId}`;
  try {
    const saved = JSON.parse(store.getItem(slot) ?? "null") as { hash?: unknown; key?: unknown } | null;
    if (saved && saved.hash === documentHash && typeof saved.key === "string") return saved.key;
  } catch {
    // A corrupt entry is replaced below.
  }
  const key = newKey();
  store.setItem(slot, JSON.stringify({ hash: documentHash, key }));
  return key;
}

/** Hex SHA-256 of the bytes (Web Crypto, available in the task pane's secure context). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as unknown as ArrayBuffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
