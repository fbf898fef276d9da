import fc from "fast-check";
import * as zlib from "node:zlib";
import { crc32Portable } from "../../../../docx/read/stages/crc32";

test("the portable CRC-32 (for Node < 20.15) matches zlib's, chunk by chunk", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(), (bytes, cut) => {
      const at = bytes.length === 0 ? 0 : cut % bytes.length;
      const chunked = crc32Portable(bytes.subarray(at), crc32Portable(bytes.subarray(0, at), 0));
      expect(chunked).toBe(zlib.crc32(bytes));
    }),
    { numRuns: 50 },
  );
});
