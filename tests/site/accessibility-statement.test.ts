/** The accessibility statements follow DIGG's model; axe and what they say was tested are in tests/e2e/tour.spec.ts. */
import { describe, expect, it } from 'vitest';
import { readableText, served } from '../support/served';

describe('the accessibility statement', () => {
  const statements = [
    {
      path: '/tillganglighet/',
      headings: [
        'Hur tillgänglig är webbplatsen?',
        'Vad kan du göra om du inte kan använda delar av webbplatsen?',
        'Rapportera brister i webbplatsens tillgänglighet',
        'Tillsyn',
        'Teknisk information om webbplatsens tillgänglighet',
        'Hur vi testat webbplatsen',
      ],
      unavailable: 'Innehåll som inte är tillgängligt',
      says: [
        'Redogörelsen är frivillig',
        'DOS-lagen',
        'Webbplatsen är delvis förenlig med WCAG 2.1 nivå AA och EN 301 549',
        'Vi testar den också mot WCAG 2.2 nivå AA.',
        '1.3.1 Information och relationer.',
        'lagen (2018:1937) om tillgänglighet till digital offentlig service',
        'så DIGG prövar inte klagomål på den',
        'vänder du dig därför till oss',
        // The first layer is the site's own markup; only the preferences are the library's.
        'Cookierutan är webbplatsens egen kod. Cookieinställningarna kommer från det färdiga verktyget',
        // The known gap's plan, and the statement's own date (src/components/accessibility/statement.ts).
        'Vi planerar att åtgärda bristen senast den 30 juni 2027',
        'Redogörelsen uppdaterades senast den 6 december 2026.',
      ],
      outdated: 'Cookierutan och cookieinställningarna kommer från',
    },
    {
      path: '/en/accessibility/',
      headings: [
        'How accessible is the website?',
        'What can you do if you cannot use parts of the website?',
        'Report accessibility problems',
        'Supervision',
        'Technical information about the website’s accessibility', // Markdown's typographic apostrophe
        'How we have tested the website',
      ],
      unavailable: 'Content that is not accessible',
      says: [
        'This statement is voluntary',
        'the DOS Act',
        'This website is partially compliant with WCAG 2.1 level AA and EN 301 549',
        'We also test it against WCAG 2.2 level AA.',
        '1.3.1 Info and Relationships.',
        'the Act (2018:1937) on Accessibility to Digital Public Services',
        'so DIGG does not consider complaints about it',
        'please contact us',
        'The cookie banner is the website’s own code. The cookie settings come from the ready-made tool', // Markdown's typographic apostrophe
        'We plan to fix this problem by 30 June 2027',
        'This statement was last updated on 6 December 2026.',
      ],
      outdated: 'The cookie banner and the cookie settings come from',
    },
  ];
  it.each(statements)("$path follows DIGG's model: status against WCAG 2.1 AA, each gap with its criterion and plan, supervision, how it was tested, when it was updated", async ({ path, headings, unavailable, says, outdated }) => {
    const { $ } = await served(path);
    const headingsOf = (level: string) => $(`main ${level}`).toArray().map((h) => readableText($, h));
    for (const heading of headings) expect(headingsOf('h2')).toContain(heading);
    expect(headingsOf('h3')).toContain(unavailable);
    const main = readableText($);
    for (const text of says) expect(main).toContain(text);
    expect(main).not.toContain(outdated);
    // The date closes the statement, as in DIGG's model.
    expect(main.trimEnd().endsWith(says.at(-1)!)).toBe(true);
    // Contact details from the site config, once, for reports and complaints.
    const link = (name: string) => $('main a').filter((_, a) => readableText($, a) === name).attr('href');
    expect(link('info@jainkasso.se')).toBe('mailto:info@jainkasso.se');
    expect(link('026-16 64 70')).toBe('tel:+4626166470');
    // The assessment date and the answer time are unset in the config: no sentence stands in for them
    // (tests/unit/content/accessibility-facts.test.ts renders them set).
    expect(main).not.toMatch(/bedömde webbplatsens tillgänglighet|assessed the accessibility|Vi svarar|We answer/);
  });
});
