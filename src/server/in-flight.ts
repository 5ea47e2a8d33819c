/** Responses still being written, so that shutdown can wait for exactly those and then close every connection. */
import type { ServerResponse } from 'node:http';

export class InFlight {
  #count = 0;
  #waiters: (() => void)[] = [];

  /** Counts `res` until it is finished or its connection drops. */
  track(res: ServerResponse): void {
    this.#count++;
    res.once('close', () => {
      this.#count--;
      if (this.#count === 0) for (const resolve of this.#waiters.splice(0)) resolve();
    });
  }

  get count(): number {
    return this.#count;
  }

  /** Resolves when no response is in flight. */
  whenIdle(): Promise<void> {
    return this.#count === 0 ? Promise.resolve() : new Promise((resolve) => this.#waiters.push(resolve));
  }
}
