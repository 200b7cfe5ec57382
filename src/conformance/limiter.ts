/**
 * Runs `run` over the items with at most `limit` at once, in order of the list; resolves when all
 * are done, or, when `signal` aborts, as soon as the ones started have been given up (no new one
 * starts). The runner uses it for checks (`--parallel`); a check may use it for its own work.
 */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  run: (item: T, index: number) => Promise<unknown>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const i = next++;
      await run(items[i]!, i);
    }
  };
  const all = Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (!signal) {
    await all;
    return;
  }
  const aborted = new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await Promise.race([all, aborted]);
}
