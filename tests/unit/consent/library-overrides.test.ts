/**
 * The site's overrides of vanilla-cookieconsent's own markup (src/consent/library-overrides.*) hold only for the version
 * they were written for: an upgrade must fail here first, naming what moved, before a visitor meets a broken banner.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LIBRARY_SAVE_ROLE, LIBRARY_VERSION } from '../../../src/consent/library-overrides';

const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const installed = JSON.parse(readFileSync(require.resolve('vanilla-cookieconsent/package.json'), 'utf8')) as { version: string };
const library = ['dist/cookieconsent.css', 'dist/cookieconsent.esm.js']
  .map((file) => readFileSync(require.resolve(`vanilla-cookieconsent/${file}`), 'utf8'))
  .join('\n');

/** The class names the override stylesheet's selectors use (comments and declarations left out). */
function selectorClasses(css: string): string[] {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{[^{}]*\}/g, ' ');
  return [...new Set([...selectors.matchAll(/\.([a-z][\w-]*)/gi)].map((match) => match[1]!))].sort();
}

describe('the overrides of vanilla-cookieconsent', () => {
  it('are for the version that is pinned and installed', () => {
    const pinned = (JSON.parse(read('../../../package.json')) as { dependencies: Record<string, string> }).dependencies['vanilla-cookieconsent'];
    expect(pinned, 'package.json pins an exact version').toBe(LIBRARY_VERSION);
    expect(installed.version).toBe(LIBRARY_VERSION);
  });

  it("use only class names the installed library still has", () => {
    const classes = selectorClasses(read('../../../src/consent/library-overrides.css'));
    // The parser found the selectors (the file styles the preferences only since the first layer is the site's own).
    expect(classes.length).toBeGreaterThan(10);
    const missing = classes.filter((name) => !new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(library));
    expect(missing, 'classes of the overrides the library no longer has').toEqual([]);
  });

  it('theme.css uses only the documented custom properties, no class of the library', () => {
    const theme = read('../../../src/consent/theme.css');
    expect(selectorClasses(theme)).toEqual([]);
    const properties = [...new Set([...theme.matchAll(/(--cc-[\w-]+)\s*:/g)].map((match) => match[1]!))];
    expect(properties.filter((property) => !library.includes(property))).toEqual([]);
  });

  it("still marks the preferences' save button with the role the records read", () => {
    expect(library).toContain("'data-role'");
    expect(library).toContain(`'${LIBRARY_SAVE_ROLE}'`);
  });
});
