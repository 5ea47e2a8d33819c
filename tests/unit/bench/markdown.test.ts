import { describe, expect, it } from 'vitest';
import { endMarker, markdownBlock, replaceBetweenMarkers, startMarker } from '../../../bench/markdown.ts';

const facts = {
  generatedAt: '2026-11-26T05:00:00.000Z',
  environment: { node: 'v24.21.0', chromium: 'Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)', lighthouse: '13.5.0', cpus: 2 },
  load: { atStart: 2.04, atEnd: 3.96 },
  skipped: [],
};
const tables = [{ title: 'Page weight', rows: [['page', 'total'], ['/', '20.2 KB']] }];

describe("the bench's tables in docs/performance.md", () => {
  it('replaces only what lies between the markers', () => {
    const readme = `# Title\n\n## Performance\n\n${startMarker}\nold figures\n${endMarker}\n\nText after.\n`;
    expect(replaceBetweenMarkers(readme, 'new figures')).toBe(
      `# Title\n\n## Performance\n\n${startMarker}\nnew figures\n${endMarker}\n\nText after.\n`,
    );
  });

  it('gives the same README when run twice with the same figures', () => {
    const readme = `a\n${startMarker}\n${endMarker}\nb\n`;
    const once = replaceBetweenMarkers(readme, markdownBlock(facts, tables));
    expect(replaceBetweenMarkers(once, markdownBlock(facts, tables))).toBe(once);
  });

  it.each([
    ['no markers', 'README without them'],
    ['the end before the start', `${endMarker}\n${startMarker}`],
    ['two starts', `${startMarker}\n${startMarker}\n${endMarker}`],
  ])('refuses a README with %s, naming the markers', (_, readme) => {
    expect(() => replaceBetweenMarkers(readme, 'x')).toThrow(startMarker);
  });

  it('says when and on what the figures were measured, then each table as Markdown', () => {
    const block = markdownBlock(facts, tables);
    expect(block).toContain(
      'Latest figures (2026-11-26; Node 24.21.0, Chromium 156.0.8078.108, Lighthouse 13.5.0, 2 cores; ' +
        '1-minute load average 2.0 when the run began and 4.0 when it ended; 1 KB = 1024 bytes):',
    );
    expect(block).toContain('#### Page weight\n\n| page | total |\n| --- | --- |\n| / | 20.2 KB |');
  });

  it('names a page that was not measured', () => {
    const block = markdownBlock({ ...facts, skipped: [{ path: '/kontakt/', note: 'answers 404: not built yet, skipped' }] }, tables);
    expect(block).toContain('Not measured: /kontakt/ answers 404: not built yet, skipped.');
  });
});
