/** Hard caps applied while reading an untrusted package. Every cap turns into a typed error, never a crash. */
export interface DocxLimits {
  maxFileBytes: number;
  maxEntries: number;
  /** Bytes actually produced by inflating one part (declared sizes are not trusted). */
  maxPartInflatedBytes: number;
  /** Bytes actually inflated across every part the reader opens. */
  maxTotalInflatedBytes: number;
  maxXmlDepth: number;
  /** Objects the reader may keep (paragraphs, runs, text pieces, cells, styles, list definitions): bounds memory. */
  maxObjects: number;
}

const MiB = 1024 * 1024;

/**
 * Sized for real reports with room to spare: a 300-page document.xml is 5–10 MiB and ~150k objects; Word nests
 * elements a few dozen levels deep. At these caps a hostile file costs at most ~2 s and ~150 MB to refuse.
 */
export const DEFAULT_DOCX_LIMITS: DocxLimits = Object.freeze({
  maxFileBytes: 25 * MiB,
  maxEntries: 2000,
  maxPartInflatedBytes: 32 * MiB,
  maxTotalInflatedBytes: 64 * MiB,
  maxXmlDepth: 256,
  maxObjects: 500_000,
});
