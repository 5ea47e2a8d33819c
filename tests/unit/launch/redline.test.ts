/**
 * The redline of the client's texts (docs/integritetspolicy-forslag.md), as preflight reads it: every point in both
 * languages, in the client's words of today and reworded, stands; the texts with the redline applied pass.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REDLINE, standingPoints, type ClientText } from '../../../src/launch/redline';
import { CLIENT_TEXT_FILES } from '../../../src/launch/preflight';
import { applied, REDLINES, today } from '../../support/fixtures/client-texts';

const POINTS: Record<ClientText, number[]> = { cookies: [1, 2, 3, 4, 5], privacy: [6, 7, 8, 9, 10, 11, 12] };
const CASES = (['cookies', 'privacy'] as const).flatMap((text) => (['sv', 'en'] as const).map((locale) => ({ text, locale, file: CLIENT_TEXT_FILES[text][locale] })));

describe('the redline of the client’s texts (docs/integritetspolicy-forslag.md)', () => {
  it('has points 1–12, each named by its heading in the redline', () => {
    const doc = readFileSync('docs/integritetspolicy-forslag.md', 'utf8');
    expect(REDLINE.map((p) => p.point)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const { point, title } of REDLINE) expect(doc).toContain(`### ${point}. ${title}`);
  });

  it.each(CASES)('$file of today: every point of its part of the redline stands', ({ text, locale }) => {
    expect(standingPoints(text, locale, today(text, locale)).map((p) => p.point)).toEqual(POINTS[text]);
  });

  it.each(CASES)('$file with the redline applied: no point stands', ({ text, locale }) => {
    expect(standingPoints(text, locale, applied(text, locale)).map((p) => p.point)).toEqual([]);
  });

  it.each(CASES)('$file: each point stands alone in the words of today, and reworded', ({ text, locale }) => {
    const { now, reworded } = REDLINES[text][locale];
    for (const point of POINTS[text]) {
      const forms = [...(now[point] ? [now[point]] : []), ...(reworded[point] ?? [])];
      expect(forms.length, `point ${point}`).toBeGreaterThan(0);
      for (const form of forms) {
        expect(standingPoints(text, locale, applied(text, locale, point, form)).map((p) => p.point), `point ${point}: "${form}"`).toEqual([point]);
      }
    }
  });
});
