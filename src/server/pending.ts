/**
 * Work that outlives its HTTP response (a receipt still being mailed), so that shutdown can wait for it.
 * The Astro bundle and the server (serve.ts) each load their own copy of this module: the set lives in one
 * process-wide slot, named with Symbol.for, that both copies share.
 */
const slot = Symbol.for('jainkasso.pending-work');

function pending(): Set<Promise<unknown>> {
  const global = globalThis as { [slot]?: Set<Promise<unknown>> };
  global[slot] ??= new Set();
  return global[slot];
}

/** Keeps `work` in the set until it settles. */
export function trackPending(work: Promise<unknown>): void {
  const set = pending();
  const settled: Promise<boolean> = work.then(
    () => set.delete(settled),
    () => set.delete(settled),
  );
  set.add(settled);
}

/** Resolves once every tracked piece of work has settled, including work tracked while waiting. */
export async function settlePending(): Promise<void> {
  const set = pending();
  while (set.size) await Promise.allSettled([...set]);
}
