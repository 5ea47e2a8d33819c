import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eidCheck as checkEid } from '../../../src/launch/eid-check';
import { checkSettings } from '../../../src/server/settings';
import { ACCEPTED_ACR, eidEnv, startProvider, type TestProvider } from '../../support/oidc';
import { unusedPort } from '../../support/smtp';

/** The e-ID line as `npm run preflight` makes it: from the server's loader. */
const eidCheck = (env: Record<string, string>) => checkEid(checkSettings(env).eid, env.SITE_URL);

let provider: TestProvider;
beforeAll(async () => {
  provider = await startProvider({ port: await unusedPort(), redirectUris: ['https://www.jainkasso.se/e-legitimation/retur'], variant: 'id-token' });
});
afterAll(() => provider.stop());

describe('the launch check of the e-ID', () => {
  it('passes while e-ID is off: it is optional', async () => {
    expect(await eidCheck({})).toMatchObject({ status: 'ok', detail: expect.stringMatching(/^off/) });
  });

  it('passes when the broker\'s discovery document is valid, and names the redirect URI to register', async () => {
    const check = await eidCheck({ ...provider.env, SITE_URL: 'https://www.jainkasso.se/' });
    expect(check).toMatchObject({ status: 'ok' });
    expect(check.detail).toContain('Register https://www.jainkasso.se/e-legitimation/retur as the redirect URI');
    // The methods it accepts, as set, so the launch shows what counts as verified.
    expect(check.detail).toContain(`accepting ${ACCEPTED_ACR}:`);
  });

  it('fails when the issuer does not answer, or the settings are wrong, saying which', async () => {
    const down = await eidCheck(eidEnv(`http://127.0.0.1:${await unusedPort()}`, 'id-token'));
    expect(down.status).toBe('fail');
    expect(down.detail).toMatch(/discovery document at http:\/\/127\.0\.0\.1:\d+\/\.well-known\/openid-configuration could not be read/);
    const wrong = await eidCheck({ EID_ISSUER: provider.issuer });
    expect(wrong).toMatchObject({ status: 'fail', detail: expect.stringContaining('EID_CLIENT_ID must be set') });
  });
});
