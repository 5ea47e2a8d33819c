import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { site, type SiteConfig } from '../../../src/site.config';
import { formatChecklist, passes, preflight } from '../../../src/launch/preflight';
import type { Env } from '../../../src/lib/settings';
import { REDLINE } from '../../../src/launch/redline';
import { GENERAL_MAILBOXES } from '../../../src/launch/general-mailbox';
import { adoptedTexts, todaysTexts } from '../../support/fixtures/client-texts';
import { PROTECTED_ANSWER } from '../../support/fixtures/protected-answer';

const complete: SiteConfig = {
  ...site,
  organisationsnummer: '556000-0000',
  permit: { sv: 'Tillstånd från Finansinspektionen att bedriva inkassoverksamhet', en: 'Authorised by Finansinspektionen to carry out debt collection' },
  gaRetentionMonths: 2,
  requestRetention: { sv: 'Ett år efter att ärendet är avslutat', en: 'One year after the case is closed' },
  mailProvider: { sv: 'Vår e-post sköts av Exempel AB och stannar inom EU/EES.', en: 'Our email is run by Exempel AB and stays within the EU/EEA.' },
  protectedAnswer: PROTECTED_ANSWER,
  collectionLegalBasis: { sv: 'Berättigat intresse (artikel 6.1 f)', en: 'Legitimate interest (Article 6(1)(f))' },
  collectionRetention: { sv: 'Ett år efter full betalning; räkenskapsinformation i sju år', en: 'One year after payment in full; accounting records for seven years' },
  accessibilityAssessedOn: '2026-12-01',
  accessibilityResponseTime: { sv: 'inom fem arbetsdagar', en: 'within five working days' },
};
const liveEnv: Env = {
  SITE_URL: 'https://www.jainkasso.se',
  PUBLIC_GA_ID: 'G-AB12CD34EF',
  SMTP_URL: 'smtps://webb:hemligt@mail.example.se:465',
  MAIL_TO: 'registerutdrag@jainkasso.se',
};

/** The client's texts as they are today, and with the redline (docs/integritetspolicy-forslag.md, points 1–12) applied. */
const todays = todaysTexts();
const adopted = adoptedTexts();
const COOKIE_TEXTS = ['Cookietexten (content/cookies.mdx)', 'Cookietexten, engelska (content/en/cookies.mdx)'];
const POLICIES = ['Integritetspolicyn (content/integritetspolicy.mdx)', 'Integritetspolicyn, engelska (content/en/privacy-policy.mdx)'];
const named = (points: number[]) => REDLINE.filter((p) => points.includes(p.point)).map((p) => `redline point ${p.point}, ${p.title} (${p.reason})`);

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
      'Skyddat sätt att svara elektroniskt',
      'Rättslig grund för inkassoverksamheten',
      'Lagringstid för inkassoärenden',
      'Tillgänglighet: bedömd den',
      'Tillgänglighet: svarstid',
      'PUBLIC_GA_ID',
      ...POLICIES,
      'SITE_URL',
      'SMTP_URL',
      'MAIL_TO',
    ]);
    for (const item of COOKIE_TEXTS) expect(checks.find((c) => c.item === item)?.status).toBe('warn');
  });

  it('fails while the privacy policy, in either language, still has what the redline changes, naming each point, whatever PUBLIC_GA_ID is', () => {
    for (const env of [liveEnv, { ...liveEnv, PUBLIC_GA_ID: undefined }]) {
      const checks = preflight(env, complete, todays);
      expect(passes(checks)).toBe(false);
      for (const item of POLICIES) {
        const check = checks.find((c) => c.item === item);
        expect(check?.status).toBe('fail');
        for (const name of named([6, 7, 8, 9, 10, 11, 12])) expect(check?.detail).toContain(name);
      }
    }
    // One point left in one language: that point and that text, alone.
    const oneLeft = { ...adopted, privacy: { ...adopted.privacy, en: `${adopted.privacy.en}\n\nYou may ask for a free extract annually.\n` } };
    const checks = preflight(liveEnv, complete, oneLeft);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([{ item: POLICIES[1], status: 'fail', detail: expect.stringContaining(named([6])[0]!) }]);
    expect(checks.find((c) => c.item === POLICIES[1])?.detail).not.toContain('redline point 7');
  });

  it('names the legal basis and the retention of the debt collection until they are stated, and takes them once they are', () => {
    const { collectionLegalBasis: _, collectionRetention: __, ...without } = complete;
    const checks = preflight(liveEnv, without, adopted);
    expect(checks.find((c) => c.item === 'Rättslig grund för inkassoverksamheten')).toMatchObject({ status: 'fail', detail: expect.stringContaining('`collectionLegalBasis`') });
    expect(checks.find((c) => c.item === 'Lagringstid för inkassoärenden')).toMatchObject({ status: 'fail', detail: expect.stringContaining('`collectionRetention`') });
    const set = preflight(liveEnv, complete, adopted);
    expect(set.find((c) => c.item === 'Rättslig grund för inkassoverksamheten')).toMatchObject({ status: 'ok', detail: complete.collectionLegalBasis!.sv });
    expect(set.find((c) => c.item === 'Lagringstid för inkassoärenden')).toMatchObject({ status: 'ok', detail: complete.collectionRetention!.sv });
  });

  it("fails while GA is set and the client's cookie text, in either language, still has the statements the redline replaces, naming each", () => {
    const checks = preflight(liveEnv, complete, { ...adopted, cookies: todays.cookies });
    for (const item of COOKIE_TEXTS) {
      const check = checks.find((c) => c.item === item);
      expect(check?.status).toBe('fail');
      for (const name of named([1, 2, 3, 4, 5])) expect(check?.detail).toContain(name);
    }
    expect(passes(checks)).toBe(false);
  });

  it("passes once the redline is applied to the client's cookie text and policy, in both languages", () => {
    const checks = preflight(liveEnv, complete, adopted);
    for (const item of [...COOKIE_TEXTS, ...POLICIES]) expect(checks.find((c) => c.item === item)?.status).toBe('ok');
  });

  it.each([undefined, 'G-XXXXXXXXXX', ' G-XXXXXXXXXX '])('only warns about the cookie text while GA is unset or the placeholder (%j), and says gtag.js is still fetched', (id) => {
    const checks = preflight({ ...liveEnv, PUBLIC_GA_ID: id }, complete, todays);
    for (const item of COOKIE_TEXTS) {
      expect(checks.find((c) => c.item === item)).toMatchObject({ status: 'warn', detail: expect.stringContaining('Not a blocker while PUBLIC_GA_ID is unset or the placeholder') });
      expect(checks.find((c) => c.item === item)?.detail).toContain('still fetches gtag.js');
    }
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

  it("names the company's protected way of answering electronically until it is stated, and takes it once it is", () => {
    const ITEM = 'Skyddat sätt att svara elektroniskt';
    const missing = preflight(liveEnv, { ...complete, protectedAnswer: undefined }, adopted);
    expect(missing.find((c) => c.item === ITEM)).toMatchObject({ status: 'fail', detail: expect.stringMatching(/^not set: add `protectedAnswer` to the site.s facts file \(SITE_FACTS_FILE\) and build again \(.*encrypted message service/) });
    expect(passes(missing)).toBe(false);
    expect(preflight(liveEnv, complete, adopted).find((c) => c.item === ITEM)).toEqual({ item: ITEM, status: 'ok', detail: complete.protectedAnswer!.sv });
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

  it("fails on a consent-record retention shorter than the consent's lifetime plus GA's retention, saying why; takes the default and anything longer", () => {
    const retention = (env: Env, config: SiteConfig = complete) =>
      preflight({ ...liveEnv, ...env }, config, adopted).find((c) => c.item === 'CONSENT_RETENTION_MONTHS');
    // `complete` has GA keep 2 months: 182 days (7 months) + 2.
    expect(retention({})).toMatchObject({ status: 'ok', detail: expect.stringMatching(/^9 months \(the default\), at least 9: a consent holds 182 days/) });
    expect(retention({ CONSENT_RETENTION_MONTHS: '9' })?.status).toBe('ok');
    expect(retention({ CONSENT_RETENTION_MONTHS: '36' })).toMatchObject({ status: 'ok', detail: expect.stringMatching(/^36 months, at least 9/) });
    expect(retention({ CONSENT_RETENTION_MONTHS: '8' })).toMatchObject({ status: 'fail', detail: expect.stringContaining('8 months is shorter than 9') });

    // The old default, 12 months, against GA's 14: a consent could no longer be shown while GA still keeps what it covered.
    const withGa14 = { ...complete, gaRetentionMonths: 14 as const };
    const short = retention({ CONSENT_RETENTION_MONTHS: '12' }, withGa14);
    expect(short).toMatchObject({ status: 'fail', detail: expect.stringContaining('12 months is shorter than 21: a consent holds 182 days (7 months)') });
    expect(short?.detail).toContain('14 months (gaRetentionMonths)');
    expect(passes(preflight({ ...liveEnv, CONSENT_RETENTION_MONTHS: '12' }, withGa14, adopted))).toBe(false);
    expect(formatChecklist(preflight({ ...liveEnv, CONSENT_RETENTION_MONTHS: '12' }, withGa14, adopted))).toContain('[MISSING] CONSENT_RETENTION_MONTHS: 12 months is shorter than 21');

    // GA's retention unset: its longest standard setting is assumed.
    const { gaRetentionMonths: _, ...withoutGa } = complete;
    expect(retention({ CONSENT_RETENTION_MONTHS: '20' }, withoutGa)).toMatchObject({ status: 'fail', detail: expect.stringContaining("14 months (GA's longest standard setting, while gaRetentionMonths is unset)") });
    expect(retention({}, withoutGa)).toMatchObject({ status: 'ok', detail: expect.stringMatching(/^21 months \(the default\)/) });

    for (const value of ['two years', '0', '121']) {
      expect(retention({ CONSENT_RETENTION_MONTHS: value })).toMatchObject({ status: 'fail', detail: expect.stringContaining('CONSENT_RETENTION_MONTHS must be a whole number of months from 1 to 120') });
    }
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

  it('fails while requests go to a general mailbox (they carry personnummer), by default the public info@, naming the address', () => {
    const byDefault = preflight({ ...liveEnv, MAIL_TO: '' }, complete, adopted);
    expect(passes(byDefault)).toBe(false);
    expect(byDefault.find((c) => c.item === 'MAIL_TO')).toMatchObject({ status: 'fail', detail: expect.stringContaining('general mailbox info@jainkasso.se') });
    expect(byDefault.find((c) => c.item === 'MAIL_TO')?.detail).toContain('dedicated mailbox');
    for (const address of ['kontakt@jainkasso.se', 'Admin@jainkasso.se', 'office@example.se', 'post@jainkasso.se', 'hello+web@jainkasso.se', 'support@jainkasso.se', 'mail@jainkasso.se']) {
      expect(preflight({ ...liveEnv, MAIL_TO: address }, complete, adopted).find((c) => c.item === 'MAIL_TO'), address).toMatchObject({ status: 'fail' });
    }
    for (const local of GENERAL_MAILBOXES) {
      expect(preflight({ ...liveEnv, MAIL_TO: `${local}@jainkasso.se` }, complete, adopted).find((c) => c.item === 'MAIL_TO')?.status, local).toBe('fail');
    }
    // docs/deployment.md lists every name.
    const deployment = readFileSync('docs/deployment.md', 'utf8').replace(/\s+/g, ' ');
    expect(deployment).toContain(GENERAL_MAILBOXES.join(', ') + '.');
    // A dedicated mailbox, even one whose name contains a general one, passes.
    for (const address of ['registerutdrag@jainkasso.se', 'dataskydd@jainkasso.se', 'information-requests@jainkasso.se']) {
      expect(preflight({ ...liveEnv, MAIL_TO: address }, complete, adopted).find((c) => c.item === 'MAIL_TO'), address).toEqual({ item: 'MAIL_TO', status: 'ok', detail: address });
    }
  });

  it('as a command: exits 1 for the default configuration and prints each missing item', async () => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    const run = promisify(execFile)('node_modules/.bin/node', ['scripts/preflight.ts'], { env });
    const error = await run.then(
      () => undefined,
      (e: unknown) => e as { code: number; stdout: string },
    );
    expect(error?.code).toBe(1);
    for (const item of ['Organisationsnummer', 'Tillstånd för inkassoverksamhet', 'PUBLIC_GA_ID', 'SITE_URL', 'SMTP_URL', 'MAIL_TO', 'Lagringstid', 'E-postleverantör och överföring utanför EU/EES', 'Rättslig grund för inkassoverksamheten', 'Lagringstid för inkassoärenden', 'Skyddat sätt att svara elektroniskt', 'Tillgänglighet: bedömd den', 'Tillgänglighet: svarstid', 'Integritetspolicyn \\(content/integritetspolicy\\.mdx\\)', 'Integritetspolicyn, engelska']) {
      expect(error?.stdout).toMatch(new RegExp(`\\[MISSING\\] ${item}`));
    }
    expect(error?.stdout).toContain('redline point 6, Registerutdrag "en gång per år"');
    expect(error?.stdout).toContain('Not ready to go live');
  });
});
