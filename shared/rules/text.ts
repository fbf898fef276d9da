import { fold, wordsOfFolded } from "../text/fold";

/**
 * Word-level matching on folded text. Punctuation is dropped so that "TỒN TẠI, HẠN CHẾ", "Tồn tại - hạn chế" and
 * "tồn tại hạn chế" compare equal; everything else in the rules builds on these three helpers.
 */
export function words(s: string): string {
  return wordsOfFolded(fold(s));
}

/** Letters and digits only: for fixed lines whose spacing and hyphens vary ("Độc lập-Tự do-Hạnh phúc"). */
export function compact(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, "");
}

/** Does `phrase` (already passed through words()) occur in `text` (also words()) on word boundaries? */
export function hasPhrase(text: string, phrase: string): boolean {
  return phrase.length > 0 && ` ${text} `.includes(` ${phrase} `);
}

/**
 * Do the phrase's words occur in order with at most `gap` other words between neighbours? Lets
 * "kiểm tra cải cách hành chính" match "kiểm tra về cải cách hành chính".
 */
export function hasLoosePhrase(text: string, phrase: string, gap = 2): boolean {
  const want = phrase.split(" ").filter(Boolean);
  const have = text.split(" ").filter(Boolean);
  if (want.length === 0) return false;
  for (let i = 0; i < have.length; i++) {
    if (have[i] !== want[0]) continue;
    let at = i;
    let k = 1;
    for (; k < want.length; k++) {
      let found = -1;
      for (let j = at + 1; j <= at + 1 + gap && j < have.length; j++) {
        if (have[j] === want[k]) {
          found = j;
          break;
        }
      }
      if (found < 0) break;
      at = found;
    }
    if (k === want.length) return true;
  }
  return false;
}

export function wordCount(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** Shortened text for Finding.excerpt and listings. */
export function clip(s: string, max = 90): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
