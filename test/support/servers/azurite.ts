/**
 * Azurite's Blob service as a child process on a temp folder and a free loopback port, for tests of the Azure Blob
 * adapter. The port is chosen by the OS (--blobPort 0) and read from Azurite's start-up line, so parallel test files
 * never race for one. stop() ends the process and removes the folder; an exit hook kills it if a test run dies first.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Azurite's published development account (https://learn.microsoft.com/azure/storage/common/storage-use-azurite). */
const ACCOUNT = "devstoreaccount1";
const ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export interface AzuriteServer {
  blobEndpoint: string;
  connectionString: string;
  stop(): Promise<void>;
}

function blobMain(): string {
  return join(dirname(require.resolve("azurite/package.json")), "dist", "src", "blob", "main.js");
}

function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`Azurite did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        cleanup();
        resolve(Number(match[1]));
      }
    };
    const onExit = (code: number | null) => fail(new Error(`Azurite exited with ${code}:\n${output}`));
    function cleanup() {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
    }
    function fail(err: Error) {
      cleanup();
      reject(err);
    }
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

export async function startAzurite(): Promise<AzuriteServer> {
  const location = mkdtempSync(join(tmpdir(), "cchc-azurite-"));
  const args = [blobMain(), "--blobHost", "127.0.0.1", "--blobPort", "0", "--location", location];
  args.push("--skipApiVersionCheck", "--disableTelemetry", "--silent");
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const stop = async (): Promise<void> => {
    process.off("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(location, { recursive: true, force: true });
  };

  try {
    const port = await waitForPort(child, 20_000);
    // Output is no longer needed, but unread pipes must not fill up and stall the child.
    child.stdout?.resume();
    child.stderr?.resume();
    const blobEndpoint = `http://127.0.0.1:${port}/${ACCOUNT}`;
    return {
      blobEndpoint,
      connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=${blobEndpoint};`,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
