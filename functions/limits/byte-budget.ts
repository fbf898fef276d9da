/**
 * Upload bytes held by this instance at once. Each request reserves what it may buffer before a byte is read and
 * gives it back when it is answered, so a crowd of large or stalled uploads cannot grow memory past `maxBytes`.
 */
export interface ByteBudget {
  /** A release function, or undefined when the reservation does not fit now. */
  reserve(bytes: number): (() => void) | undefined;
  inUse(): number;
}

export function createByteBudget(maxBytes: number): ByteBudget {
  let used = 0;
  return {
    reserve(bytes) {
      if (used + bytes > maxBytes) return undefined;
      used += bytes;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        used -= bytes;
      };
    },
    inUse: () => used,
  };
}
