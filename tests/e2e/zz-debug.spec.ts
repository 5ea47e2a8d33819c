import { request as httpRequest } from 'node:http';
import { test } from '@playwright/test';
import { startApp } from './support/app';
import { anna } from './support/requests';
function postChunked(baseURL: string, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL('/dina-uppgifter/?_action=requests.submit', baseURL);
    const req = httpRequest(url, { method: 'POST', headers: { Origin: url.origin, 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked' } });
    req.on('response', (res) => { res.resume(); resolve(res.statusCode!); });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    const chunk = Buffer.alloc(16 * 1024, 'a');
    req.write('name=');
    for (let sent = 0; sent < bytes; sent += chunk.length) req.write(chunk);
    req.end();
  });
}
test('debug', async ({ playwright }) => {
  for (const step of ['big', 'chunked']) {
    const app = await startApp({ MAIL_OUTBOX_DIR: '/tmp/server-outbox4' });
    const api = await playwright.request.newContext({ baseURL: app.url });
    if (step === 'big') console.log((await api.post('/dina-uppgifter/?_action=requests.submit', { form: { ...anna, correction: 'x'.repeat(300 * 1024) }, headers: { Origin: app.url } })).status());
    else console.log(await postChunked(app.url, 300 * 1024));
    const t = Date.now();
    await app.stop();
    console.log(step, 'stopped after', Date.now() - t, app.output().split('\n').slice(-3).join('\n'));
    await api.dispose();
  }
});
