import { describe, expect, it } from 'vitest';
import { lighthouseScores, medianRun } from '../../../bench/lighthouse.ts';
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

describe("the bench's Lighthouse budgets, against the bare page of the same run", () => {
  const bare = { ...run(700, 'h1'), path: 'bare page' };
  const page = (changes: Partial<LighthouseScores>) => ({ ...run(700, 'p'), path: '/kontakt/', ...changes });

  it('hold at an LCP of 1.10 × the bare page, performance 100 and no layout shift', () => {
    expect(lighthouseScores.budgets({ bare, pages: [page({ lcpMs: 770 })] })).toEqual([]);
  });

  it('name a page whose LCP is over 1.10 × the bare page, with both figures', () => {
    expect(lighthouseScores.budgets({ bare, pages: [page({ lcpMs: 771 })] })).toEqual([
      "/kontakt/: LCP 0.77 s, 1.10 × the bare page's 0.70 s, budget 1.10 ×",
    ]);
    expect(lighthouseScores.budgets({ bare, pages: [page({ lcpMs: 840 })] })[0]).toContain('1.20 ×');
  });

  it('name a page under performance 100 or with any layout shift', () => {
    const broken = lighthouseScores.budgets({ bare, pages: [page({ performance: 99, cls: 0.001, failedAudits: ['performance: Total Blocking Time (60 ms)'] })] });
    expect(broken).toEqual([
      '/kontakt/: Lighthouse performance 99, budget 100 (performance: Total Blocking Time (60 ms))',
      '/kontakt/: CLS 0.001, budget 0',
    ]);
  });

  it("print the bare page's figures first, beside the pages'", () => {
    const rows = lighthouseScores.table({ bare, pages: [page({ lcpMs: 735 })] });
    expect(rows[1]!.slice(0, 7)).toEqual(['bare page', '100', '100', '100', '100', '0.70 s', '1.00 ×']);
    expect(rows[2]!.slice(5, 7)).toEqual(['0.73 s', '1.05 ×']);
  });
});
