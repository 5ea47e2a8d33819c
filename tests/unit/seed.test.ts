import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, seedSections } from '../support/seed';

/** SHA-256 of shared/seed/integritetspolicy.txt as the client delivered it. */
const DELIVERED_SHA256 = '0fe105f275ade4ddf33b403fa1147d81ae38442ddef041fc295742f8b058c3d7';

describe("the client's text", () => {
  it('is the copy the client delivered, unchanged', () => {
    expect(createHash('sha256').update(readFileSync(SEED_PATH)).digest('hex')).toBe(DELIVERED_SHA256);
  });

  it('splits into the sections the pages carry', () => {
    const sections = seedSections();
    expect([...sections.keys()]).toEqual(['Integritetspolicy', 'Hur använder vi cookies?', 'Länkar', 'Kontakt']);
    expect(sections.get('Integritetspolicy')).toHaveLength(9);
    expect(sections.get('Kontakt')).toContain('Tel: 026-16 64 70');
  });
});
