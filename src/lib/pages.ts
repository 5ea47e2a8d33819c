import { getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { contentId, requiredContent, type ContentRouteKey } from '../i18n/routes';

/** The MDX entry of a content page in a language (content.config.ts has checked that every one exists). */
export async function getPage(key: ContentRouteKey, locale: Locale): Promise<CollectionEntry<'pages'>> {
  const id = contentId(key, locale);
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/${id}.mdx is missing`);
  return entry;
}

/** Every content page of the route table in every language, with its MDX entry. */
export async function contentPages(): Promise<{ path: string; key: ContentRouteKey; entry: CollectionEntry<'pages'> }[]> {
  return Promise.all(requiredContent().map(async ({ key, locale, path }) => ({ path, key, entry: await getPage(key, locale) })));
}
