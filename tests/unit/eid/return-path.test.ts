import { describe, expect, it } from 'vitest';
import { eidReturnUrl } from '../../../src/eid/return-path';

describe('the return from the broker at EID_REDIRECT_PATH', () => {
  it('reaches the e-ID return page, with its query', () => {
    expect(eidReturnUrl('/eid/callback?code=abc&state=xyz', '/eid/callback')).toBe('/e-legitimation/retur?code=abc&state=xyz');
  });

  it('leaves every other URL, and every URL without e-ID or with the default path, as it is', () => {
    expect(eidReturnUrl('/eid/callback/more?code=abc', '/eid/callback')).toBe('/eid/callback/more?code=abc');
    expect(eidReturnUrl('/dina-uppgifter/', '/eid/callback')).toBe('/dina-uppgifter/');
    expect(eidReturnUrl('/eid/callback?code=abc', undefined)).toBe('/eid/callback?code=abc');
    expect(eidReturnUrl('/e-legitimation/retur?code=abc', '/e-legitimation/retur')).toBe('/e-legitimation/retur?code=abc');
  });
});
