import { idempotencyKeyFor, memoryStore, sha256Hex } from "../../../addin/api/idempotency";

describe("idempotencyKeyFor", () => {
  it("reuses the key for the same document and makes a new one when the document changes", () => {
    const store = memoryStore();
    let n = 0;
    const next = () => `key-${++n}`;
    const first = idempotencyKeyFor(store, "c", "u", "hash-a", next);
    expect(idempotencyKeyFor(store, "c", "u", "hash-a", next)).toBe(first);
    const edited = idempotencyKeyFor(store, "c", "u", "hash-b", next);
    expect(edited).not.toBe(first);
    expect(idempotencyKeyFor(store, "c", "other-unit", "hash-b", next)).not.toBe(edited);
  });

  it("survives a corrupt stored entry", () => {
    const store = memoryStore();
    store.setItem("cchc:idempotency:c:u", "{not json");
    expect(idempotencyKeyFor(store, "c", "u", "h", () => "fresh")).toBe("fresh");
  });
});

describe("sha256Hex", () => {
  it("hashes bytes like the server does", async () => {
    expect(await sha256Hex(new TextEncoder().encode("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
