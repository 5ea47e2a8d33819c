/** What the server answers to a request it cannot take: a plain 4xx, the same on every route, never a framework's message. */
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../support/served';
import { CONSENT_RECORDS_PATH } from '../../src/consent/records/record';

describe('a malformed consent record', () => {
  it('that is JSON which does not parse gets a plain "Bad Request", with no word of why', async () => {
    const response = await fetch(new URL(CONSENT_RECORDS_PATH, siteUrl()), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: siteUrl() },
      body: '{"recordId":',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('Bad Request');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
