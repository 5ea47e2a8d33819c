/**
 * README is a map: small, and every link in it and in docs/ leads somewhere (a file that exists, a heading that
 * exists). Links to other sites are not fetched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pages = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const text = readFileSync(path.join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1]!)));
}

/** Every Markdown link's target outside code. */
function links(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

describe('README and docs/', () => {
  it('README is a map: at most 12 KB, linking every page of docs/', () => {
    const readme = readFileSync(path.join(root, 'README.md'));
    expect(readme.byteLength).toBeLessThanOrEqual(12 * 1024);
    const linked = new Set(links('README.md').map((target) => target.split('#')[0]));
    for (const page of pages.filter((page) => page.startsWith('docs/'))) expect(linked, page).toContain(page);
  });

  it.each(pages)('%s links only to files and headings that exist', (file) => {
    const broken: string[] = [];
    for (const target of links(file)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [pathPart, fragment] = target.split('#') as [string, string | undefined];
      const resolved = pathPart ? path.relative(root, path.resolve(path.dirname(path.join(root, file)), pathPart)) : file;
      if (!existsSync(path.join(root, resolved))) broken.push(`${target} (no file ${resolved})`);
      else if (fragment !== undefined && resolved.endsWith('.md') && !anchors(resolved).has(fragment)) broken.push(`${target} (no heading #${fragment})`);
    }
    expect(broken).toEqual([]);
  });

  it('finds a broken link when there is one', () => {
    expect(slug('Before going live: `npm run preflight`')).toBe('before-going-live-npm-run-preflight');
    expect(anchors('docs/deployment.md').has('before-going-live-npm-run-preflight')).toBe(true);
    expect(anchors('docs/deployment.md').has('no-such-heading')).toBe(false);
  });
});
