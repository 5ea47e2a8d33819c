/**
 * A visitor whose browser runs no JavaScript, for the Vitest files (tests/site/requests/): it reads the served form,
 * fills it in and posts it as such a browser would (every control the form has, its defaults included), follows the
 * redirect with its cookies, and reads the answer as a screen reader would announce its parts.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { readableText } from './served.ts';
import { CookieJar } from './cookie-jar.ts';

/** One answer of the server, as a browser without JavaScript receives it. */
export interface Answer {
  status: number;
  /** The address asked for. */
  url: URL;
  headers: Headers;
  html: string;
  $: CheerioAPI;
}

/**
 * A visitor with a browser without JavaScript: keeps the cookies the site sets (and forgets those it expires), reads
 * pages, and submits the form of a page it read.
 */
export class Visitor {
  readonly #jar = new CookieJar();
  readonly #host: string;

  constructor(readonly origin: string) {
    this.#host = new URL(origin).hostname;
  }

  /** The cookies it holds for the site, by name (a test may set one, as a forged cookie). */
  get cookies(): Map<string, string> {
    return this.#jar.forHost(this.#host);
  }

  private remember(headers: Headers): void {
    this.#jar.keep(this.#host, headers);
  }

  private cookieHeader(): Record<string, string> {
    const cookie = this.#jar.header(this.#host);
    return cookie ? { cookie } : {};
  }

  private async read(url: URL, response: Response): Promise<Answer> {
    this.remember(response.headers);
    const html = await response.text();
    return { status: response.status, url, headers: response.headers, html, $: load(html) };
  }

  /** A GET of `path`, as a link followed or an address typed (redirects not followed). */
  async get(path: string): Promise<Answer> {
    const url = new URL(path, this.origin);
    return this.read(url, await fetch(url, { headers: this.cookieHeader(), redirect: 'manual' }));
  }

  /**
   * Submits the form of `page` as the browser would without JavaScript: every control it has, in its order, as
   * served (the radios chosen beforehand, the hidden honeypot), with `answers` typed in or chosen by field name
   * (each must be a control of that form; a textarea's line breaks sent as CR LF). Returns the answer to the post
   * and, after a redirect, the page it leads to.
   */
  async submit(page: Answer, answers: Record<string, string>): Promise<{ posted: Answer; shown: Answer }> {
    const { $ } = page;
    const form = $('form[method="post"]');
    if (form.length !== 1) throw new Error(`${page.url.pathname} has ${form.length} forms that post`);
    const controls = form.find<Element>('input[name], textarea[name], select[name]').toArray();
    const names = new Set(controls.map((control) => control.attribs.name!));
    for (const name of Object.keys(answers)) if (!names.has(name)) throw new Error(`the form of ${page.url.pathname} has no control named ${name}`);
    const radios = new Set(controls.filter((c) => c.attribs.type === 'radio').map((c) => c.attribs.name!));
    for (const name of radios) {
      if (name in answers && !controls.some((c) => c.attribs.name === name && c.attribs.value === answers[name])) {
        throw new Error(`the form of ${page.url.pathname} offers no "${answers[name]}" for ${name}`);
      }
    }
    const body = new URLSearchParams();
    for (const control of controls) {
      const name = control.attribs.name!;
      if (control.attribs.disabled !== undefined) continue;
      if (control.attribs.type === 'radio' || control.attribs.type === 'checkbox') {
        const checked = name in answers ? answers[name] === control.attribs.value : control.attribs.checked !== undefined;
        if (checked) body.append(name, control.attribs.value ?? 'on');
      } else if (control.name === 'textarea') {
        body.append(name, (answers[name] ?? $(control).text()).replace(/\r?\n/g, '\r\n'));
      } else {
        body.append(name, answers[name] ?? control.attribs.value ?? '');
      }
    }
    const action = new URL(form.attr('action') ?? '', page.url);
    const response = await fetch(action, {
      method: 'POST',
      body,
      headers: { Origin: this.origin, ...this.cookieHeader() },
      redirect: 'manual',
    });
    const posted = await this.read(action, response);
    const location = response.headers.get('location');
    const shown = response.status >= 300 && response.status < 400 && location ? await this.get(new URL(location, action).href) : posted;
    return { posted, shown };
  }

  /**
   * A post of `fields` to `path` as a script would send it, not from a form the site served (a value it does not
   * offer, a forged origin, another address): urlencoded, with this visitor's cookies, redirects not followed.
   */
  async post(path: string, fields: Record<string, string>, origin = this.origin): Promise<Answer> {
    const url = new URL(path, this.origin);
    const response = await fetch(url, { method: 'POST', body: new URLSearchParams(fields), headers: { Origin: origin, ...this.cookieHeader() }, redirect: 'manual' });
    return this.read(url, response);
  }

  /** Reads the form at `path` and submits it with `answers`. */
  async send(path: string, answers: Record<string, string>): Promise<{ posted: Answer; shown: Answer }> {
    return this.submit(await this.get(path), answers);
  }
}

/** The text a screen reader announces as an element's description: the texts of its aria-describedby, in order. */
export function accessibleDescription($: CheerioAPI, element: Element | string): string {
  const ids = ($(element).attr('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => readableText($, $(`[id="${id}"]`).get(0))).join(' ');
}

/** The text of the label of the control with `id`. */
export function labelOf($: CheerioAPI, id: string): string {
  return readableText($, $(`label[for="${id}"]`).get(0));
}

/** The reference a confirmation page shows, if any. */
export function referenceOn($: CheerioAPI): string | undefined {
  return $('[data-reference]').text().trim() || undefined;
}
