/**
 * Strings cut from a part's text, each spelling made once and then found in place: a part repeats a few dozen names
 * and values hundreds of thousands of times ("w:rFonts", "w:val", "Times New Roman"), and a fresh string per
 * occurrence was most of the tokenizer's garbage. A fixed table by hash (a collision replaces the slot), so a part
 * inventing millions of spellings cannot grow it.
 */
export class SpellingTable {
  private readonly slots: (string | undefined)[];

  constructor(
    size: number,
    /** Makes the kept string from the cut one (a copy of its own when a view would keep the chunk alive). */
    private readonly make: (cut: string) => string,
  ) {
    this.slots = new Array<string | undefined>(size).fill(undefined);
  }

  /** buf[start, end) as the table's string of that spelling. */
  get(buf: string, start: number, end: number): string {
    const length = end - start;
    let h = length;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + buf.charCodeAt(i)) | 0;
    const slot = (h ^ (h >>> 11)) & (this.slots.length - 1);
    const known = this.slots[slot];
    if (known !== undefined && known.length === length && buf.startsWith(known, start)) return known;
    const made = this.make(buf.slice(start, end));
    this.slots[slot] = made;
    return made;
  }
}
