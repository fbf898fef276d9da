import { randomUUID } from "node:crypto";
import { openAzureBlobStore } from "../../functions/blob/azure-blob";
import { BlobUnavailableError } from "../../functions/blob/port";
import { startAzurite, type AzuriteServer } from "../support/servers/azurite";
import { runBlobContract } from "./blob.contract";

let azurite: AzuriteServer;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite.stop();
});

runBlobContract("azure-blob (Azurite)", async () => {
  const container = `docs-${randomUUID()}`;
  return {
    open: () => openAzureBlobStore({ connectionString: azurite.connectionString, container }),
    // Azurite's folder is removed in afterAll; each test has its own container.
    dispose: async () => undefined,
  };
});

describe("azure blob store faults", () => {
  it("reports an unreachable service as BlobUnavailableError, at open and afterwards", async () => {
    const other = await startAzurite();
    const fast = { maxTries: 1, tryTimeoutInMs: 2000 };
    const blobs = await openAzureBlobStore({ connectionString: other.connectionString, container: "docs", retry: fast });
    await other.stop();
    await expect(blobs.put(Buffer.from("x"))).rejects.toBeInstanceOf(BlobUnavailableError);
    await expect(blobs.has("a".repeat(64))).rejects.toBeInstanceOf(BlobUnavailableError);
    await expect(
      openAzureBlobStore({ connectionString: other.connectionString, container: "docs", retry: fast }),
    ).rejects.toBeInstanceOf(BlobUnavailableError);
  });

  it("needs exactly one way to reach the account", async () => {
    await expect(openAzureBlobStore({ container: "docs" })).rejects.toThrow(TypeError);
  });
});
