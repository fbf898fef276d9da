/** Fault injection for the reliability tests: named store operations reject as an unreachable database would. */
import { StoreUnavailableError, type SubmissionStore } from "../../functions/store/port";
import { readdirSync } from "node:fs";
import { join } from "node:path";

export function withOutage(store: SubmissionStore, down: ReadonlySet<string>): SubmissionStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        down.has(String(prop))
          ? Promise.reject(new StoreUnavailableError(undefined, "injected outage"))
          : (value as (...a: unknown[]) => unknown).apply(target, args);
    },
  });
}

/** Documents under the data folder's document store (content-addressed files, temp files included). */
export function documentFiles(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, "documents"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}
