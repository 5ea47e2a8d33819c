/**
 * The launch check: what must be true before the site goes live, read from the site config and the
 * environment it will run in. Plain Node can run it (imports with extensions, no astro:*), see scripts/preflight.ts.
 */
import type { SiteConfig } from '../site.config.ts';
import type { Env, SettingProblem } from '../lib/settings.ts';
import { checkSettings, type CheckedSettings } from '../server/settings.ts';
import { MEASUREMENT_ID_PATTERN, PLACEHOLDER_GA_ID, measurementIdFrom } from '../consent/measurement-id.ts';
import { describeStore } from '../consent/records/location.ts';
import { standingPoints, type ClientText } from './redline.ts';
import { isGeneralMailbox } from './general-mailbox.ts';
import type { Locale } from '../i18n/locales.ts';
import {
  CONSENT_LIFETIME_DAYS,
  GA_RETENTION_MONTHS_UNSET,
  minimumRecordRetentionMonths,
  monthsCovering,
  RETENTION_ERROR,
  retentionMonthsFrom,
} from '../consent/record-retention.ts';

/** `fail` stops the launch; `warn` is advice the client should follow; `ok` is done. */
export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface Check {
  /** What is checked, e.g. "Organisationsnummer". */
  item: string;
  status: CheckStatus;
  /** What was found, and for `fail` or `warn` what to do. */
  detail: string;
}

/** The client's texts the check reads (their MDX, in each language), passed in so that this module reads no files. */
export type ClientTexts = Record<ClientText, Record<Locale, string>>;

/** Where each of the client's texts is, as the checklist names it. */
export const CLIENT_TEXT_FILES: Record<ClientText, Record<Locale, string>> = {
  cookies: { sv: 'content/cookies.mdx', en: 'content/en/cookies.mdx' },
  privacy: { sv: 'content/integritetspolicy.mdx', en: 'content/en/privacy-policy.mdx' },
};

const ok = (item: string, detail: string): Check => ({ item, status: 'ok', detail });
const fail = (item: string, detail: string): Check => ({ item, status: 'fail', detail });

/** A fact the client gives in the site's facts file (SITE_FACTS_FILE, src/site.config.ts): set, or named as missing. */
function fact(item: string, field: keyof SiteConfig, value: string | undefined, what: string): Check {
  return value
    ? ok(item, value)
    : fail(item, `not set: add \`${field}\` to the site's facts file (SITE_FACTS_FILE) and build again (${what}). Until then the site shows nothing in its place.`);
}

function siteUrl(value: string | undefined): Check {
  const item = 'SITE_URL';
  if (!value) return fail(item, 'not set: set it to the public https address, e.g. https://www.jainkasso.se (canonical links, sitemap, origin check).');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(item, 'is not a URL: write it as https://www.example.se.');
  }
  if (url.protocol !== 'https:') return fail(item, `${url.origin} is not https: visitors must reach the site over TLS.`);
  return ok(item, url.origin);
}

function gaId(value: string | undefined): Check {
  const item = 'PUBLIC_GA_ID';
  const id = value?.trim();
  if (!id) return fail(item, `not set: the build uses the placeholder ${PLACEHOLDER_GA_ID} and no statistics are collected. Set it at build time.`);
  if (id === PLACEHOLDER_GA_ID) return fail(item, `is the placeholder ${PLACEHOLDER_GA_ID}: set the property's own measurement ID.`);
  if (!MEASUREMENT_ID_PATTERN.test(id)) return fail(item, 'is not a GA4 measurement ID like G-AB12CD34EF.');
  return ok(item, id);
}

/** The sentences of a group the server would refuse to start with. */
const sentences = (problems: readonly SettingProblem[]) => problems.map((p) => p.sentence).join(' ');

/** The start-time settings without an item of their own: where the server listens, its proxies, Redis, the rate limit. */
function serverSettings(settings: CheckedSettings): Check {
  const item = 'Settings (start time)';
  const { server, redisUrl, requestLimit } = settings;
  if (!server.ok || !redisUrl.ok || !requestLimit.ok) {
    const problems = [server, redisUrl, requestLimit].flatMap((parsed) => (parsed.ok ? [] : parsed.problems));
    return fail(item, `${sentences(problems)} The server will not start: see README.md, Configuration.`);
  }
  return ok(
    item,
    `the server listens on ${server.value.host}:${server.value.port}, trusts ${server.value.trustProxy.length} proxies, ` +
      `and keeps its rate limits and sessions ${redisUrl.value ? 'in Redis (shared by every instance)' : 'in memory (one instance)'}.`,
  );
}

function smtp(mail: CheckedSettings['mail']): Check {
  const item = 'SMTP_URL';
  if (!mail.ok) return fail(item, sentences(mail.problems));
  if (mail.value.mode === 'outbox') {
    return fail(item, 'not set: data requests would be written to the outbox folder on the server and reach no one. Set the mail server.');
  }
  // The mail settings refuse plain SMTP off loopback; the description says which case this is.
  return ok(item, mail.value.description);
}

function mailTo(mail: CheckedSettings['mail'], site: SiteConfig): Check {
  const item = 'MAIL_TO';
  if (!mail.ok) return { item, status: 'warn', detail: 'not checked while the mail settings are wrong (SMTP_URL above).' };
  const { to } = mail.value.route;
  if (isGeneralMailbox(to, site.email)) {
    return fail(
      item,
      `requests would go to the general mailbox ${to}. They carry personnummer and addresses (GDPR art. 32): ` +
        'set MAIL_TO to a dedicated mailbox that only the people who answer them can read (the general names are listed in docs/deployment.md).',
    );
  }
  return ok(item, to);
}

/** Which store keeps the records of consent choices; a setting the server would refuse stops the launch. */
function consentStore(consent: CheckedSettings['consent']): Check {
  const item = 'Consent records';
  if (!consent.ok) return fail(item, `${sentences(consent.problems)} The server will not start: see README.md, Configuration.`);
  const { location } = consent.value;
  return ok(
    item,
    location.kind === 'postgres'
      ? `${describeStore(location)} (shared by every instance; back up the database).`
      : `${describeStore(location)} (one instance; back up this file, or set DATABASE_URL for several).`,
  );
}

/**
 * How long the records of consent choices are kept (CONSENT_RETENTION_MONTHS, build time): at least as long as a
 * consent holds plus as long as GA keeps what was collected under it, so the consent can be shown all that time.
 */
function consentRetention(env: Env, site: SiteConfig): Check {
  const item = 'CONSENT_RETENTION_MONTHS';
  const minimum = minimumRecordRetentionMonths(site.gaRetentionMonths);
  const set = Boolean(env.CONSENT_RETENTION_MONTHS?.trim());
  const months = retentionMonthsFrom(env.CONSENT_RETENTION_MONTHS, minimum);
  if (typeof months !== 'number' || months < 1 || months > 120) return fail(item, `${RETENTION_ERROR}: the build would stop.`);
  const ga = site.gaRetentionMonths === undefined
    ? `${GA_RETENTION_MONTHS_UNSET} months (GA's longest standard setting, while gaRetentionMonths is unset)`
    : `${site.gaRetentionMonths} months (gaRetentionMonths)`;
  const rule = `a consent holds ${CONSENT_LIFETIME_DAYS} days (${monthsCovering(CONSENT_LIFETIME_DAYS)} months) and GA keeps what it collected under it for ${ga}`;
  if (months < minimum) {
    return fail(item, `${months} months is shorter than ${minimum}: ${rule}, and the consent must be shown all that time. Raise it, or unset it for ${minimum}.`);
  }
  return ok(item, `${months} months${set ? '' : ' (the default)'}, at least ${minimum}: ${rule}.`);
}

/** The accessibility statement's own facts: the date of the last assessment and how soon reports are answered. */
function accessibilityFacts(site: SiteConfig): Check[] {
  return [
    fact('Tillgänglighet: bedömd den', 'accessibilityAssessedOn', site.accessibilityAssessedOn, 'the date the checks in the accessibility statement were last run and reviewed, "YYYY-MM-DD"'),
    fact(
      'Tillgänglighet: svarstid',
      'accessibilityResponseTime',
      site.accessibilityResponseTime?.sv,
      'how soon the company answers a report about accessibility, in Swedish and English, shown in the accessibility statement',
    ),
  ];
}

const TEXT_ITEMS: Record<ClientText, Record<Locale, string>> = {
  cookies: { sv: 'Cookietexten', en: 'Cookietexten, engelska' },
  privacy: { sv: 'Integritetspolicyn', en: 'Integritetspolicyn, engelska' },
};

/** The points of the redline (docs/integritetspolicy-forslag.md) still standing in one of the client's texts, each named. */
function redlineCheck(env: Env, texts: ClientTexts, text: ClientText, locale: Locale): Check {
  const item = `${TEXT_ITEMS[text][locale]} (${CLIENT_TEXT_FILES[text][locale]})`;
  const found = standingPoints(text, locale, texts[text][locale]);
  if (found.length === 0) return ok(item, 'none of the statements that docs/integritetspolicy-forslag.md replaces is left, and nothing it adds is missing.');
  const list = found.map((p) => `redline point ${p.point}, ${p.title} (${p.reason})`).join('; ');
  // The cookie text is about GA; the placeholder ID (deployment.md's example) is as unset: it belongs to no Google property.
  if (text === 'cookies' && measurementIdFrom(env.PUBLIC_GA_ID) === PLACEHOLDER_GA_ID) {
    return {
      item,
      status: 'warn',
      detail: `still needs these points of the redline: ${list}. Not a blocker while PUBLIC_GA_ID is unset or the placeholder: the placeholder ID belongs to no Google property, so nothing is counted, though a visitor who accepts still fetches gtag.js from Google; the client should adopt the redline in docs/integritetspolicy-forslag.md before it is set.`,
    };
  }
  const why = text === 'cookies' ? 'PUBLIC_GA_ID is set but the text still' : 'The text still';
  return fail(item, `${why} needs these points of the redline: ${list}. The client adopts the redline in docs/integritetspolicy-forslag.md (in its own words, in both languages).`);
}

/** Every one of the client's texts against the redline: the policy always, the cookie text while GA is set. */
function clientTexts(env: Env, texts: ClientTexts): Check[] {
  return (['privacy', 'cookies'] as const).flatMap((text) => (['sv', 'en'] as const).map((locale) => redlineCheck(env, texts, text, locale)));
}

/**
 * Every check but the e-ID's (eid-check.ts), in the order the checklist prints them. `env` gives the build's variables
 * (SITE_URL, PUBLIC_GA_ID); the start-time ones are read by the server's loader, as the server reads them.
 */
export function preflight(
  env: Env,
  site: SiteConfig,
  texts: ClientTexts,
  settings: CheckedSettings = checkSettings(env, { cwd: process.cwd(), siteEmail: site.email }),
): Check[] {
  return [
    fact('Organisationsnummer', 'organisationsnummer', site.organisationsnummer, 'Bolagsverket: the site shows name, seat and organisationsnummer'),
    fact('Tillstånd för inkassoverksamhet', 'permit', site.permit?.sv, 'the permit and its supervisor, Finansinspektionen, in one sentence, in Swedish and English'),
    fact(
      'Lagringstid i Google Analytics',
      'gaRetentionMonths',
      site.gaRetentionMonths && `${site.gaRetentionMonths} months`,
      "the data-retention setting in GA's admin, in months, shown on /cookies/",
    ),
    fact('Lagringstid för begäranden', 'requestRetention', site.requestRetention?.sv, 'how long a data request is kept, shown beside the form, in Swedish and English'),
    fact(
      'E-postleverantör och överföring utanför EU/EES',
      'mailProvider',
      site.mailProvider?.sv,
      'who carries and stores the request mails, and whether they leave the EU/EEA (where, on what basis), shown under the form, in Swedish and English',
    ),
    fact(
      'Skyddat sätt att svara elektroniskt',
      'protectedAnswer',
      site.protectedAnswer?.sv,
      'how an electronic answer reaches the person, e.g. an encrypted message service opened with e-legitimation, in Swedish and English; shown to the person and in the staff\'s instruction',
    ),
    fact(
      'Rättslig grund för inkassoverksamheten',
      'collectionLegalBasis',
      site.collectionLegalBasis?.sv,
      'the legal basis of the debt collection (redline point 7), in Swedish and English, shown in the supplement on the privacy policy',
    ),
    fact(
      'Lagringstid för inkassoärenden',
      'collectionRetention',
      site.collectionRetention?.sv,
      "how long a case's data are kept, and what is kept longer (redline point 11), in Swedish and English, shown in the supplement on the privacy policy",
    ),
    ...accessibilityFacts(site),
    gaId(env.PUBLIC_GA_ID),
    ...clientTexts(env, texts),
    siteUrl(env.SITE_URL),
    serverSettings(settings),
    smtp(settings.mail),
    mailTo(settings.mail, site),
    consentStore(settings.consent),
    consentRetention(env, site),
  ];
}

/** Whether the site may go live: nothing failed (warnings are advice). */
export function passes(checks: Check[]): boolean {
  return checks.every((c) => c.status !== 'fail');
}

const marks: Record<CheckStatus, string> = { ok: '[ok]     ', warn: '[warn]   ', fail: '[MISSING]' };

/** The checklist as printed, one line per check. */
export function formatChecklist(checks: Check[]): string {
  const lines = checks.map((c) => `${marks[c.status]} ${c.item}: ${c.detail}`);
  const failed = checks.filter((c) => c.status === 'fail').length;
  lines.push(
    '',
    failed === 0
      ? 'Ready to go live.'
      : `Not ready to go live: ${failed} item${failed === 1 ? '' : 's'} missing or wrong (marked MISSING).`,
  );
  return lines.join('\n');
}


