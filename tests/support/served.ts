/**
 * The built site as a browser receives it, for the checks that need no browser (tests/site/, Vitest): answers of the
 * production server that tests/site/global-setup.ts started once for the run, parsed with cheerio, and the text a
 * reader sees in them.
 */
import { load, type CheerioAPI } from 'cheerio';
import { isTag, isText, type AnyNode } from 'domhandler';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built server the site tests read, e.g. http://127.0.0.1:43817. */
    siteUrl: string;
    /** That server's consent store (an SQLite file) and its limit of records per visitor address and minute. */
    siteConsent: { file: string; rateLimit: number };
  }
}

/** The running built server's origin. */
export function siteUrl(): string {
  return inject('siteUrl');
}

export interface Served {
  status: number;
  headers: Headers;
  body: string;
  /** The body parsed as HTML. */
  $: CheerioAPI;
}

const answers = new Map<string, Promise<Served>>();

/** The server's answer to a GET of `path`, fetched once per test file (redirects not followed). */
export function served(path: string): Promise<Served> {
  let answer = answers.get(path);
  if (!answer) {
    answer = fetch(new URL(path, siteUrl()), { redirect: 'manual' }).then(async (response) => {
      const body = await response.text();
      return { status: response.status, headers: response.headers, body, $: load(body) };
    });
    answers.set(path, answer);
  }
  return answer;
}

/** Elements whose box starts and ends a line: their text never runs into the next element's. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'section',
  'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Never rendered as text. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'head']);

/**
 * The text of `selector` (a selector or an element) as a reader without JavaScript gets it (what the browser's innerText gives, white space
 * folded): no script, style or `hidden` element; <noscript> read, since the page is read without scripts.
 */
export function readableText($: CheerioAPI, selector: string | AnyNode = 'main'): string {
  const parts: string[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (isText(node)) parts.push(node.data);
      else if (isTag(node)) {
        if (NOT_TEXT.has(node.name) || node.attribs.hidden !== undefined) continue;
        const block = BLOCKS.has(node.name);
        if (block) parts.push(' ');
        walk(node.children);
        if (block) parts.push(' ');
      }
    }
  };
  walk($(selector).toArray());
  return parts.join('').replace(/\s+/g, ' ').trim();
}
