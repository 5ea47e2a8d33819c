import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { site, type SiteConfig } from '../../../src/site.config';
import { formatChecklist, passes, preflight, type ClientTexts } from '../../../src/launch/preflight';
import type { Env } from '../../../src/lib/settings';
import { OUTDATED_COOKIE_STATEMENTS } from '../../../src/launch/client-cookie-text';

const complete: SiteConfig = {
  ...site,
  organisationsnummer: '556000-0000',
  permit: { sv: 'Tillstånd från Finansinspektionen att bedriva inkassoverksamhet', en: 'Authorised by Finansinspektionen to carry out debt collection' },
  gaRetentionMonths: 2,
  requestRetention: { sv: 'Ett år efter att ärendet är avslutat', en: 'One year after the case is closed' },
  mailProvider: { sv: 'Vår e-post sköts av Exempel AB och stannar inom EU/EES.', en: 'Our email is run by Exempel AB and stays within the EU/EEA.' },
  accessibilityAssessedOn: '2026-12-01',
  accessibilityResponseTime: { sv: 'inom fem arbetsdagar', en: 'within five working days' },
};
const liveEnv: Env = {
  SITE_URL: 'https://www.jainkasso.se',
  PUBLIC_GA_ID: 'G-AB12CD34EF',
  SMTP_URL: 'smtps://webb:hemligt@mail.example.se:465',
  MAIL_TO: 'registerutdrag@jainkasso.se',
};

/** The client's cookie text as it is today, and with the redline (docs/integritetspolicy-forslag.md, points 1–5) applied. */
const todays: ClientTexts = { cookies: readFileSync('content/cookies.mdx', 'utf8') };
const redline: [string, string][] = [
  ['en nätverksanalystjänst som tillhandahålls av Google Inc.', 'en analystjänst som tillhandahålls av Google Ireland Ltd.'],
  [
    'Det är tredje part cookies som vi använder oss av',
    'Google Analytics sparar cookies (_ga och _ga_<mätnings-ID>) under vår egen domän, så kallade förstapartscookies. Uppgifterna i dem skickas till Google. Vi använder dem',
  ],
  [
    'Det är inte möjligt att spåra identiteten hos individer med dessa tjänster.',
    'Google Analytics ger varje webbläsare ett unikt id och samlar in uppgifter om hur webbplatsen används. Uppgifterna räknas som personuppgifter.',
  ],
  [
    'Den information som genereras på detta sätt kan överföras till en server utomlands och lagras där.',
    'Uppgifterna kan föras över till Google LLC i USA. Överföringen sker med stöd av EU-kommissionens beslut om adekvat skyddsnivå för EU–US Data Privacy Framework.',
  ],
  [
    'Du kan själv förhindra att cookies lagras genom att justera inställningarna i din webbläsare.',
    'Vi använder Google Analytics bara om du har samtyckt. Du kan när som helst ändra eller återkalla ditt samtycke under Cookieinställningar längst ned på varje sida.',
  ],
];
const adopted: ClientTexts = {
  cookies: redline.reduce((text, [now, proposed]) => {
    expect(text).toContain(now);
    return text.replace(now, proposed);
  }, todays.cookies),
};
const COOKIE_TEXT = 'Cookietexten (content/cookies.mdx)';

function statusOf(env: Env, config: SiteConfig): Record<string, string> {
  return Object.fromEntries(preflight(env, config, adopted).map((c) => [c.item, c.status]));
}

describe('npm run preflight', () => {
  it('fails for the default configuration, naming every missing fact and setting', () => {
    const checks = preflight({}, site, todays);
    expect(passes(checks)).toBe(false);
    expect(checks.filter((c) => c.status === 'fail').map((c) => c.item)).toEqual([
      'Organisationsnummer',
      'Tillstånd för inkassoverksamhet',
      'Lagringstid i Google Analytics',
      'Lagringstid för begäranden',
      'E-postleverantör och överföring utanför EU/EES',
      'Tillgänglighet: bedömd den',
      'Tillgänglighet: svarstid',
      'PUBLIC_GA_ID',
      'SITE_URL',
      'SMTP_URL',
    ]);
    expect(checks.find((c) => c.item === 'MAIL_TO')?.status).toBe('warn');
  });

  it("fails while GA is set and the client's cookie text still has the statements the redline replaces, naming each", () => {
    const check = preflight(liveEnv, complete, todays).find((c) => c.item === COOKIE_TEXT);
    expect(check?.status).toBe('fail');
    for (const { phrase, reason } of OUTDATED_COOKIE_STATEMENTS) {
      expect(check?.detail).toContain(`"${phrase}" (${reason})`);
    }
    expect(passes(preflight(liveEnv, complete, todays))).toBe(false);
  });

  it("passes once the redline is applied to the client's cookie text", () => {
    expect(preflight(liveEnv, complete, adopted).find((c) => c.item === COOKIE_TEXT)?.status).toBe('ok');
  });

  it.each([undefined, 'G-XXXXXXXXXX', ' G-XXXXXXXXXX '])('only warns about the cookie text while GA is unset or the placeholder (%j), and says gtag.js is still fetched', (id) => {
    const checks = preflight({ ...liveEnv, PUBLIC_GA_ID: id }, complete, todays);
    expect(checks.find((c) => c.item === COOKIE_TEXT)).toMatchObject({ status: 'warn', detail: expect.stringContaining('Not a blocker while PUBLIC_GA_ID is unset or the placeholder') });
    expect(checks.find((c) => c.item === COOKIE_TEXT)?.detail).toContain('still fetches gtag.js');
    expect(checks.find((c) => c.item === 'PUBLIC_GA_ID')?.status).toBe('fail');
  });

  it('passes for a complete configuration, with no warning', () => {
    const checks = preflight(liveEnv, complete, adopted);
    expect(checks.filter((c) => c.status !== 'ok')).toEqual([]);
    expect(passes(checks)).toBe(true);
    expect(formatChecklist(checks)).toContain('Ready to go live.');
  });

  it('names the mail provider and its transfers outside the EU/EEA until they are stated, and takes them once they are', () => {
    const { mailProvider: _, ...withoutProvider } = complete;
    const missing = preflight(liveEnv, withoutProvider, adopted).find((c) => c.item === 'E-postleverantör och överföring utanför EU/EES');
    expect(missing).toMatchObject({ status: 'fail', detail: expect.stringMatching(/^not set: add `mailProvider` to the site's facts file \(SITE_FACTS_FILE\) and build again \(.*EU\/EEA/) });
    expect(passes(preflight(liveEnv, withoutProvider, adopted))).toBe(false);
    const stated = preflight(liveEnv, complete, adopted).find((c) => c.item === 'E-postleverantör och överföring utanför EU/EES');
    expect(stated).toEqual({ item: 'E-postleverantör och överföring utanför EU/EES', status: 'ok', detail: complete.mailProvider!.sv });
  });

  it('refuses a placeholder or malformed GA ID, and a site not on https', () => {
    expect(statusOf({ ...liveEnv, PUBLIC_GA_ID: 'G-XXXXXXXXXX' }, complete)['PUBLIC_GA_ID']).toBe('fail');
    expect(statusOf({ ...liveEnv, PUBLIC_GA_ID: 'UA-12345-1' }, complete)['PUBLIC_GA_ID']).toBe('fail');
    expect(statusOf({ ...liveEnv, SITE_URL: 'http://www.jainkasso.se' }, complete)['SITE_URL']).toBe('fail');
    expect(statusOf({ ...liveEnv, SITE_URL: 'www.jainkasso.se' }, complete)['SITE_URL']).toBe('fail');
  });

  it('accepts SMTP with TLS, or plain SMTP only on loopback, and says which', () => {
    const starttls = preflight({ ...liveEnv, SMTP_URL: 'smtp://mail.example.se:587' }, complete, adopted).find((c) => c.item === 'SMTP_URL');
    expect(starttls).toMatchObject({ status: 'ok', detail: expect.stringContaining('STARTTLS required') });
    const local = preflight({ ...liveEnv, SMTP_URL: 'smtp://127.0.0.1:25' }, complete, adopted).find((c) => c.item === 'SMTP_URL');
    expect(local).toMatchObject({ status: 'ok', detail: expect.stringContaining('loopback') });
    const wrong = preflight({ ...liveEnv, SMTP_URL: 'http://mail.example.se' }, complete, adopted).find((c) => c.item === 'SMTP_URL');
    expect(wrong).toMatchObject({ status: 'fail', detail: expect.stringContaining('smtp://') });
  });

  it('says which store keeps the consent records, without its password, and stops a DATABASE_URL the server would refuse', () => {
    const sqlite = preflight(liveEnv, complete, adopted).find((c) => c.item === 'Consent records');
    expect(sqlite).toMatchObject({ status: 'ok', detail: expect.stringMatching(/^SQLite file .*data\/consent\.sqlite \(one instance; back up this file/) });
    const shared = preflight({ ...liveEnv, DATABASE_URL: 'postgres://site:s3cret@db.internal:5432/consent' }, complete, adopted).find((c) => c.item === 'Consent records');
    expect(shared).toMatchObject({ status: 'ok', detail: 'PostgreSQL database consent on db.internal:5432 (shared by every instance; back up the database).' });
    const refused = preflight({ ...liveEnv, DATABASE_URL: 'mysql://u:s3cret@db/consent' }, complete, adopted).find((c) => c.item === 'Consent records');
    expect(refused).toMatchObject({ status: 'fail', detail: expect.stringContaining('DATABASE_URL must be a URL starting with postgres://') });
    expect(refused?.detail).not.toContain('s3cret');
  });

  it('reads the start-time settings as the server does, and names every one the server would refuse, without its value', () => {
    expect(preflight(liveEnv, complete, adopted).find((c) => c.item === 'Settings (start time)')).toMatchObject({
      status: 'ok',
      detail: 'the server listens on localhost:4321, trusts 0 proxies, and keeps its rate limits and sessions in memory (one instance).',
    });
    const checks = preflight({ ...liveEnv, PORT: '0', REDIS_URL: 'http://u:s3cret@redis', MAIL_FROM: 'webb', EID_ISSUER: 'http://example.com' }, complete, adopted);
    const settings = checks.find((c) => c.item === 'Settings (start time)');
    expect(settings?.status).toBe('fail');
    expect(settings?.detail).toContain('PORT must be a whole number from 1 to 65535.');
    expect(settings?.detail).toContain('REDIS_URL must be a URL starting with redis://');
    expect(checks.find((c) => c.item === 'SMTP_URL')).toMatchObject({ status: 'fail', detail: expect.stringContaining('MAIL_FROM must be one e-mail address') });
    expect(checks.find((c) => c.item === 'MAIL_TO')).toMatchObject({ status: 'warn', detail: expect.stringContaining('not checked while the mail settings are wrong') });
    expect(JSON.stringify(checks)).not.toContain('s3cret');
  });

  it("names the accessibility statement's date and answer time while unset, and shows them once set", () => {
    const unset = preflight(liveEnv, { ...complete, accessibilityAssessedOn: undefined, accessibilityResponseTime: undefined }, adopted);
    expect(passes(unset)).toBe(false);
    expect(unset.find((c) => c.item === 'Tillgänglighet: bedömd den')).toMatchObject({ status: 'fail', detail: expect.stringContaining('`accessibilityAssessedOn`') });
    expect(unset.find((c) => c.item === 'Tillgänglighet: svarstid')).toMatchObject({ status: 'fail', detail: expect.stringContaining('`accessibilityResponseTime`') });
    const set = preflight(liveEnv, complete, adopted);
    expect(set.find((c) => c.item === 'Tillgänglighet: bedömd den')).toMatchObject({ status: 'ok', detail: '2026-12-01' });
    expect(set.find((c) => c.item === 'Tillgänglighet: svarstid')).toMatchObject({ status: 'ok', detail: 'inom fem arbetsdagar' });
  });

  it('warns, without failing, while requests go to the general info@ mailbox', () => {
    const checks = preflight({ ...liveEnv, MAIL_TO: '' }, complete, adopted);
    expect(passes(checks)).toBe(true);
    expect(checks.find((c) => c.item === 'MAIL_TO')).toMatchObject({ status: 'warn', detail: expect.stringContaining('dedicated mailbox') });
  });

  it('as a command: exits 1 for the default configuration and prints each missing item', async () => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    const run = promisify(execFile)('node_modules/.bin/node', ['scripts/preflight.ts'], { env });
    const error = await run.then(
      () => undefined,
      (e: unknown) => e as { code: number; stdout: string },
    );
    expect(error?.code).toBe(1);
    for (const item of ['Organisationsnummer', 'Tillstånd för inkassoverksamhet', 'PUBLIC_GA_ID', 'SITE_URL', 'SMTP_URL', 'Lagringstid', 'E-postleverantör och överföring utanför EU/EES', 'Tillgänglighet: bedömd den', 'Tillgänglighet: svarstid']) {
      expect(error?.stdout).toMatch(new RegExp(`\\[MISSING\\] ${item}`));
    }
    expect(error?.stdout).toContain('Not ready to go live');
  });
});
