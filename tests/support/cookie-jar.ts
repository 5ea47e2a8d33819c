/**
 * The cookies a browser without JavaScript keeps, per host (as a browser does: a port is not a site), from the
 * Set-Cookie lines it is given; one that is expired (Max-Age ≤ 0, or Expires in the past) is forgotten. The visitors of
 * the request tests (visitor.ts) and of the e-ID tests (oidc-visitor.ts) keep theirs here.
 */
export class CookieJar {
  readonly #hosts = new Map<string, Map<string, string>>();

  /** The cookies held for `host`, by name (the live map: a test may set one, as a forged cookie). */
  forHost(host: string): Map<string, string> {
    let cookies = this.#hosts.get(host);
    if (!cookies) this.#hosts.set(host, (cookies = new Map<string, string>()));
    return cookies;
  }

  /** Keeps (or forgets) the cookies of an answer from `host`. */
  keep(host: string, headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const gone = attributes.some((attribute) => {
        const [key = '', setting = ''] = attribute.split('=').map((part) => part.trim());
        return (key.toLowerCase() === 'max-age' && Number(setting) <= 0) || (key.toLowerCase() === 'expires' && Date.parse(setting) <= Date.now());
      });
      if (gone) this.forHost(host).delete(name);
      else this.forHost(host).set(name, pair.slice(at + 1).trim());
    }
  }

  /** The Cookie header to send to `host`, or undefined when it holds none. */
  header(host: string): string | undefined {
    const cookies = this.#hosts.get(host);
    return cookies?.size ? [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') : undefined;
  }

  /** Everything held, as `[host, [[name, value], …]]` in JSON: for checking that a value is nowhere in the jar. */
  toJSON(): [string, [string, string][]][] {
    return [...this.#hosts].map(([host, cookies]) => [host, [...cookies]]);
  }
}
