/**
 * The OpenID Connect client of the e-ID broker, on openid-client (certified): the authorization-code flow with PKCE,
 * state and nonce, discovery from the issuer, and the ID token checked for issuer, audience, expiry, nonce, signature
 * (JWKS), authentication time and acr (one of the accepted methods). Nothing here logs or keeps a claim.
 */
import * as oidc from 'openid-client';
import { identityFromClaims, type VerifiedIdentity } from './identity.ts';
import type { EidSettings } from './settings.ts';

/** The longest a login may have taken place before the return (auth_time), and so the max_age asked for. */
export const MAX_AUTH_AGE_SECONDS = 10 * 60;
/** How long one call to the broker may take before it counts as down. */
const BROKER_TIMEOUT_SECONDS = 10;

/** What the site keeps (in the session) between sending the visitor to the broker and their return. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
}

/** Why a login did not verify anyone: cancelled by the visitor, refused by our checks, or the broker unreachable. */
export type EidFailure = 'cancelled' | 'refused' | 'unavailable';

/** A login that verified no one: what the visitor is told, and a code for the log. */
export interface Failed {
  ok: false;
  kind: EidFailure;
  code: string;
}

/** Internal: thrown inside this module and returned as a `Failed` (a class does not cross the server's bundle boundary). */
class EidError extends Error {
  readonly kind: EidFailure;
  /** A machine code for the log (an OAuth error, a check's name): never a claim's value. */
  readonly code: string;
  constructor(kind: EidFailure, code: string) {
    super(`e-ID ${kind}: ${code}`);
    this.name = 'EidError';
    this.kind = kind;
    this.code = code;
  }
}

export interface EidClient {
  readonly settings: EidSettings;
  /** The broker's authorization URL for a new login, and what to keep until the visitor returns. */
  begin(redirectUri: string): Promise<{ ok: true; url: URL; pending: PendingLogin } | Failed>;
  /** The verified identity from the return to `currentUrl`. */
  finish(currentUrl: URL, pending: PendingLogin): Promise<{ ok: true; identity: VerifiedIdentity } | Failed>;
  /** Reads the discovery document now: undefined when it is valid, else why not (for `npm run preflight`). */
  check(): Promise<string | undefined>;
}

/** A failure of openid-client's, reduced to what the visitor is told and a code for the log. */
function failed(error: unknown): Failed {
  const { kind, code } = asEidError(error);
  return { ok: false, kind, code };
}

function asEidError(error: unknown): EidError {
  if (error instanceof EidError) return error;
  if (error instanceof oidc.AuthorizationResponseError) {
    return new EidError(error.error === 'access_denied' ? 'cancelled' : 'refused', error.error);
  }
  if (error instanceof oidc.ResponseBodyError) return new EidError('refused', error.error);
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  if (typeof code === 'string' && code.startsWith('OAUTH_')) {
    // Not conform: the broker answered, but not with OAuth (a 5xx page): it is down for our purposes.
    return new EidError(code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' ? 'unavailable' : 'refused', code);
  }
  // A network failure surfaces as a TypeError "fetch failed" with the socket's code as its cause; a slow broker as a timeout.
  if (error instanceof TypeError || (error as Error | undefined)?.name === 'TimeoutError' || (error as Error | undefined)?.name === 'AbortError') {
    return new EidError('unavailable', typeof cause?.code === 'string' ? cause.code : (error as Error).name);
  }
  // An error's class name says what failed without quoting anything received.
  const name = (error as Error | undefined)?.name;
  return new EidError('refused', typeof name === 'string' && /^[A-Za-z]{1,40}$/.test(name) ? name : 'ERROR');
}

export function createEidClient(settings: EidSettings): EidClient {
  let configuration: Promise<oidc.Configuration> | undefined;
  /** Discovery once; a failure is forgotten, so the next visitor tries again. */
  const discovered = () => {
    configuration ??= oidc
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
        timeout: BROKER_TIMEOUT_SECONDS,
        // http only on loopback (the tests' provider); settings.ts refuses it anywhere else.
        ...(settings.issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .then((config) => {
        config.timeout = BROKER_TIMEOUT_SECONDS;
        oidc.enableNonRepudiationChecks(config);
        return config;
      });
    configuration.catch(() => (configuration = undefined));
    return configuration;
  };

  return {
    settings,
    async begin(redirectUri) {
      let config: oidc.Configuration;
      try {
        config = await discovered();
      } catch (error) {
        return failed(error);
      }
      const pending: PendingLogin = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier(), redirectUri };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: ['openid', ...settings.scopes].join(' '),
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        max_age: String(MAX_AUTH_AGE_SECONDS),
        acr_values: settings.acrValues.join(' '),
      });
      return { ok: true, url, pending };
    },
    async finish(currentUrl, pending) {
      try {
        const config = await discovered();
        const tokens = await oidc.authorizationCodeGrant(
          config,
          currentUrl,
          { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce, maxAge: MAX_AUTH_AGE_SECONDS },
          { redirect_uri: pending.redirectUri },
        );
        const claims = tokens.claims();
        if (!claims) throw new EidError('refused', 'no-id-token');
        const needsUserInfo = claims[settings.personnummerClaim] === undefined;
        const userInfo = needsUserInfo ? await oidc.fetchUserInfo(config, tokens.access_token, claims.sub) : undefined;
        const result = identityFromClaims(claims, userInfo, settings);
        if (!result.ok) return { ok: false, kind: 'refused', code: result.problem };
        return { ok: true, identity: result.identity };
      } catch (error) {
        return failed(error);
      }
    },
    async check() {
      try {
        await discovered();
        return undefined;
      } catch (error) {
        return `the discovery document at ${new URL('.well-known/openid-configuration', settings.issuer.href.endsWith('/') ? settings.issuer : `${settings.issuer.href}/`).href} could not be read or is not valid (${asEidError(error).code}).`;
      }
    },
  };
}
