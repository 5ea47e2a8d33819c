/**
 * What a verified e-ID login gives the form: the personnummer from the configured claim (in the ID token, or else
 * from UserInfo), the name, and how, when and by whom the person was verified. Nothing else is kept.
 */
import { normalisePersonnummer } from '../lib/personnummer.ts';

/** A person verified by e-ID, as the session keeps it and the company's mail states it. */
export interface VerifiedIdentity {
  /** ÅÅÅÅMMDD-NNNN, from the e-ID. */
  personnummer: string;
  /** The name the e-ID gives; empty when it gives none (the visitor types it). */
  name: string;
  /** The e-ID method as people name it (BankID, Freja eID), or the acr as the broker sent it. */
  method: string;
  /** The ID token's acr: one of the accepted methods (EID_ACR_VALUES), or there is no identity. */
  acr: string;
  /** When the person authenticated (auth_time), ISO 8601. */
  authenticatedAt: string;
  /** The issuer that vouched for it. */
  issuer: string;
}

/** How, when and by whom the person was verified: what the company's mail states beside the personnummer and name. */
export type VerifiedBy = Pick<VerifiedIdentity, 'method' | 'acr' | 'authenticatedAt' | 'issuer'>;

/** The identity's proof, without the personnummer and name (they go into the request itself). */
export function verifiedBy({ method, acr, authenticatedAt, issuer }: VerifiedIdentity): VerifiedBy {
  return { method, acr, authenticatedAt, issuer };
}

/** Why a login's claims were not accepted; a code for the log, never a value. */
export type ClaimProblem = 'no-personnummer' | 'invalid-personnummer' | 'acr-not-allowed' | 'no-auth-time';

type Claims = Record<string, unknown>;

/** BankID and Freja eID by the words brokers put in their acr values (e.g. urn:grn:authn:se:bankid:same-device). */
export function methodName(acr: string): string {
  if (/bankid/i.test(acr)) return 'BankID';
  if (/freja/i.test(acr)) return 'Freja eID';
  return acr;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The full name: `name`, or given and family names. */
function nameOf(claims: Claims): string {
  const full = text(claims.name);
  if (full) return full;
  return [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
}

export interface ClaimRules {
  personnummerClaim: string;
  /** The accepted methods' acr values: a token without one of them verifies no one (none listed: no one). */
  acrValues: readonly string[];
}

/**
 * The identity in an ID token's claims, with UserInfo's where the ID token lacks them; or the problem. A
 * samordningsnummer is a personnummer here too; `now` decides whether a date of birth lies in the future.
 */
export function identityFromClaims(
  idToken: Claims,
  userInfo: Claims | undefined,
  rules: ClaimRules,
  now = new Date(),
): { ok: true; identity: VerifiedIdentity } | { ok: false; problem: ClaimProblem } {
  const raw = text(idToken[rules.personnummerClaim]) ?? text(userInfo?.[rules.personnummerClaim]);
  if (!raw) return { ok: false, problem: 'no-personnummer' };
  const personnummer = normalisePersonnummer(raw, now);
  if (!personnummer.ok) return { ok: false, problem: 'invalid-personnummer' };
  const acr = text(idToken.acr);
  // By assurance: only a method the company accepts counts, whatever else the broker offers.
  if (!acr || !rules.acrValues.includes(acr)) return { ok: false, problem: 'acr-not-allowed' };
  if (typeof idToken.auth_time !== 'number') return { ok: false, problem: 'no-auth-time' };
  return {
    ok: true,
    identity: {
      personnummer: personnummer.value,
      name: nameOf(idToken) || (userInfo ? nameOf(userInfo) : ''),
      method: methodName(acr),
      acr,
      authenticatedAt: new Date(idToken.auth_time * 1000).toISOString(),
      issuer: String(idToken.iss),
    },
  };
}
