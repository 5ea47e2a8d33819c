/**
 * Every page carries the same consent machinery, so a browser test of one page of a template speaks for the others:
 * the same consent root (per language), the same inline script before the first paint, allowed by its hash.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pages } from '../support/site-pages';
import { served } from '../support/served';
import { CONSENT_ROOT_ID } from '../../src/consent/first-paint';

/** The consent root's markup, and the data it hands the consent script, of one page. */
async function consentRoot(path: string) {
  const { $ } = await served(path);
  const root = $(`#${CONSENT_ROOT_ID}`);
  expect(root, path).toHaveLength(1);
  return { html: $.html(root), data: JSON.parse(root.attr('data-consent') ?? 'null') as Record<string, unknown> };
}

describe('the consent root', () => {
  it.each(pages)('on $path is the one of every page in its language, but for whether GA may load there', async ({ path, lang, key }) => {
    const reference = await consentRoot(lang === 'sv' ? '/' : '/en/');
    const root = await consentRoot(path);
    const { analytics: _, ...data } = root.data;
    const { analytics: __, ...referenceData } = reference.data;
    expect(data).toEqual(referenceData);
    expect(root.data.analytics).toBe(key !== 'request');
    const markup = (html: string) => html.replace(/ data-consent="[^"]*"/, '');
    expect(markup(root.html)).toBe(markup(reference.html));
  });
});

describe('the script before the first paint', () => {
  it.each(pages)('on $path is the one of every page, inline, and the page\'s CSP allows it by its hash', async ({ path }) => {
    const reference = (await served('/')).$('script:not([src]):not([type])').text();
    const { $, headers } = await served(path);
    const inline = $('script:not([src]):not([type])');
    expect(inline).toHaveLength(1);
    expect(inline.text()).toBe(reference);
    expect(reference).toContain('beforeFirstPaint');
    const hash = `sha256-${createHash('sha256').update(inline.text()).digest('base64')}`;
    const scriptSrc = (headers.get('content-security-policy') ?? '').split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain(`'${hash}'`);
  });
});
