/**
 * A real OpenID provider on loopback (npm `oidc-provider`), standing in for an e-ID broker: its own login page, a test
 * person with a personnummer, and the broker's two ways of giving it: in the ID token (Idura's `ssn`) or only from
 * UserInfo (Signicat's `nin`, with the `nin` scope). A test can make its next token answer wrong (another audience,
 * another nonce, expired, signed by another key), signed as the provider signs, to see the site refuse it.
 */
import { createServer, type Server } from 'node:http';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';

/** The made-up person the provider logs in (valid personnummer; the e-ID gives it as twelve digits). */
export const eva = { login: 'eva', name: 'Eva Legitimerad', givenName: 'Eva', familyName: 'Legitimerad', personnummer: '19900101-0017' } as const;

export type ClaimVariant = 'id-token' | 'userinfo';
export type Tamper = 'audience' | 'nonce' | 'expired' | 'signature';

export const CLIENT_ID = 'jainkasso-test';
export const CLIENT_SECRET = 'a-test-secret-that-is-long-enough-for-hs256-0123456789';

export interface TestProvider {
  /** The issuer, e.g. http://127.0.0.1:43817 */
  readonly issuer: string;
  /** The site's settings for this provider. */
  readonly env: Record<string, string>;
  /** Makes the next token response wrong in this way (once). */
  tamperNext(kind: Tamper): void;
  /**
   * Keeps the next answer to the site (the redirect carrying code and state) from the browser, which sees a page
   * saying so instead; resolves with the URL it would have gone to, code unused.
   */
  holdNextReturn(): Promise<string>;
  stop(): Promise<void>;
}

interface ProviderOptions {
  port: number;
  /** The site's redirect URIs, registered for the test client. */
  redirectUris: string[];
  variant: ClaimVariant;
}

const SIGNING_ALG = 'RS256';

/** The site's e-ID settings for a provider at `issuer` giving the personnummer this way. */
export function eidEnv(issuer: string, variant: ClaimVariant): Record<string, string> {
  return {
    EID_ISSUER: issuer,
    EID_CLIENT_ID: CLIENT_ID,
    EID_CLIENT_SECRET: CLIENT_SECRET,
    EID_BROKER: 'Testmäklaren AB',
    EID_PERSONNUMMER_CLAIM: variant === 'id-token' ? 'ssn' : 'nin',
    ...(variant === 'userinfo' ? { EID_SCOPES: 'profile nin' } : {}),
  };
}

export async function startProvider({ port, redirectUris, variant }: ProviderOptions): Promise<TestProvider> {
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: SIGNING_ALG, use: 'sig' };
  const claim = variant === 'id-token' ? 'ssn' : 'nin';
  const digits = eva.personnummer.replace('-', '');

  const configuration: Configuration = {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: redirectUris, token_endpoint_auth_method: 'client_secret_post' }],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-cookie-key'] },
    // Idura puts the personnummer in the ID token; Signicat gives it from UserInfo for the nin scope.
    claims: variant === 'id-token' ? { openid: ['sub', 'ssn', 'name', 'given_name', 'family_name'] } : { openid: ['sub'], profile: ['name', 'given_name', 'family_name'], nin: ['nin'] },
    scopes: ['openid', 'profile', 'nin'],
    conformIdTokenClaims: variant === 'userinfo',
    findAccount: (_ctx, id) =>
      id === eva.login
        ? { accountId: id, claims: () => ({ sub: id, name: eva.name, given_name: eva.givenName, family_name: eva.familyName, [claim]: digits }) }
        : undefined,
    // A broker asks for no consent: the grant is the client's from the start.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid profile nin');
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
  };
  const provider = new Provider(issuer, configuration);

  let tamper: Tamper | undefined;
  let hold: ((url: string) => void) | undefined;
  provider.use(async (ctx, next) => {
    await next();
    const location = ctx.response.get('Location');
    if (hold && ctx.status >= 300 && ctx.status < 400 && redirectUris.some((uri) => location.startsWith(`${uri}?`))) {
      hold(location);
      hold = undefined;
      ctx.remove('Location');
      ctx.status = 200;
      ctx.type = 'text/plain';
      ctx.body = 'Held by the test.';
      return;
    }
    const body = ctx.body as { id_token?: string } | undefined;
    if (!tamper || ctx.method !== 'POST' || ctx.path !== '/token' || !body?.id_token) return;
    const kind = tamper;
    tamper = undefined;
    const claims = decodeJwt(body.id_token);
    const now = Math.floor(Date.now() / 1000);
    const changed = {
      ...claims,
      ...(kind === 'audience' ? { aud: 'someone-else' } : {}),
      ...(kind === 'nonce' ? { nonce: 'not-the-nonce-the-site-sent' } : {}),
      // Well past any clock tolerance.
      ...(kind === 'expired' ? { iat: now - 7200, exp: now - 3600, auth_time: now - 7200 } : {}),
    };
    const key = kind === 'signature' ? (await generateKeyPair(SIGNING_ALG)).privateKey : privateKey;
    ctx.body = { ...body, id_token: await new SignJWT(changed).setProtectedHeader({ alg: SIGNING_ALG, kid: jwk.kid!, typ: 'JWT' }).sign(key) };
  });

  const handle = provider.callback();
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    env: eidEnv(issuer, variant),
    tamperNext(kind) {
      tamper = kind;
    },
    holdNextReturn() {
      return new Promise<string>((resolve) => (hold = resolve));
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
