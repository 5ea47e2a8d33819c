/**
 * The e-ID without a browser: the built app with e-ID through the test provider (./oidc.ts) and a mail server, and a
 * visitor who follows the OpenID flow with `fetch` and a cookie jar as a browser without JavaScript would (the form
 * and the e-ID routes need no script). Every URL the visitor went to and every cookie it was given are kept, for the
 * leak checks. The Vitest e-ID tests use it (the browser's are in ./e2e/eid.ts).
 */
import { load, type CheerioAPI } from 'cheerio';
import { startApp, type RunningApp } from './app.ts';
import { eidEnv, startProvider, type ClaimVariant, type TestProvider, eva } from './oidc.ts';
import { startSmtp, unusedPort, type TestSmtp } from './smtp.ts';
import { readableText } from './served.ts';
import { MAIL_FROM, MAIL_TO } from './fixtures/mail.ts';
import { EID_WORDS, RETURN_PATH } from './fixtures/eid.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { ROUTES } from '../../src/i18n/routes.ts';
import { CookieJar } from './cookie-jar.ts';

export { eva };
export { EID_WORDS, EVA_PIECES, RETURN_PATH } from './fixtures/eid.ts';

export interface EidSite {
  app: RunningApp;
  smtp: TestSmtp;
  /** Absent when the site's issuer is a port where nothing listens (`broker: 'down'`). */
  provider: TestProvider | undefined;
  stop(): Promise<void>;
}

/**
 * Starts the app with e-ID and its mail server, and the provider as its broker, giving the personnummer as `variant`
 * says; `broker: 'down'` starts no provider, so the issuer's port answers nothing. `env` adds settings.
 */
export async function startEidSite({ variant = 'id-token', env = {}, broker = 'up' }: { variant?: ClaimVariant; env?: Record<string, string>; broker?: 'up' | 'down' } = {}): Promise<EidSite> {
  // The provider's port is chosen first: the app must know its issuer when it starts, and the provider the app's address.
  const port = await unusedPort();
  const smtp = await startSmtp();
  const app = await startApp({ SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM, RATE_LIMIT_MAX: '1000', ...eidEnv(`http://127.0.0.1:${port}`, variant), ...env });
  const provider = broker === 'up' ? await startProvider({ port, redirectUris: [`${app.url}${RETURN_PATH}`], variant }) : undefined;
  return {
    app,
    smtp,
    provider,
    async stop() {
      await provider?.stop();
      await app.stop();
      await smtp.stop();
    },
  };
}

/** A page as the visitor got it: where it ended, its status and HTML. */
export interface Visited {
  url: URL;
  status: number;
  body: string;
  $: CheerioAPI;
}

/** A return from the broker, held: the visitor was on its way there, with the code still unused. */
export interface Held {
  held: URL;
}

/**
 * A browser without JavaScript, as far as the e-ID needs one: a cookie jar per host (as a browser keeps them: a port
 * is not a site), redirects followed one by one.
 */
export class Visitor {
  /** Every URL this visitor asked for, in order. */
  readonly urls: string[] = [];
  /** Every Set-Cookie line it was given. */
  readonly setCookies: string[] = [];
  readonly #jar = new CookieJar();

  /** The cookies this visitor holds, as `name=value` pairs by host. */
  cookies(): string {
    return JSON.stringify(this.#jar);
  }

  /** One request, redirects not followed; the answer's cookies kept. */
  async request(url: URL | string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    this.urls.push(target.href);
    const headers = new Headers(init.headers);
    const cookie = this.#jar.header(target.hostname);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.setCookies.push(...response.headers.getSetCookie());
    this.#jar.keep(target.hostname, response.headers);
    return response;
  }

  /**
   * Goes to `url` (a GET unless `init` says) and follows the redirects, as a browser does after a 303; stops before
   * a redirect to `hold` (an address's beginning), leaving it unfollowed.
   */
  async go(url: URL | string, init: RequestInit = {}, hold?: string): Promise<Visited | Held> {
    let target = new URL(url);
    let response = await this.request(target, init);
    for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
      if (hops > 10) throw new Error(`more than 10 redirects from ${String(url)}`);
      target = new URL(response.headers.get('location')!, target);
      if (hold && target.href.startsWith(hold)) return { held: target };
      response = await this.request(target);
    }
    const body = await response.text();
    return { url: target, status: response.status, body, $: load(body) };
  }

  /** Like `go`, where no redirect is held. */
  async visit(url: URL | string, init: RequestInit = {}): Promise<Visited> {
    return (await this.go(url, init)) as Visited;
  }

  /** Posts `fields` as the page at `page` does its form (its own origin), and follows the answer. */
  async submit(page: Visited, action: string, fields: Record<string, string>): Promise<Visited> {
    return this.visit(new URL(action, page.url), {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { Origin: page.url.origin },
    });
  }
}

/** The link on `page` whose text is `text`, as an address. */
export function linkNamed(page: Visited, text: string): URL {
  const link = page.$('a').filter((_, element) => readableText(page.$, element) === text);
  if (link.length !== 1) throw new Error(`no single link "${text}" on ${page.url.href}`);
  return new URL(link.attr('href')!, page.url);
}

/**
 * Opens the form of `locale` on `app`, follows its e-ID link, and at the provider logs in as Eva (or cancels) unless
 * the provider still knows her. Ends back on the page the site sends the visitor to, or, with `hold`, just before the
 * return to the site.
 */
export async function loginWithEid(visitor: Visitor, app: RunningApp, locale: Locale, provider: Pick<TestProvider, 'issuer'>, options: { cancel?: boolean; hold: true }): Promise<URL>;
export async function loginWithEid(visitor: Visitor, app: RunningApp, locale: Locale, provider: Pick<TestProvider, 'issuer'>, options?: { cancel?: boolean }): Promise<Visited>;
export async function loginWithEid(visitor: Visitor, app: RunningApp, locale: Locale, provider: Pick<TestProvider, 'issuer'>, options: { cancel?: boolean; hold?: boolean } = {}): Promise<Visited | URL> {
  const hold = options.hold ? `${app.url}${RETURN_PATH}` : undefined;
  const form = await visitor.visit(new URL(ROUTES.request[locale], app.url));
  let page = await visitor.go(linkNamed(form, EID_WORDS[locale].start), {}, hold);
  if ('url' in page && page.url.origin === new URL(provider.issuer).origin) {
    if (options.cancel) {
      page = await visitor.go(linkNamed(page, '[ Cancel ]'), {}, hold);
    } else {
      const action = page.$('form').attr('action')!;
      page = await visitor.go(new URL(action, page.url), { method: 'POST', body: new URLSearchParams({ login: eva.login, password: 'any password' }) }, hold);
    }
  }
  if ('held' in page) return page.held;
  if (hold) throw new Error(`the provider did not send the visitor back to the site (ended on ${page.url.href})`);
  return page;
}

/** The text input labelled with a label beginning `label` on `page`, if there is one. */
export function textbox(page: Visited, label: RegExp) {
  const $ = page.$;
  return $('input').filter((_, input) => {
    const type = $(input).attr('type') ?? 'text';
    if (!['text', 'email', 'tel'].includes(type)) return false;
    const id = $(input).attr('id');
    const labels = id ? $(`label[for="${id}"]`) : $(input).closest('label');
    return labels.toArray().some((element) => label.test(readableText($, element)));
  });
}

/** What the form page says about the e-ID: its notice (role=alert), and the verified identity's panel, if any. */
export function eidState(page: Visited) {
  return {
    notices: page.$('[role="alert"]').toArray().map((element) => readableText(page.$, element)),
    verified: page.$('[data-eid-verified]').length ? readableText(page.$, '[data-eid-verified]') : undefined,
  };
}
