/**
 * Astro middleware. Every page, prerendered or not, gets its language, strings and route once (`locals.page`).
 * For on-demand answers (the form, its confirmation, actions): HTML says its charset, and nothing
 * answered on demand is cached unless the route says otherwise (those answers can hold personal data).
 * Under `astro dev`, where no production server hands over its services, they are built here once.
 */
import { defineMiddleware } from 'astro:middleware';
import { toLocale } from './i18n/locales';
import { pageContext } from './i18n/page-context';
import { devLocals } from './server/dev-locals';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.page = pageContext(toLocale(context.currentLocale), context.url.pathname);
  if (import.meta.env.DEV && !context.isPrerendered) Object.assign(context.locals, devLocals(context.locals, context.clientAddress));
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
