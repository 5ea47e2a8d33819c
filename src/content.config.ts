import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AstroError } from 'astro/errors';
import { missingContent } from './i18n/routes';

/** The MDX under content/ (Swedish) and content/en/ (English); fails when a page of the route table lacks either language. */
function pagesLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: './content' });
  return {
    name: 'pages-in-every-language',
    load: async (context) => {
      await files.load(context);
      const missing = missingContent(new Set(context.store.keys()));
      if (missing.length === 0) return;
      const error = new AstroError(`A page is missing in one of the site's languages:\n${missing.join('\n')}`);
      error.stack = ''; // the sentence says it all; Astro prints a stack trace when there is one
      throw error;
    },
  };
}

/** The client's pages and their translations. */
const pages = defineCollection({
  loader: pagesLoader(),
  schema: z.object({
    /** The page's heading and the first part of its <title>. */
    title: z.string().min(1),
    /** Meta description: one sentence, shown by search engines. */
    description: z.string().min(50).max(160),
  }),
});

export const collections = { pages };
