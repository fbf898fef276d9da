import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openSqliteStore } from "../../../../functions/store/sqlite/store";

it("commits a submission with synchronous=FULL, so a receipt the client holds survives a power loss", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-sqlite-full-"));
  const store = openSqliteStore({ file: join(dir, "cchc.sqlite") });
  const pragma = jest.spyOn(Database.prototype, "pragma");
  try {
    pragma.mockClear();
    await store.record({
      campaignId: "c",
      unitId: "u",
      idempotencyKey: "k",
      receivedAt: "2024-06-20T01:00:00.000Z",
      dueAt: "2024-06-30T16:59:59.999Z",
      onTime: true,
      sha256: "a".repeat(64),
      sizeBytes: 1,
      submittedBy: "someone",
      findings: [],
    });
    const calls = pragma.mock.calls.map((c) => String(c[0]).replace(/\s+/g, " "));
    expect(calls[0]).toBe("synchronous = FULL");
    // Back to NORMAL for everything else (audit lines, marks), where a lost last commit is acceptable.
    expect(calls.at(-1)).toBe("synchronous = NORMAL");
  } finally {
    pragma.mockRestore();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
