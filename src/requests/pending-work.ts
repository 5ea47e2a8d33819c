/** Work that outlives its HTTP response (a receipt still being mailed), so that shutdown can wait for it. */
export class PendingWork {
  readonly #set = new Set<Promise<unknown>>();

  /** Keeps `work` until it settles. */
  track(work: Promise<unknown>): void {
    const settled: Promise<boolean> = work.then(
      () => this.#set.delete(settled),
      () => this.#set.delete(settled),
    );
    this.#set.add(settled);
  }

  /** Resolves once every tracked piece of work has settled, including work tracked while waiting. */
  async settled(): Promise<void> {
    while (this.#set.size) await Promise.allSettled([...this.#set]);
  }
}
