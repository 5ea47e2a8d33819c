import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n/locales';
import { CONTENT_ROUTES, contentId, localeOfPath, routeOfPath } from '../../../src/i18n/routes';
import { consentText } from '../../../src/i18n/consent';

/**
 * The English pages are translations, paragraph by paragraph: each English MDX page must have the same blocks
 * as its Swedish source, in the same order, with its links pointing to the same pages in its own language.
 */

const CONTENT_DIR = new URL('../../../content/', import.meta.url);

/** One block of an MDX body, as a reader sees it. */
interface Block {
  /** 'h2' (heading with its level), 'paragraph', 'link' (a paragraph that is only a link), 'list of 3', or a component tag such as '<ContactDetails />'. */
  kind: string;
  /** The block's Markdown source. */
  text: string;
}

const HEADING = /^(#{1,6})\s/;
const LIST_ITEM = /^(?:[-*+]|\d+\.)\s/;
const COMPONENT = /^<([A-Z][\w.]*)\s*\/>$/;
const LINK_ONLY = /^\[[^\]]+\]\([^)\s]+\)$/;
const LINK = /\[[^\]]*\]\(([^)\s]+)\)/g;

function kindOf(text: string): string {
  const lines = text.split('\n');
  if (LIST_ITEM.test(lines[0]!)) return `list of ${lines.filter((line) => LIST_ITEM.test(line)).length}`;
  const component = COMPONENT.exec(text);
  if (component) return `<${component[1]} />`;
  return LINK_ONLY.test(text) ? 'link' : 'paragraph';
}

/** The body's blocks: frontmatter and imports left out, blocks separated by blank lines, a heading always a block of its own. */
function blocksOf(mdx: string): Block[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks: Block[] = [];
  let lines: string[] = [];
  const close = () => {
    if (lines.length) blocks.push({ kind: kindOf(lines.join('\n')), text: lines.join('\n') });
    lines = [];
  };
  for (const line of body.split('\n').map((l) => l.trimEnd())) {
    const heading = HEADING.exec(line);
    if (line === '' || /^import\s.+\sfrom\s/.test(line)) {
      close();
    } else if (heading) {
      close();
      blocks.push({ kind: `h${heading[1]!.length}`, text: line });
    } else {
      lines.push(line);
    }
  }
  close();
  return blocks;
}

function read(key: (typeof CONTENT_ROUTES)[number], locale: Locale): string {
  return readFileSync(new URL(`${contentId(key, locale)}.mdx`, CONTENT_DIR), 'utf8');
}

const kinds = (blocks: Block[]) => blocks.map(({ kind }) => kind);
const paragraphs = (blocks: Block[]) => blocks.filter(({ kind }) => kind === 'paragraph');
const linksOf = (text: string) => [...text.matchAll(LINK)].map((match) => match[1]!);
const isInternal = (href: string) => !/^[a-z][a-z+.-]*:/i.test(href);

/** Where a link goes, the same in both languages: a route of the table (and whether it has a fragment), or an external address without its query. */
function target(href: string): string {
  if (!isInternal(href)) {
    const url = new URL(href);
    return `${url.origin}${url.pathname}`;
  }
  const [path = '', fragment] = href.split('#');
  return `${routeOfPath(path) ?? `unknown page ${path}`}${fragment === undefined ? '' : '#…'}`;
}

describe('the block parser', () => {
  const sample = [
    '---',
    'title: T',
    '---',
    "import ContactDetails from '../src/components/layout/ContactDetails.astro';",
    '',
    '## Heading',
    'First paragraph,',
    'same paragraph.',
    '',
    '- one',
    '- two',
    '',
    '[Only a link](/kontakt/)',
    '',
    'Text with [a link](/kontakt/) inside.',
    '',
    '<ContactDetails />',
  ].join('\n');

  it('sees headings, paragraphs, lists, link-only paragraphs and components', () => {
    expect(kinds(blocksOf(sample))).toEqual(['h2', 'paragraph', 'list of 2', 'link', 'paragraph', '<ContactDetails />']);
  });

  it('notices a paragraph deleted, or merged into the one before it', () => {
    const text = read('privacy', 'sv');
    const count = paragraphs(blocksOf(text)).length;
    const [first, second] = paragraphs(blocksOf(text));
    expect(paragraphs(blocksOf(text.replace(`${second!.text}\n\n`, ''))).length).toBe(count - 1);
    // Merged: the blank line between the first two paragraphs removed.
    expect(text).toContain(`${first!.text}\n\n${second!.text}`);
    expect(paragraphs(blocksOf(text.replace(`${first!.text}\n\n`, `${first!.text}\n`))).length).toBe(count - 1);
  });
});

describe.each(CONTENT_ROUTES)('the %s page in English', (key) => {
  const swedish = blocksOf(read(key, 'sv'));
  const english = blocksOf(read(key, 'en'));

  it('has the blocks of the Swedish page, in the same order', () => {
    expect(kinds(english)).toEqual(kinds(swedish));
  });

  it('has its links in the same places, to the same pages', () => {
    expect(english.map(({ text }) => linksOf(text).map(target))).toEqual(swedish.map(({ text }) => linksOf(text).map(target)));
  });
});

describe('the privacy policy in English', () => {
  it('has exactly as many paragraphs as the Swedish', () => {
    const swedish = paragraphs(blocksOf(read('privacy', 'sv')));
    expect(swedish.length).toBeGreaterThan(0);
    expect(paragraphs(blocksOf(read('privacy', 'en')))).toHaveLength(swedish.length);
  });
});

describe('the English pages, in the words of GDPR and of an English reader', () => {
  // Each Swedish term as the English GDPR or the web says it; the literal renderings mislead ("sensitive data" is
  // art. 9's special categories, "network analysis" is something else, "extract" is no English right).
  const misleading = [/network analysis/i, /\bcorrection\b/i, /\ban extract\b/i, /sensitive data/i];
  it.each(CONTENT_ROUTES)('%s says none of the literal renderings', (key) => {
    for (const term of misleading) expect(read(key, 'en')).not.toMatch(term);
  });

  it('the privacy policy names the rights as GDPR does', () => {
    const privacy = read('privacy', 'en');
    expect(privacy).toContain('the right at any time to ask for rectification');
    expect(privacy).toContain('once a year for a copy of the personal data we hold about you');
    expect(privacy).toContain('We protect the confidential data');
    expect(read('cookies', 'en')).toContain('a web analytics service');
  });
});

describe.each(LOCALES)('internal links on the %s pages', (locale) => {
  const links = CONTENT_ROUTES.flatMap((key) => blocksOf(read(key, locale)).flatMap(({ text }) => linksOf(text)));

  it('go to a page of the route table in the same language', () => {
    const internal = links.filter(isInternal);
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) {
      const path = href.split('#')[0]!;
      expect(path, href).toMatch(locale === 'en' ? /^\/en\// : /^\/(?!en\/)/);
      expect(localeOfPath(path), href).toBe(locale);
      expect(routeOfPath(path), href).toBeDefined();
    }
  });
});

describe('the consent texts, as a native reader would have them', () => {
  /** Every sentence a consent text can show, functions called with stand-ins for what the page fills in. */
  function sentences(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return sentences((value as (...args: string[]) => unknown)('_ga och _ga_X', '_ga_X', '_ga_X'));
    if (value && typeof value === 'object') return Object.values(value).flatMap(sentences);
    return [];
  }
  const text = { sv: sentences(consentText('sv')).join('\n'), en: sentences(consentText('en')).join('\n') };

  // Each old wording, and what replaced it.
  it.each([
    ['sv', /Statistik är avstängt|slår på det\b|godkänner det\./, 'Statistik är avstängd tills du själv slår på den.'],
    ['sv', /^Ändra eller återkalla ditt val när som helst/m, 'Du kan när som helst ändra eller återkalla ditt val'],
    ['sv', /och cookies _ga/, 'och cookierna _ga och _ga_X raderas'],
    ['sv', /ett slumpat nummer/, 'en slumpad kod'],
    ['sv', /något annat som pekar ut dig/, 'är en personuppgift'],
    ['sv', /Därefter kastas den/, 'ungefär var du befinner dig. Därefter raderas den.'],
    ['en', /may be sent to the USA/, 'may be transferred to the USA'],
    ['en', /a random number/, 'a random code'],
    ['en', /anything else that identifies you/, 'is personal data'],
    ['en', /at the foot of/, 'at the bottom of every page'],
  ] as const)('%s: never %s again, but "%s"', (locale, old, now) => {
    expect(text[locale]).not.toMatch(old);
    expect(text[locale]).toContain(now);
  });
});

describe('the English accessibility statement, as a native reader would have it', () => {
  it('says who runs the website, not who "is behind" it', () => {
    const statement = readFileSync(new URL('en/accessibility.mdx', CONTENT_DIR), 'utf8');
    expect(statement).not.toMatch(/is behind this website/);
    expect(statement).toContain('J A Inkasso & Consulting AB runs this website.');
  });
});
