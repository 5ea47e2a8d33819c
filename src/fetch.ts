/**
 * The server's request pipeline: Astro's own, unchanged. This file exists because the server entry loads it
 * at start-up, which is the moment to check the mail settings (see src/requests/server.ts).
 */
import type { Fetchable } from 'astro';
import { FetchState, astro } from 'astro/fetch';
import './requests/server';

export default { fetch: (request: Request) => astro(new FetchState(request)) } satisfies Fetchable;
