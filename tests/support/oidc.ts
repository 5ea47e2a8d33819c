/**
 * A real OpenID provider on loopback (npm `oidc-provider`), standing in for an e-ID broker: its own login page, a test
 * person with a personnummer, and the broker's two ways of giving it: in the ID token (Idura's `ssn`) or only from
 * UserInfo (Signicat's `nin`, with the `nin` scope). Its logins are by the method the site accepts, whose acr the ID
 * token carries; a test can make the next one by another method. A test can make its next token answer wrong (another
 * audience, another nonce, expired, signed by another key), signed as the provider signs, to see the site refuse it.
 *
 * Its login page, store and lifetimes are the test's own (through oidc-provider's documented `interactions`,
 * `adapter` and `ttl` options), not its development-only defaults, which would print a NOTICE or WARNING into the
 * test run's output.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import Provider, { type Adapter, type AdapterPayload, type Configuration } from 'oidc-provider';

/** The made-up person the provider logs in (valid personnummer; the e-ID gives it as twelve digits). */
export const eva = { login: 'eva', name: 'Eva Legitimerad', givenName: 'Eva', familyName: 'Legitimerad', personnummer: '19900101-0017' } as const;

export type ClaimVariant = 'id-token' | 'userinfo';

/** The method the site accepts (EID_ACR_VALUES), as Idura names Swedish BankID on the same device (docs/e-id.md). */
export const ACCEPTED_ACR = 'urn:grn:authn:se:bankid:same-device';
/** A method the provider also offers and the site does not accept. */
export const OTHER_ACR = 'urn:grn:authn:se:frejaid';
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
  /** The next login at the provider is made with this method (once), and its tokens say so; otherwise ACCEPTED_ACR. */
  loginMethodNext(acr: string): void;
  stop(): Promise<void>;
}

interface ProviderOptions {
  port: number;
  /** The site's redirect URIs, registered for the test client. */
  redirectUris: string[];
  variant: ClaimVariant;
}

const SIGNING_ALG = 'RS256';
/** The lifetime of the provider's sessions, logins under way, grants and tokens: longer than any test. */
const LIFETIME_SECONDS = 600;

/**
 * oidc-provider's store (its documented adapter interface) in this process's memory: one Map per provider, so two
 * providers in one worker share nothing.
 */
function memoryAdapter(): (model: string) => Adapter {
  const stored = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  const alive = (key: string) => {
    const entry = stored.get(key);
    if (entry && entry.expiresAt <= Date.now()) stored.delete(key);
    return stored.get(key)?.payload;
  };
  return (model) => {
    const key = (id: string) => `${model}:${id}`;
    const findBy = (field: 'uid' | 'userCode', value: string) =>
      [...stored.keys()].filter((name) => name.startsWith(`${model}:`)).map(alive).find((payload) => payload?.[field] === value);
    return {
      upsert(id, payload, expiresIn) {
        stored.set(key(id), { payload, expiresAt: Date.now() + (expiresIn ?? LIFETIME_SECONDS) * 1000 });
        return Promise.resolve();
      },
      find: (id) => Promise.resolve(alive(key(id))),
      findByUid: (uid) => Promise.resolve(findBy('uid', uid)),
      findByUserCode: (userCode) => Promise.resolve(findBy('userCode', userCode)),
      consume(id) {
        const payload = alive(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
        return Promise.resolve();
      },
      destroy(id) {
        stored.delete(key(id));
        return Promise.resolve();
      },
      revokeByGrantId(grantId) {
        for (const [name, entry] of stored) if (name.startsWith(`${model}:`) && entry.payload.grantId === grantId) stored.delete(name);
        return Promise.resolve();
      },
    };
  };
}

/** The provider's login page: a person's login and password, or a cancel (the words of oidc-provider's own page). */
function loginPage(uid: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in</title></head><body><main><h1>Sign-in</h1>
<form method="post" action="/interaction/${uid}/login"><label>Login <input name="login" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label><button type="submit">Sign-in</button></form>
<a href="/interaction/${uid}/abort">[ Cancel ]</a></main></body></html>`;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) body += (chunk as Buffer).toString('utf8');
  return new URLSearchParams(body);
}

/**
 * The login at the provider, through oidc-provider's documented interaction API: the page, the login (any password;
 * the login names the account) and the cancel. False for any other path, which the provider itself answers.
 */
async function interact(provider: Provider, req: IncomingMessage, res: ServerResponse, method: () => string): Promise<boolean> {
  const match = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(new URL(req.url ?? '/', 'http://provider').pathname);
  if (!match) return false;
  const [, uid, action] = match;
  if (!action && req.method === 'GET') {
    await provider.interactionDetails(req, res);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(loginPage(uid!));
  } else if (action === '/login' && req.method === 'POST') {
    const login = (await formBody(req)).get('login') ?? '';
    // The login's method, as a broker states it: the session's acr, which the ID token carries.
    await provider.interactionFinished(req, res, { login: { accountId: login, acr: method() } }, { mergeWithLastSubmission: false });
  } else if (action === '/abort' && req.method === 'GET') {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
  } else {
    res.writeHead(405).end();
  }
  return true;
}

/** The site's e-ID settings for a provider at `issuer` giving the personnummer this way. */
export function eidEnv(issuer: string, variant: ClaimVariant): Record<string, string> {
  return {
    EID_ISSUER: issuer,
    EID_CLIENT_ID: CLIENT_ID,
    EID_CLIENT_SECRET: CLIENT_SECRET,
    EID_BROKER: 'Testmäklaren AB',
    EID_ACR_VALUES: ACCEPTED_ACR,
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
    acrValues: [ACCEPTED_ACR, OTHER_ACR],
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
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    adapter: memoryAdapter(),
    ttl: {
      AccessToken: LIFETIME_SECONDS,
      Grant: LIFETIME_SECONDS,
      IdToken: LIFETIME_SECONDS,
      Interaction: LIFETIME_SECONDS,
      Session: LIFETIME_SECONDS,
    },
    renderError: (ctx, out) => {
      ctx.type = 'text/plain';
      ctx.body = `${out.error}: ${out.error_description ?? ''}`;
    },
    pkce: { required: () => true },
  };
  const provider = new Provider(issuer, configuration);

  let tamper: Tamper | undefined;
  let nextMethod: string | undefined;
  const method = () => {
    const acr = nextMethod ?? ACCEPTED_ACR;
    nextMethod = undefined;
    return acr;
  };
  provider.use(async (ctx, next) => {
    await next();
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
  const server: Server = createServer((req, res) => {
    interact(provider, req, res, method)
      .then((handled) => (handled ? undefined : handle(req, res)))
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain' });
        res.end(error instanceof Error ? error.message : 'error');
      });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    env: eidEnv(issuer, variant),
    tamperNext(kind) {
      tamper = kind;
    },
    loginMethodNext(acr) {
      nextMethod = acr;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
