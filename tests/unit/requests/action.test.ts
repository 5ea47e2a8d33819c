import { describe, expect, it } from 'vitest';
import { ActionError } from 'astro:actions';
import { assertFormPage } from '../../../src/requests/action';

const at = (path: string) => new URL(path, 'https://www.jainkasso.se');

describe('the form pages that take the Action', () => {
  it("give the request's language: the page's, never a field's", () => {
    expect(assertFormPage(at('/dina-uppgifter/?_action=requests.submit'))).toBe('sv');
    expect(assertFormPage(at('/en/your-data/?_action=requests.submit&locale=sv'))).toBe('en');
  });

  it.each(['/dina-uppgifter/tack/', '/en/your-data/confirmation/', '/_actions/requests.submit', '/en/', '/', '/en/your-data', '/EN/your-data/'])(
    'are the only ones: %s is refused',
    (path) => {
      expect(() => assertFormPage(at(path))).toThrow(ActionError);
    },
  );
});
