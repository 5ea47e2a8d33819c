import { getEntry, type CollectionEntry } from 'astro:content';

/** The MDX page with this id (its file name under content/), or a build error naming it. */
export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/${id}.mdx is missing`);
  return entry;
}
