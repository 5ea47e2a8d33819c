/**
 * The company's facts: the schema here, the values in a JSON file the operator owns (SITE_FACTS_FILE, default the
 * repository's site-facts.example.json), read and checked at build, so that an update (`git pull`) never touches them.
 * To add a fact: a field in SiteConfigSchema below (optional while the client has not given it, with a comment saying
 * what it is), the field in site-facts.example.json if it has a value every site shares, and a line in the launch check
 * (src/launch/preflight.ts) if the site must not go live without it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';

/** A statement in the client's Swedish words and its English translation (for /en/): both or neither. */
function inBothLanguages(min: number) {
  return z.object({
    /** As the client writes it. */
    sv: z.string().min(min),
    /** Its English translation, shown on the English pages. */
    en: z.string().min(min),
  });
}

/** The company's facts, as the client states them. Every page, the footer and the structured data read them from here. */
const SiteConfigSchema = z.object({
  /** Legal name, exactly as the client writes it in its contact block. */
  name: z.string().min(1),
  /** Postal address: the only address the client publishes. */
  address: z.object({
    /** Post-office box, e.g. "Box 358". */
    street: z.string().min(1),
    /** Swedish postcode written "NNN NN". */
    postalCode: z.string().regex(/^\d{3} \d{2}$/, { error: 'postalCode must look like "801 05"' }),
    /** Town, in the client's capitals. */
    locality: z.string().min(1),
    /** ISO 3166-1 country code. */
    country: z.literal('SE'),
  }),
  /** Phone number as the client writes it, national form. */
  phone: z.string().regex(/^0[\d -]+$/, { error: 'phone must be a Swedish number in national form, e.g. "026-16 64 70"' }),
  /** The public e-mail address. */
  email: z.email({ error: 'email must be a valid address' }),
  /** Canonical origin of the site, from Astro's `site` (SITE_URL). */
  url: z.url({ error: 'url must be an absolute URL: set SITE_URL' }),
  /**
   * The facts below are the client's to give; until it does they stay unset, the site shows nothing in their place
   * and `npm run preflight` names them.
   */
  /** Organisationsnummer as Bolagsverket registers it, "NNNNNN-NNNN"; shown in the footer, on /kontakt/ and in the structured data. */
  organisationsnummer: z
    .string()
    .regex(/^\d{6}-\d{4}$/, { error: 'organisationsnummer must look like "556123-4567"' })
    .optional(),
  /**
   * The debt-collection permit and its supervisor in one sentence, in Swedish and English, e.g. sv "Tillstånd från
   * Finansinspektionen att bedriva inkassoverksamhet", en "Authorised by Finansinspektionen to carry out debt collection".
   */
  permit: inBothLanguages(10).optional(),
  /**
   * How many months Google Analytics keeps event data, as set in GA (Admin › Data retention): 2 or 14 (26, 38 or 50 in
   * Analytics 360). A number, so /cookies/ and /en/cookies/ can each say it in their language.
   */
  gaRetentionMonths: z
    .literal([2, 14, 26, 38, 50], { error: "gaRetentionMonths must be one of GA's settings: 2, 14, 26, 38 or 50 (months)" })
    .optional(),
  /** How long a data request (its mail and case) is kept, in the client's words and in English; shown beside the form. */
  requestRetention: inBothLanguages(1).optional(),
  /** The mail provider that carries and stores data requests, and whether it moves them outside the EU/EEA (where, on what basis), in one sentence per language; shown under the form. */
  mailProvider: inBothLanguages(10).optional(),
  /**
   * The company's protected way of answering electronically, one sentence per language, e.g. sv "Vi skickar svaret som
   * ett krypterat meddelande i <tjänst>, som du öppnar med e-legitimation.", en "We send the answer as an encrypted
   * message in <service>, which you open with e-ID." Shown to a person who asks for an electronic answer (confirmation
   * page, receipt) and in the staff's instruction in the company's mail.
   */
  protectedAnswer: inBothLanguages(10).optional(),
  /**
   * The legal basis of the debt collection, in the client's words and in English, e.g. sv "Vårt och våra kunders
   * berättigade intresse av att få betalt (artikel 6.1 f) och rättsliga förpliktelser (artikel 6.1 c), t.ex. enligt
   * bokföringslagen"; shown in the supplement on the privacy policy (redline point 7).
   */
  collectionLegalBasis: inBothLanguages(10).optional(),
  /** How long the data of a debt-collection case are kept, including what is kept longer (räkenskapsinformation), in the client's words and in English; shown in the supplement on the privacy policy (redline point 11). */
  collectionRetention: inBothLanguages(10).optional(),
  /** The date the site's accessibility was last assessed against the checks the accessibility statement lists, "YYYY-MM-DD"; shown in the statement. */
  accessibilityAssessedOn: z.iso.date({ error: 'accessibilityAssessedOn must be a date written "2026-11-26"' }).optional(),
  /** How soon the company answers a report about the site's accessibility, a phrase in Swedish and English, e.g. sv "inom fem arbetsdagar", en "within five working days"; shown in the statement. */
  accessibilityResponseTime: inBothLanguages(1).optional(),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** The facts file when SITE_FACTS_FILE is unset: the repository's example, with every fact only the client can give unset. */
export const SITE_FACTS_EXAMPLE = 'site-facts.example.json';

/** The facts file for this environment: SITE_FACTS_FILE (relative to the working directory), else the example. */
export function siteFactsFile(env: Readonly<Record<string, string | undefined>> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.SITE_FACTS_FILE?.trim() || SITE_FACTS_EXAMPLE);
}

/** A facts file that cannot be read or does not fit the schema: sentences naming the file and each field. */
export class SiteFactsError extends Error {
  override name = 'SiteFactsError';
  constructor(message: string) {
    super(message);
    // The sentences say what to fix; a stack trace (Astro prints one when there is one) would only bury them.
    this.stack = '';
  }
}

/** The facts in `text` (the file's JSON) checked by the schema, with the site's URL; SiteFactsError naming `file`. */
export function parseSiteFacts(text: string, file: string, url: string): SiteConfig {
  let facts: unknown;
  try {
    facts = JSON.parse(text);
  } catch {
    throw new SiteFactsError(`The site's facts file ${file} (SITE_FACTS_FILE) is not valid JSON: compare it with ${SITE_FACTS_EXAMPLE}.`);
  }
  const result = SiteConfigSchema.safeParse({ ...(facts as object), url });
  if (!result.success) throw new SiteFactsError(`The site's facts file ${file} (SITE_FACTS_FILE) is invalid:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** The facts file's JSON text, or SiteFactsError saying why it cannot be read. */
export function readSiteFacts(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read by this user' : `cannot be read (${code})`;
    throw new SiteFactsError(`The site's facts file ${file} (SITE_FACTS_FILE) ${why}: copy ${SITE_FACTS_EXAMPLE} there, or point SITE_FACTS_FILE at it.`);
  }
}

/**
 * The facts as the build read them: astro.config.mjs reads the file once and hands the build its text (Vite's
 * `define`), so the built server never reads the file again. Outside a build (preflight, the tools) it is read here.
 */
declare const __SITE_FACTS__: string | undefined;
const built = typeof __SITE_FACTS__ === 'string' ? __SITE_FACTS__ : undefined;

/** Which file the facts came from (the launch check names it). */
export const siteFactsSource = siteFactsFile();

export const site = parseSiteFacts(
  built ?? readSiteFacts(siteFactsSource),
  siteFactsSource,
  // `?.`: outside Astro (npm run preflight runs this file in plain Node) there is no import.meta.env.
  import.meta.env?.SITE ?? 'https://www.jainkasso.se',
);

/** "026-16 64 70" → "+4626166470", the form a `tel:` link needs. */
export function toInternationalPhone(national: string): string {
  const digits = national.replace(/\D/g, '');
  return `+46${digits.replace(/^0/, '')}`;
}

/** The phone number as shown: non-breaking spaces, so it never wraps in the middle. */
export const displayPhone = site.phone.replace(/ /g, '\u00a0');

/** One line for the postal address, as the client writes it. */
export const postalAddressLine = `${site.address.street}, ${site.address.postalCode} ${site.address.locality}`;

/** Absolute URL of a path on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}
