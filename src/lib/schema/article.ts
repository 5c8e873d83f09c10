import { z } from 'astro/zod';
import { calendarDate, kebabId, LOCALES } from './shared.ts';

/**
 * Article frontmatter. `vendorRef` is Astro's `reference('vendors')` in the content config and a
 * plain id in the content check, which verifies the ids itself (Astro only logs a broken one).
 */
export function articleSchema<R extends z.ZodType>(vendorRef: R) {
  return z.strictObject({
    title: z.string().trim().min(1).describe('The headline.'),
    description: z.string().trim().min(20).max(200).describe('One or two sentences for listings and search results.'),
    lang: z.enum(LOCALES).describe('Language the article is written in.'),
    publishDate: calendarDate.describe('When the article was first published; today at the latest, except in a draft.'),
    updatedDate: calendarDate.optional().describe('When the article last changed materially; the index lists newest first.'),
    tags: z.array(kebabId).default([]).describe("Topics in the article's language; each tag gets a page at /articles/tags/<tag>/."),
    vendors: z.array(vendorRef).default([]).describe('Vendor ids the article discusses; shown as cards.'),
    translations: z
      .array(kebabId)
      .default([])
      .describe('Ids of the same article in the other languages, one per language; each of them must list this article too.'),
    draft: z.boolean().default(false).describe('Drafts are built in dev only, never published.'),
  });
}

export const articleFrontmatter = articleSchema(kebabId);
export type ArticleFrontmatter = z.infer<typeof articleFrontmatter>;
