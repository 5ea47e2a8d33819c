/**
 * The company's protected way of answering electronically (site.protectedAnswer) on the confirmation page, as a reader
 * meets it: stated, in the page's language, to someone who chose an electronic answer, once the client has set it;
 * nowhere while it is unset (`npm run preflight` names it then). The receipt's and the staff's: ./mail.test.ts.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageContext } from '../../../src/i18n/page-context';
import { localeOfPath } from '../../../src/i18n/routes';
import { site } from '../../../src/site.config';
import type { Confirmation } from '../../../src/requests/outcome';
import ConfirmationPage from '../../../src/components/form/ConfirmationPage.astro';
import { PROTECTED_ANSWER as PROTECTED } from '../../support/fixtures/protected-answer';

// A copy of the config that a test can complete, as the client would, and that afterEach puts back.
vi.mock('../../../src/site.config', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/site.config')>();
  return { ...actual, site: { ...actual.site } };
});
afterEach(() => {
  delete site.protectedAnswer;
});


const delivered = (answerChannel: Confirmation['answerChannel']): Confirmation => ({
  status: 'delivered',
  reference: 'JA-7K3F9QXM',
  type: 'registerutdrag',
  answerChannel,
  receivedAt: '2026-11-25T21:14:00.000Z',
  receipt: false,
});

/** The visible text of the confirmation page at `path` showing `shown`, white space folded. */
async function pageText(path: string, shown: Confirmation): Promise<string> {
  const container = await AstroContainer.create();
  // The page's context as src/middleware.ts sets it (the container runs no middleware).
  const locals = { page: pageContext(localeOfPath(path), path) } as App.Locals;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- outside astro check, TypeScript cannot type an .astro import.
  const html = await container.renderToString(ConfirmationPage, { locals, props: { shown }, request: new Request(`https://www.jainkasso.se${path}`) });
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  return main
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe("the confirmation page and the company's protected way", () => {
  it.each([
    ['/dina-uppgifter/tack/', 'sv'],
    ['/en/your-data/confirmation/', 'en'],
  ] as const)('%s: states it after the electronic answer, in its language, once set', async (path, locale) => {
    site.protectedAnswer = PROTECTED;
    const text = await pageText(path, delivered('elektroniskt'));
    expect(text).toContain(PROTECTED[locale]);
    expect(text).not.toContain(PROTECTED[locale === 'sv' ? 'en' : 'sv']);
    // Not for a letter.
    expect(await pageText(path, delivered('brev'))).not.toContain('Exempelposten');
  });

  it('says nothing of it while it is unset', async () => {
    for (const path of ['/dina-uppgifter/tack/', '/en/your-data/confirmation/']) {
      expect(await pageText(path, delivered('elektroniskt'))).not.toContain('Exempelposten');
    }
  });
});
