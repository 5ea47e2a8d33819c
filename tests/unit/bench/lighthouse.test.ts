import { describe, expect, it } from 'vitest';
import { medianRun } from '../../../bench/lighthouse.ts';
import type { LighthouseScores } from '../../../bench/types.ts';

function run(lcpMs: number, lcpElement: string): LighthouseScores {
  const scores = { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 };
  return { path: '/', ...scores, lcpMs, lcpRunsMs: [], lcpElement, tbtMs: 0, cls: 0, failedAudits: [], foreignRequests: [] };
}

describe("the bench's Lighthouse median", () => {
  it('reports the run with the median LCP, its element, and every run in order', () => {
    const median = medianRun([run(900, 'p#cm__desc'), run(700, 'h1'), run(800, 'p')]);
    expect(median.lcpMs).toBe(800);
    expect(median.lcpElement).toBe('p');
    expect(median.lcpRunsMs).toEqual([900, 700, 800]);
  });
});
