/**
 * Every kind of response the production server sends (`npm run serve`): the security headers and a CSP on each,
 * charset and caching, compression, and a 4xx with one log line for each odd request, never a 500 or a stack trace.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { deliveryTest as test, expect, anna, personalDataIn } from '../../support/e2e/requests';
import { analyticsPages } from '../../support/site-pages';

// On the app the request tests share (deliveryTest); each test reads only the log lines written since it began.
test.describe.configure({ mode: 'default' });

const SECURITY = ['strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options'];

/** A raw HTTP/1.1 exchange, for requests a well-behaved client will not send (a bad Host, TRACE); ends when the server closes. */
function raw(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

function headersOf(answer: string): { status: number; headers: Record<string, string> } {
  const [head = ''] = answer.split('\r\n\r\n', 1);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers };
}

test('every kind of response carries the security headers, and every HTML response a CSP and charset=utf-8', async ({ request, app, appLog }) => {
  const asset = /\/_astro\/[^"]+\.js/.exec(await (await request.get('/')).text())?.[0];
  expect(asset).toBeTruthy();
  const kinds: [string, string, number][] = [
    ['GET', '/', 200],
    ['GET', '/cookies/', 200],
    ['HEAD', '/kontakt/', 200],
    ['GET', '/dina-uppgifter/', 200],
    ['GET', asset!, 200],
    ['HEAD', asset!, 200],
    ['GET', '/robots.txt', 200],
    ['GET', '/404.html', 200],
    ['GET', '/finns-inte/', 404],
    ['GET', '/nope.js', 404],
    ['HEAD', '/nope.js', 404],
    ['GET', '/_image?href=/favicon.png&w=10', 404],
    ['POST', '/_actions/requests', 404],
    ['PUT', '/', 405],
    ['DELETE', '/cookies/', 405],
    ['PATCH', '/dina-uppgifter/', 405],
    ['GET', '/healthz', 200],
  ];
  for (const [method, path, status] of kinds) {
    const response = await request.fetch(path, { method, headers: { Origin: app.url }, maxRedirects: 0 });
    const headers = response.headers();
    expect(response.status(), `${method} ${path}`).toBe(status);
    for (const name of SECURITY) expect(headers[name], `${name} on ${method} ${path}`).toBeTruthy();
    if ((headers['content-type'] ?? '').startsWith('text/html')) {
      expect(headers['content-type'], `${method} ${path}`).toBe('text/html; charset=utf-8');
      expect(headers['content-security-policy'], `CSP on ${method} ${path}`).toContain("frame-ancestors 'none'");
    }
    if (status === 405) expect(headers['allow'], `${method} ${path}`).toMatch(/^GET, HEAD/);
  }
  expect(appLog()).not.toMatch(/\n\s+at |Error:/);
});

test("the 404 page's CSP is its own, from the build, whatever the URL", async ({ request }) => {
  const own = (await request.get('/404.html')).headers()['content-security-policy'];
  expect(own).toMatch(/'sha256-/);
  for (const path of ['/finns-inte/', '/nope.js', '/_server-islands/x']) {
    expect((await request.get(path)).headers()['content-security-policy'], path).toBe(own);
  }
});

test("Google's hosts are in the CSP only of pages where GA may load: not the form, not its confirmation", async ({ request, baseURL }) => {
  const google = /google/;
  for (const { path } of analyticsPages) {
    expect((await request.get(path)).headers()['content-security-policy'], path).toMatch(google);
  }
  expect((await request.get('/dina-uppgifter/')).headers()['content-security-policy']).not.toMatch(google);
  const posted = await request.post('/dina-uppgifter/?_action=requests.submit', { form: { ...anna }, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(posted.status()).toBe(303);
  const confirmation = await request.get(posted.headers()['location']!);
  expect(confirmation.status()).toBe(200);
  expect(confirmation.headers()['content-security-policy']).not.toMatch(google);
});

test('hashed assets are immutable on GET and HEAD alike; pages are revalidated; on-demand answers are no-store', async ({ request }) => {
  // The site's own CSS is inline; its scripts are hashed assets.
  const asset = /\/_astro\/[^"]+\.js/.exec(await (await request.get('/')).text())?.[0];
  expect(asset).toBeTruthy();
  for (const method of ['GET', 'HEAD']) {
    expect((await request.fetch(asset!, { method })).headers()['cache-control'], method).toBe('public, max-age=31536000, immutable');
    expect((await request.fetch('/cookies/', { method })).headers()['cache-control'], method).toBe('no-cache');
  }
  expect((await request.get('/dina-uppgifter/')).headers()['cache-control']).toBe('no-store');
  expect((await request.get('/healthz')).headers()['cache-control']).toBe('no-store');
});

test('GET /healthz answers {"status":"ok"} without touching the mail server', async ({ request, smtp }) => {
  const connections = smtp.connectionsOpened;
  const attempts = smtp.attempts;
  const response = await request.get('/healthz');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
  expect(smtp.attempts).toBe(attempts);
  expect(smtp.connectionsOpened).toBe(connections);
});

test('pages and files are sent compressed as the browser asks, built files from their precompressed copies', async ({ request, baseURL }) => {
  const fetchRaw = (path: string, encoding: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      httpRequest(new URL(path, baseURL), { headers: { 'Accept-Encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  for (const path of ['/', '/cookies/', '/dina-uppgifter/', '/finns-inte/']) {
    const plain = await (await request.get(path, { headers: { 'Accept-Encoding': 'identity' } })).text();
    const br = await fetchRaw(path, 'br');
    expect(br.headers['content-encoding'], path).toBe('br');
    expect(String(br.headers['vary']).toLowerCase(), path).toContain('accept-encoding');
    expect(br.body.length, path).toBeLessThan(Buffer.byteLength(plain) / 2);
    const gz = await fetchRaw(path, 'gzip');
    expect(gz.headers['content-encoding'], path).toBe('gzip');
    // The prerendered pages' bytes are the same page, whichever encoding carried them.
    if (path !== '/dina-uppgifter/') {
      expect(brotliDecompressSync(br.body).toString('utf8'), path).toBe(plain);
      expect(gunzipSync(gz.body).toString('utf8'), path).toBe(plain);
    }
  }
  const none = await fetchRaw('/', 'identity');
  expect(none.headers['content-encoding']).toBeUndefined();
});

test('odd requests get a 4xx and one log line each, never a 500 or a stack trace', async ({ appLog, baseURL }) => {
  const badHost = headersOf(await raw(baseURL!, 'GET / HTTP/1.1\r\nHost: u@evil.example\r\nConnection: close\r\n\r\n'));
  expect(badHost.status).toBe(400);
  expect(badHost.headers['x-content-type-options']).toBe('nosniff');
  const trace = headersOf(await raw(baseURL!, `TRACE /cookies/ HTTP/1.1\r\nHost: ${new URL(baseURL!).host}\r\nConnection: close\r\n\r\n`));
  expect(trace.status).toBe(405);
  expect(trace.headers['allow']).toBe('GET, HEAD');
  const action = headersOf(
    await raw(baseURL!, `POST /_actions/requests HTTP/1.1\r\nHost: ${new URL(baseURL!).host}\r\nOrigin: ${baseURL}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`),
  );
  expect(action.status).toBe(404);
  const image = headersOf(await raw(baseURL!, `GET /_image?href=%2Ffavicon.png&w=1 HTTP/1.1\r\nHost: ${new URL(baseURL!).host}\r\nConnection: close\r\n\r\n`));
  expect(image.status).toBe(404);
  const badUrl = headersOf(await raw(baseURL!, `GET /cookies/%E0%A4%A HTTP/1.1\r\nHost: ${new URL(baseURL!).host}\r\nConnection: close\r\n\r\n`));
  expect(badUrl.status).toBe(400);
  expect(badUrl.headers['x-content-type-options']).toBe('nosniff');
  // An unknown page in each language: the site's 404 page, streamed and compressed, with no warning on the side.
  for (const path of ['/finns-inte/', '/en/no-such-page/']) {
    expect(headersOf(await raw(baseURL!, `GET ${path} HTTP/1.1\r\nHost: ${new URL(baseURL!).host}\r\nAccept-Encoding: br\r\nConnection: close\r\n\r\n`)).status).toBe(404);
  }

  await expect.poll(() => appLog().split('\n').filter((line) => line.includes('"event":"http"')).length).toBe(7);
  // Every line the server wrote, stdout and stderr, is one JSON object: the journal holds nothing else.
  const lines = appLog().split('\n').filter(Boolean);
  expect(lines.map((line) => (JSON.parse(line) as { status: number }).status)).toEqual([400, 405, 404, 404, 400, 404, 404]);
  expect(appLog()).not.toMatch(/\n\s+at |Error|evil\.example/);
});

test('a Content-Length over the limit gets 413 before the body is sent', async ({ appLog, baseURL }) => {
  // Only the headers go out: the server must answer without waiting for the 10 MB it was promised.
  const answer = await raw(
    baseURL!,
    `POST /dina-uppgifter/?_action=requests.submit HTTP/1.1\r\nHost: ${new URL(baseURL!).host}\r\nOrigin: ${baseURL}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000000\r\nConnection: close\r\n\r\n`,
  );
  expect(headersOf(answer).status).toBe(413);
  // Its log line is written when the connection closes, which may be after the answer arrives: the test ends once it
  // is there, so that it never lands among the next test's lines.
  await expect.poll(() => appLog().includes('"status":413')).toBe(true);
});

test('the log has one JSON line per request, with no IP address, query string or anything typed', async ({ request, appLog, baseURL }) => {
  await request.get('/cookies/?namn=Anna+Testsson&pnr=850415-2383');
  const posted = await request.post('/dina-uppgifter/?_action=requests.submit', { form: { ...anna }, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(posted.status()).toBe(303);
  await expect.poll(() => appLog().includes('receipt-sent')).toBe(true);
  const lines = appLog().split('\n').filter(Boolean);
  for (const line of lines) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
  const http = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line['event'] === 'http');
  expect(http[0]).toMatchObject({ method: 'GET', path: '/cookies/', status: 200 });
  expect(typeof http[0]!['ms']).toBe('number');
  const log = appLog();
  expect(log).not.toContain('127.0.0.1');
  expect(log).not.toContain('namn=');
  expect(personalDataIn(log, ['Anna'])).toEqual([]);
});
