import type { Locale } from '../lib/locales.ts';
import { localePath } from './index.ts';

/** Every site address in one place, so links and the sitemap agree. */
export const routes = {
  home: (locale: Locale) => localePath(locale, '/'),
  vendor: (locale: Locale, id: string) => localePath(locale, `/crm/${id}/`),
  methodology: (locale: Locale) => localePath(locale, '/methodology/'),
  article: (locale: Locale, id: string) => localePath(locale, `/articles/${id}/`),
  articles: (locale: Locale) => localePath(locale, '/articles/'),
  articleTag: (locale: Locale, tag: string) => localePath(locale, `/articles/tags/${tag}/`),
  rss: (locale: Locale) => localePath(locale, '/rss.xml'),
  /** The side-by-side view of two or three vendors. */
  compare: (locale: Locale, ids: readonly string[] = []) => localePath(locale, ids.length > 0 ? `/compare/?compare=${ids.join(',')}` : '/compare/'),
  openData: (locale: Locale) => localePath(locale, '/open-data/'),
  /** Open data files: one per site, not per language. */
  data: (file: 'vendors.json' | 'vendors.csv' | 'vendor.schema.json') => `/data/${file}`,
};
