/**
 * A copy of `s` that shares no storage with the string it was cut from. V8 keeps a substring of 13 units or more as
 * a view of its whole parent: text and attribute values cut from a decoded chunk of a part would keep that chunk
 * alive as long as the model holds them (every chunk of a long document.xml, ~4 MB, copied again at each
 * young-generation collection). A concatenation is flattened into new storage, and slicing it yields the copy.
 */
export function ownCopy(s: string): string {
  return ` ${s}`.slice(1);
}
