/** Limits against slow or greedy clients. */
export const LIMITS = {
  /** Time to send the request headers. */
  headersTimeoutMs: 10_000,
  /** Time to send the whole request, body included. */
  requestTimeoutMs: 30_000,
  /**
   * Largest Content-Length taken at all, refused before the body is read. A form post over 64 KB is refused by
   * Astro's action limit, also from its Content-Length, with the form's own friendly page; this is the backstop.
   */
  maxBodyBytes: 1024 * 1024,
  /** Open connections at most; Node closes any connection beyond that at once. */
  maxConnections: 512,
} as const;
