/**
 * At most `concurrency` tasks at once, at most `queue` more waiting; anything beyond is refused at once with
 * server.busy (503 + Retry-After) rather than queued without bound: a flood must cost the instance a fixed amount of
 * memory, and a client told "busy" retries later instead of holding a connection open.
 */
import { CodedError } from "../../shared/errors/codes";

export interface Gate {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Running and waiting now (for tests and the health answer). */
  load(): { running: number; waiting: number };
}

export function createGate(opts: { concurrency: number; queue: number }): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return {
    async run(task) {
      if (running < opts.concurrency) running++;
      else if (waiting.length < opts.queue) await new Promise<void>((resolve) => waiting.push(resolve));
      else throw new CodedError("server.busy", `${running} running, ${waiting.length} waiting`);
      try {
        return await task();
      } finally {
        release();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}
