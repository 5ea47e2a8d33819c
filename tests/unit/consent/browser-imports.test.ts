/**
 * The browser's consent scripts carry no validator: the record's type is shared with the server's schema, but only
 * as a type, so zod (and anything built for Node or the build) never reaches the bundle whose size is budgeted.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../../support/imports';

const src = path.resolve('src/consent');
/** zod (directly or through Astro), Node's modules, and modules that run at build time only. */
const NOT_FOR_THE_BROWSER = /^(zod|astro\/zod)(\/|$)|^node:|\.server\.ts$/;

/** The modules from `entry` on that the browser must not load, each with the imports that lead to it. */
function forbidden(entry: string, types: boolean): string[] {
  const reached = reachableFrom(path.join(src, entry), { types });
  return [...reached].filter(([module]) => NOT_FOR_THE_BROWSER.test(module)).map(([, chain]) => chain.map((file) => (path.isAbsolute(file) ? path.relative(src, file) : file)).join(' → '));
}

describe("the browser's consent scripts", () => {
  it('reach no zod, no Node module and no build-time module, from the script that runs first or the one after it', () => {
    expect(forbidden('first-paint.ts', false)).toEqual([]);
    expect(forbidden('start.ts', false)).toEqual([]);
    // Not vacuous: the banner, its record and the library are all reached.
    const reached = [...reachableFrom(path.join(src, 'start.ts'), { types: false }).keys()];
    expect(reached).toEqual(expect.arrayContaining([path.join(src, 'banner.ts'), path.join(src, 'records/choice-record.ts'), 'vanilla-cookieconsent']));
  });

  it("share the record's description with the server through a module with no zod in it, even among its types", () => {
    expect(forbidden('records/record.ts', true)).toEqual([]);
    expect(reachableFrom(path.join(src, 'records/schema.ts'), { types: false }).has(path.join(src, 'records/record.ts'))).toBe(true);
  });
});
