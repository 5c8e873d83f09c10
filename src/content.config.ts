import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { dataGlob } from './loaders/data-glob.ts';
import { articleSchema } from './lib/schema/article.ts';
import { vendorSchema } from './lib/schema/vendor.ts';

const root = contentDir(process.env);

const vendors = defineCollection({
  loader: dataGlob({ pattern: '*.mdx', base: `${root}/vendors` }),
  schema: vendorSchema,
});

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/articles` }),
  schema: articleSchema(reference('vendors')),
});

export const collections = { vendors, articles };
