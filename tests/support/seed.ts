import { readFileSync } from 'node:fs';

/** The client's text as delivered (a verbatim copy of shared/seed/integritetspolicy.txt). */
export const SEED_PATH = new URL('./fixtures/integritetspolicy.txt', import.meta.url);

/** Paragraphs of the client's text, keyed by the heading they stand under. */
export function seedSections(): Map<string, string[]> {
  const blocks = readFileSync(SEED_PATH, 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const headings = new Set(['Integritetspolicy', 'Hur använder vi cookies?', 'Länkar', 'Kontakt']);
  const sections = new Map<string, string[]>();
  let current = '';
  for (const block of blocks) {
    if (headings.has(block)) {
      current = block;
      sections.set(current, []);
    } else {
      // The contact block's lines are separate lines on the page too.
      sections.get(current)!.push(...(current === 'Kontakt' ? block.split('\n') : [block]));
    }
  }
  return sections;
}

/** Which page carries each of the client's sections. */
export const seedPages: Record<string, string[]> = {
  Integritetspolicy: ['/integritetspolicy/'],
  'Hur använder vi cookies?': ['/cookies/'],
  Länkar: ['/integritetspolicy/'],
  Kontakt: ['/integritetspolicy/', '/kontakt/'],
};
