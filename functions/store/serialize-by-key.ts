/**
 * Runs async tasks one at a time per key, in arrival order. The Cosmos adapter uses it per unit so that concurrent
 * calls inside one instance (a client's burst of retries) queue locally instead of racing each other through
 * optimistic-concurrency rounds on the service; races between instances are still settled by ETags.
 */
export type SerializeByKey = <T>(key: string, task: () => Promise<T>) => Promise<T>;

export function serializeByKey(): SerializeByKey {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    // Forget the key once nothing is queued behind this task, so the map does not grow with every unit ever seen.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
