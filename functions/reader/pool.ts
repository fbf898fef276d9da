/**
 * The server's document reader: at most `concurrency` documents read at once per instance, each in a worker thread
 * whose heap is capped (resourceLimits), with `queue` more waiting; beyond that server.busy (503 + Retry-After).
 * A hostile document that exhausts its worker's heap or time kills only that worker (docx.tooLarge), never the
 * process that answers /api/health and every other request. Workers are reused while healthy.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { errorText } from "../../shared/errors/messages";
import { createGate, type Gate } from "../limits/gate";
import type { DocxReadResult } from "../../docx/read";
import { readDocxCapped, type TextCaps } from "../../docx/text-caps";
import { ReadReplySchema, type ReadJob } from "./messages";

export interface ReaderOptions extends TextCaps {
  concurrency: number;
  queue: number;
  /** Old-generation heap of one reader thread, MB. */
  heapMb: number;
  /** A read taking longer than this is abandoned (its worker terminated) as docx.tooLarge. */
  timeoutMs: number;
  /** The compiled reader-thread.js; undefined → found next to this file or in dist/, else reads in-process. */
  workerFile?: string;
}

export interface DocumentReader {
  read(bytes: Uint8Array, opts: { maxFileBytes: number }): Promise<DocxReadResult>;
  /** "worker" normally; "in-process" only when the compiled thread entry is missing (a bundled test entry). */
  readonly mode: "worker" | "in-process";
  gate: Gate;
  close(): Promise<void>;
}

/** Next to this file when compiled by tsc; from dist/ when this module runs from source (tests) or a bundle. */
export function findWorkerFile(): string | undefined {
  const candidates = [
    join(__dirname, "reader-thread.js"),
    join(process.cwd(), "dist", "functions", "reader", "reader-thread.js"),
  ];
  return candidates.find((f) => existsSync(f));
}

function tooLarge(detail: string): DocxReadResult {
  return { ok: false, error: { code: "docx.tooLarge", ...errorText("docx.tooLarge"), detail } };
}

export function createDocumentReader(opts: ReaderOptions): DocumentReader {
  const gate = createGate({ concurrency: opts.concurrency, queue: opts.queue });
  const caps: TextCaps = { maxParagraphs: opts.maxParagraphs, maxTextChars: opts.maxTextChars };
  const file = opts.workerFile ?? findWorkerFile();
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  let nextId = 1;

  function spawn(path: string): Worker {
    const w = new Worker(path, {
      resourceLimits: { maxOldGenerationSizeMb: opts.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    w.unref();
    all.add(w);
    w.once("exit", () => all.delete(w));
    return w;
  }

  function inWorker(path: string, bytes: Uint8Array, maxFileBytes: number): Promise<DocxReadResult> {
    const worker = idle.pop() ?? spawn(path);
    const job: ReadJob = { id: nextId++, bytes, maxFileBytes, ...caps };
    return new Promise<DocxReadResult>((resolve, reject) => {
      const done = (reuse: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (reuse) idle.push(worker);
        else void worker.terminate();
      };
      const onMessage = (raw: unknown) => {
        const reply = ReadReplySchema.safeParse(raw);
        if (!reply.success || reply.data.id !== job.id) {
          done(false);
          return reject(new Error("reader thread: unexpected reply"));
        }
        done(true);
        resolve(reply.data.result);
      };
      const onError = (err: Error & { code?: string }) => {
        done(false);
        if (err.code === "ERR_WORKER_OUT_OF_MEMORY") resolve(tooLarge(`reader ran out of its ${opts.heapMb} MB heap`));
        else reject(err);
      };
      const onExit = (code: number) => {
        done(false);
        reject(new Error(`reader thread exited (${code})`));
      };
      const timer = setTimeout(() => {
        done(false);
        resolve(tooLarge(`reading took over ${opts.timeoutMs} ms`));
      }, opts.timeoutMs);
      worker.on("message", onMessage);
      worker.once("error", onError);
      worker.once("exit", onExit);
      worker.postMessage(job);
    });
  }

  return {
    mode: file ? "worker" : "in-process",
    gate,
    read(bytes, { maxFileBytes }) {
      return gate.run(() =>
        file ? inWorker(file, bytes, maxFileBytes) : readDocxCapped(bytes, { maxFileBytes }, caps),
      );
    },
    async close() {
      idle.length = 0;
      await Promise.allSettled([...all].map((w) => w.terminate()));
    },
  };
}
