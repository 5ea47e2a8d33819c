import { describe, expect, it } from 'vitest';
import { newReference, REFERENCE_PATTERN, REFERENCE_ALPHABET } from '../../../src/requests/reference';

describe('reference', () => {
  it('looks like JA-7K3F9QXM: capitals, a hyphen, then capitals and digits', () => {
    for (let i = 0; i < 200; i++) {
      const reference = newReference();
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(reference).toMatch(/^JA-[A-Z0-9]{8}$/);
    }
  });

  it('never uses characters that are easy to mix up (0/O, 1/I)', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(32);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OI]/);
    const seen = new Set(Array.from({ length: 2000 }, () => newReference().slice(3)).join(''));
    expect([...seen].sort().join('')).toBe([...REFERENCE_ALPHABET].sort().join(''));
  });

  it('is unique over many requests', () => {
    const references = Array.from({ length: 20000 }, newReference);
    expect(new Set(references).size).toBe(references.length);
  });
});
