import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The client's pages, in MDX under content/. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({
    /** The page's heading and the first part of its <title>. */
    title: z.string().min(1),
    /** Meta description: one sentence, shown by search engines. */
    description: z.string().min(50).max(160),
  }),
});

export const collections = { pages };
