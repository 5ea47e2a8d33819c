import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site.config';

/** robots.txt naming the sitemap at the configured SITE_URL. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
