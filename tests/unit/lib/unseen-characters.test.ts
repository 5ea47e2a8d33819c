import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeUnseen } from '../../../src/lib/unseen-characters';
import { UNSEEN_SNIPPETS, withUnseen } from '../../support/hostile-input';

/** Printable: no C0 or C1 control, bidi, zero-width or other format character, line separator or odd space. */
const PRINTABLE = /^[^\p{C}\p{Z}\u115f\u1160\u3164\uffa0]*$/u;

describe('escaping unseen characters', () => {
  it('writes each as \\u{…}, and leaves letters, plain spaces and what the caller keeps', () => {
    expect(escapeUnseen('/a\u001b[2Jb')).toBe('/a\\u{1b}[2Jb');
    expect(escapeUnseen('\u202eabc\u200b\u0000')).toBe('\\u{202e}abc\\u{200b}\\u{0}');
    expect(escapeUnseen('Får vi använda cookies?')).toBe('Får vi använda cookies?');
    expect(escapeUnseen('a\nb\tc', '\n')).toBe('a\nb\\u{9}c');
  });

  it('escapes a backslash too, so an escape cannot be forged by typing one', () => {
    expect(escapeUnseen('\\u{1b}')).toBe('\\\\u{1b}');
    expect(escapeUnseen('\\u{1b}')).not.toBe(escapeUnseen('\u001b'));
  });

  it('leaves nothing unseen, whatever the text (property, seed printed on failure)', () => {
    for (const snippet of UNSEEN_SNIPPETS) expect(escapeUnseen(snippet).replaceAll(' ', '')).toMatch(PRINTABLE);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), withUnseen('/cookies/')), (text) => {
        expect(escapeUnseen(text).replaceAll(' ', '')).toMatch(PRINTABLE);
      }),
      { numRuns: 1000 },
    );
  });
});
