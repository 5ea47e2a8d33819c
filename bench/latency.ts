/** Latency figures shared by the bench's load sections. */
import type { Latency } from './types.ts';

export const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]! : NaN;
}

/** p50, p95 and p99 of the values, in ms to one decimal. */
export function latency(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 0.5), 1), p95Ms: round(percentile(sorted, 0.95), 1), p99Ms: round(percentile(sorted, 0.99), 1) };
}
