import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import BaseLayout from '../../../src/layouts/BaseLayout.astro';
import { decodePageData, PAGE_DATA_ATTRIBUTE } from '../../../src/consent/page-data';
import { shouldLoadAnalytics } from '../../../src/consent/decision';
import { pageContext } from '../../../src/i18n/page-context';

/** An HTML attribute's value as the browser reads it. */
function unescapeAttribute(value: string): string {
  const entities: Record<string, string> = { '&quot;': '"', '&#34;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
  return value.replace(/&(quot|#34|#39|lt|gt|amp);/g, (entity) => entities[entity]!);
}

/** The consent data a page built with BaseLayout hands to the browser, decoded as the browser does. */
async function pageData(props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- outside astro check, TypeScript cannot type an .astro import.
  const html = await container.renderToString(BaseLayout, {
    props: { title: 'Test', description: 'A page rendered by the unit tests to read its consent data.', ...props },
    request: new Request('https://www.jainkasso.se/test/'),
    // The page's context as src/middleware.ts sets it (the container runs no middleware); a page reads nothing else of locals.
    locals: { page: pageContext('sv', '/test/') } as App.Locals,
  });
  const match = html.match(new RegExp(`${PAGE_DATA_ATTRIBUTE}="([^"]*)"`));
  expect(match, 'the page carries its consent data').not.toBeNull();
  return decodePageData(unescapeAttribute(match![1]!));
}

const accepted = { hasChoice: true, analyticsAccepted: true, gpc: false };

describe('"no analytics on this page"', () => {
  it('a page built with BaseLayout may load GA after opt-in by default', async () => {
    const data = await pageData({});
    expect(data?.analytics).toBe(true);
    expect(shouldLoadAnalytics(data!.analytics, accepted)).toBe(true);
  });

  it('a page built with analytics={false} never loads GA, whatever the visitor accepted', async () => {
    const data = await pageData({ analytics: false });
    expect(data?.analytics).toBe(false);
    expect(shouldLoadAnalytics(data!.analytics, accepted)).toBe(false);
    // The banner and the settings still work there: the same options as on every other page.
    expect(data?.options).toEqual((await pageData({}))?.options);
  });

  it('a page whose consent data is missing or garbled loads nothing', () => {
    expect(decodePageData(null)).toBeNull();
    expect(decodePageData('{not json')).toBeNull();
    expect(decodePageData('{"measurementId":"G-XXXXXXXXXX"}')).toBeNull();
    expect(decodePageData(JSON.stringify({ measurementId: 'G-XXXXXXXXXX', options: {} })), 'no record settings').toBeNull();
    const withoutFlag = decodePageData(JSON.stringify({ measurementId: 'G-XXXXXXXXXX', options: {}, record: { url: '/consent-records', textVersion: 'a' } }));
    expect(withoutFlag?.analytics).toBe(false);
  });
});
