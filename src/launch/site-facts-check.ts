/**
 * The launch check's line on where the company's facts come from: a file the operator owns (SITE_FACTS_FILE), so an
 * update of the site never touches them; the repository's example is for development. Plain Node can run it.
 */
import path from 'node:path';
import { SITE_FACTS_EXAMPLE } from '../site.config.ts';
import type { Check } from './preflight.ts';

const ITEM = 'Site facts file';

export function siteFactsCheck(file: string, cwd = process.cwd()): Check {
  if (file === path.resolve(cwd, SITE_FACTS_EXAMPLE)) {
    return {
      item: ITEM,
      status: 'warn',
      detail:
        `the repository's example ${SITE_FACTS_EXAMPLE}: copy it to a file of your own (e.g. /etc/jainkasso-web-facts.json), fill in the facts, ` +
        'and set SITE_FACTS_FILE to it, so that an update never touches them (docs/deployment.md).',
    };
  }
  return { item: ITEM, status: 'ok', detail: `${file} (SITE_FACTS_FILE).` };
}
