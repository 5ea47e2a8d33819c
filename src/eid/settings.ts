/**
 * The e-ID settings (EID_*, start time), one group of the server's settings (src/server/settings.ts). All unset: no
 * e-ID, and the form is exactly as without it. A wrong value stops the server with a sentence naming the variable;
 * values are never echoed (EID_CLIENT_SECRET is a password).
 */
import { z } from 'astro/zod';
import { settingsGroup, unsetIfEmpty, wholeNumber } from '../lib/settings.ts';
import { SESSION_SECONDS } from '../lib/session.ts';

/** Where the broker sends the visitor back, unless EID_REDIRECT_PATH says otherwise (src/pages/e-legitimation/retur.ts). */
export const DEFAULT_EID_REDIRECT_PATH = '/e-legitimation/retur';

/** https, or http on this machine only (the tests' provider on loopback). */
function isIssuerUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.search || url.hash || url.username) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname));
}

const variables = {
  /** The broker's issuer URL, from which its discovery document is read; unset: no e-ID. */
  EID_ISSUER: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine(isIssuerUrl, { error: 'EID_ISSUER must be the broker\'s https issuer URL, e.g. https://jainkasso.idura.broker.' })
      .optional(),
  ),
  /** The client ID the broker gave the site. */
  EID_CLIENT_ID: z.preprocess(unsetIfEmpty, z.string().optional()),
  /** The client secret the broker gave the site. */
  EID_CLIENT_SECRET: z.preprocess(unsetIfEmpty, z.string().optional()),
  /** The broker's name as the privacy text names it (a processor), e.g. "Idura ApS". */
  EID_BROKER: z.preprocess(unsetIfEmpty, z.string().max(120, { error: 'EID_BROKER must be the broker\'s name, at most 120 characters.' }).optional()),
  /** The claim that holds the personnummer: in the ID token, or else from UserInfo. Idura: ssn; Signicat: nin. */
  EID_PERSONNUMMER_CLAIM: z.preprocess(
    unsetIfEmpty,
    z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, { error: 'EID_PERSONNUMMER_CLAIM must be a claim name, e.g. ssn or nin.' }).default('ssn'),
  ),
  /** Scopes asked for besides openid, space-separated (Signicat: "profile nin"). */
  EID_SCOPES: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^[\x21\x23-\x5B\x5D-\x7E]+( [\x21\x23-\x5B\x5D-\x7E]+)*$/, { error: 'EID_SCOPES must be scope names separated by spaces, e.g. "profile nin".' })
      // A comma is allowed in a scope name (RFC 6749), but "profile,nin" is one scope no broker knows: a slip, not a name.
      .refine((value) => !value.includes(','), { error: 'EID_SCOPES separates scope names with spaces, not commas, e.g. "profile nin".' })
      .default(''),
  ),
  /**
   * The accepted e-ID methods: acr values, space-separated, asked for as acr_values; the ID token's acr must be one of
   * them. Required with EID_ISSUER: a broker may offer methods of lower assurance, and the company's mail says that no
   * further check is needed only for these.
   */
  EID_ACR_VALUES: z.preprocess(
    unsetIfEmpty,
    z.string().regex(/^\S+( \S+)*$/, { error: 'EID_ACR_VALUES must be acr values separated by spaces.' }).optional(),
  ),
  /** The path the broker sends the visitor back to; register SITE_URL plus this path at the broker. */
  EID_REDIRECT_PATH: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^\/[A-Za-z0-9/_-]*$/, { error: 'EID_REDIRECT_PATH must be a path such as /e-legitimation/retur.' })
      .default(DEFAULT_EID_REDIRECT_PATH),
  ),
  /** Seconds a verified identity stays in the form before the visitor must verify again: at most as long as the session that holds it. */
  EID_VERIFIED_SECONDS: wholeNumber('EID_VERIFIED_SECONDS', 1, SESSION_SECONDS, SESSION_SECONDS, 'seconds'),
};

/** The e-ID settings when e-ID is on. */
export interface EidSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  broker: string;
  personnummerClaim: string;
  scopes: string[];
  /** The accepted methods' acr values: asked for, and the only ones a token may carry. Never empty. */
  acrValues: [string, ...string[]];
  redirectPath: string;
  verifiedSeconds: number;
}

const REQUIRED = ['EID_CLIENT_ID', 'EID_CLIENT_SECRET', 'EID_BROKER', 'EID_ACR_VALUES'] as const;

/** Why a required variable is missing, where the generic sentence would not say what to set. */
const MISSING: Partial<Record<(typeof REQUIRED)[number], string>> = {
  EID_ACR_VALUES:
    'EID_ACR_VALUES must be set when EID_ISSUER is: the acr values of the e-ID methods to accept, separated by spaces (docs/e-id.md lists them for Idura and Signicat).',
};

/** The e-ID settings, undefined while EID_ISSUER and the other required variables are all unset. */
export const eidSettings = settingsGroup({
  variables,
  together(values, problem) {
    const set = REQUIRED.filter((name) => values[name] !== undefined);
    if (values.EID_ISSUER === undefined) {
      if (set.length) problem(set[0]!, `${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set but EID_ISSUER is not: set EID_ISSUER too, or unset them for no e-ID.`);
      return;
    }
    for (const name of REQUIRED) {
      if (values[name] === undefined) problem(name, MISSING[name] ?? `${name} must be set when EID_ISSUER is (docs/e-id.md says where the broker shows it).`);
    }
  },
  build(s): EidSettings | undefined {
    if (!s.EID_ISSUER) return undefined;
    return {
      issuer: new URL(s.EID_ISSUER),
      clientId: s.EID_CLIENT_ID!,
      clientSecret: s.EID_CLIENT_SECRET!,
      broker: s.EID_BROKER!,
      personnummerClaim: s.EID_PERSONNUMMER_CLAIM,
      scopes: s.EID_SCOPES.split(' ').filter(Boolean),
      acrValues: s.EID_ACR_VALUES!.split(' ') as [string, ...string[]],
      redirectPath: s.EID_REDIRECT_PATH,
      verifiedSeconds: s.EID_VERIFIED_SECONDS,
    };
  },
});
