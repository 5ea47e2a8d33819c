/** Starts an e-ID login from the English form (src/eid/routes.ts). Only when e-ID is configured; else 404. */
import type { APIRoute } from 'astro';
import { startLogin } from '../../../eid/routes';

export const prerender = false;

export const GET: APIRoute = (context) => startLogin(context, 'en');
