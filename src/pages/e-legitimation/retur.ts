/**
 * The broker's return after an e-ID login (src/eid/routes.ts), at DEFAULT_EID_REDIRECT_PATH; another EID_REDIRECT_PATH
 * is routed here by the production server. Only when e-ID is configured; else 404.
 */
import type { APIRoute } from 'astro';
import { finishLogin } from '../../eid/routes';

export const prerender = false;

export const GET: APIRoute = (context) => finishLogin(context);
