/** Random damage for the reader's property tests: byte flips (position as a fraction, xor mask) and a truncation. */
import fc from "fast-check";

export interface ByteMutation {
  flips: [number, number][];
  truncateAt?: number;
}

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.record({
  flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }),
  truncateAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
});

/** A damaged copy; the source is never changed. */
export function mutate(source: Uint8Array, m: ByteMutation): Uint8Array<ArrayBuffer> {
  const bytes = Uint8Array.from(source);
  for (const [at, xor] of m.flips) {
    const i = Math.floor(at * bytes.length);
    bytes[i] = (bytes[i] ?? 0) ^ xor;
  }
  return m.truncateAt === undefined ? bytes : bytes.slice(0, Math.floor(m.truncateAt * bytes.length));
}
