import type { Unsubscribe } from "./onDocumentChanged";
import { runWord } from "./run";

/** How often a Word without change events is asked for its text while the pane is visible. */
export const FINGERPRINT_INTERVAL_MS = 3000;

/** FNV-1a over the text, with its length: cheap to compare, and nothing of the text is kept. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

async function bodyFingerprint(): Promise<string> {
  return runWord(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    return fingerprint(body.text);
  });
}

export interface WatchOptions {
  intervalMs?: number;
  /** Whether the pane is on screen (default: the page's visibility); a hidden pane does not poll Word. */
  visible?: () => boolean;
}

/**
 * For Word without WordApi 1.6 (perpetual Office 2016/2019): no change events, so while the pane is visible the body
 * text's fingerprint is compared every few seconds and `listener` runs when it differs from the last one seen. The
 * first reading is the baseline. A failed reading is skipped (the next tick tries again).
 */
export function watchBodyText(listener: () => void, opts: WatchOptions = {}): Unsubscribe {
  const visible = opts.visible ?? (() => typeof document === "undefined" || document.visibilityState === "visible");
  let last: string | undefined;
  let busy = false;
  let stopped = false;
  const tick = async () => {
    if (busy || stopped || !visible()) return;
    busy = true;
    try {
      const now = await bodyFingerprint();
      if (!stopped && last !== undefined && now !== last) listener();
      last = now;
    } catch {
      // Word busy (a dialog open, a save in progress): try again on the next tick.
    } finally {
      busy = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), opts.intervalMs ?? FINGERPRINT_INTERVAL_MS);
  return async () => {
    stopped = true;
    clearInterval(timer);
  };
}
