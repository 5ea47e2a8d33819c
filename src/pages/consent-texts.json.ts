/** The consent manifest (src/consent/records/manifest.ts), written by the build for the server and `npm run consent`. */
import type { APIRoute } from 'astro';
import { consentConfig } from '../consent/config';
import { consentManifest } from '../consent/records/manifest.server';

export const GET: APIRoute = () => Response.json(consentManifest(consentConfig));
