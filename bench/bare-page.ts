/**
 * The bare page the bench measures beside the site's, in the same run and the same Lighthouse preset: one heading,
 * one paragraph, no other resource, from a bare node:http server. Its LCP is this machine's floor; each page's LCP
 * budget is a ratio of it (bench/config.ts), so the budget does not depend on the machine or its load.
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

export const BARE_PAGE_HTML =
  '<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  // An empty icon in the page: without it Chromium requests /favicon.ico, a resource after all.
  '<title>En rubrik</title><link rel="icon" href="data:,"></head><body><h1>En rubrik</h1>' +
  '<p>Ett stycke text, lika långt som en sidas första stycke, utan någon annan resurs: inga stilmallar, inga skript, inga bilder.</p>' +
  '</body></html>';

export interface BarePage {
  url: string;
  stop(): Promise<void>;
}

/** Serves the bare page at `/` on a free loopback port; every other path is an empty 404. */
export async function startBarePage(): Promise<BarePage> {
  const body = Buffer.from(BARE_PAGE_HTML);
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
      response.end(body);
    } else {
      response.writeHead(404, { 'Content-Length': 0 });
      response.end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
