import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, seedSections } from '../seed';

const shared = new URL('../../../shared/seed/integritetspolicy.txt', import.meta.url);

describe("the client's text", () => {
  it.runIf(existsSync(shared))('is the copy the client delivered, unchanged', () => {
    expect(readFileSync(SEED_PATH, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  it('splits into the sections the pages carry', () => {
    const sections = seedSections();
    expect([...sections.keys()]).toEqual(['Integritetspolicy', 'Hur använder vi cookies?', 'Länkar', 'Kontakt']);
    expect(sections.get('Integritetspolicy')).toHaveLength(9);
    expect(sections.get('Kontakt')).toContain('Tel: 026-16 64 70');
  });
});
