import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE, SESSION_SECONDS, sessionConfig } from '../../../src/lib/session';
import { consentConfig } from '../../../src/consent/config';
import { eidSettings } from '../../../src/eid/settings';
import { loadGroup, type Env } from '../../../src/lib/settings';

const parseEidSettings = (env: Env) => loadGroup(eidSettings, env);

const eid = { EID_ISSUER: 'https://broker.test', EID_CLIENT_ID: 'id', EID_CLIENT_SECRET: 'secret', EID_BROKER: 'Broker AB', EID_ACR_VALUES: 'urn:grn:authn:se:bankid:same-device' };

describe('the session', () => {
  it('has one lifetime, 10 minutes: the cookie, Astro\'s session and each entry of the store', () => {
    expect(SESSION_SECONDS).toBe(600);
    const config = sessionConfig('/any/session-store.ts');
    expect(config).toEqual({
      driver: { entrypoint: '/any/session-store.ts', config: { ttlSeconds: SESSION_SECONDS, maxEntries: 10_000 } },
      cookie: { name: SESSION_COOKIE, maxAge: SESSION_SECONDS, path: '/', sameSite: 'lax' },
      ttl: SESSION_SECONDS,
    });
  });

  it('is the cookie the cookie table names, and a verified e-ID identity lasts at most as long', () => {
    expect(consentConfig.cookies.find((c) => c.name === SESSION_COOKIE)?.maxAgeSeconds).toBe(SESSION_SECONDS);
    expect(parseEidSettings(eid)?.verifiedSeconds).toBe(SESSION_SECONDS);
    expect(parseEidSettings({ ...eid, EID_VERIFIED_SECONDS: String(SESSION_SECONDS) })?.verifiedSeconds).toBe(SESSION_SECONDS);
    expect(() => parseEidSettings({ ...eid, EID_VERIFIED_SECONDS: String(SESSION_SECONDS + 1) })).toThrow(`EID_VERIFIED_SECONDS must be a whole number from 1 to ${SESSION_SECONDS} (seconds).`);
  });
});
