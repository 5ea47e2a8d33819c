/**
 * Astro middleware for on-demand answers (the form, its confirmation, actions): HTML says its charset, and nothing
 * answered on demand is cached unless the route says otherwise (those answers can hold personal data).
 */
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  try {
    if (/^text\/html\s*$/i.test(response.headers.get('Content-Type') ?? '')) response.headers.set('Content-Type', 'text/html; charset=utf-8');
    if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store');
  } catch {
    // A Response.redirect() has immutable headers; it has no body to describe.
  }
  return response;
});
