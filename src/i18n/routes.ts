import type { Locale } from '../lib/locales.ts';
import { localePath } from './paths.ts';

/** Every site address in one place, so links and the sitemap agree. */
export const routes = {
  home: (locale: Locale) => localePath(locale, '/'),
  vendor: (locale: Locale, id: string) => localePath(locale, `/crm/${id}/`),
  methodology: (locale: Locale) => localePath(locale, '/methodology/'),
  compare: (locale: Locale) => localePath(locale, '/compare/'),
  /** The "Find my CRM" questionnaire, which leads to the comparison with its answers as filters. */
  find: (locale: Locale) => localePath(locale, '/find/'),
  privacy: (locale: Locale) => localePath(locale, '/privacy/'),
  about: (locale: Locale) => localePath(locale, '/about/'),
  article: (locale: Locale, id: string) => localePath(locale, `/articles/${id}/`),
  articles: (locale: Locale) => localePath(locale, '/articles/'),
  articleTag: (locale: Locale, tag: string) => localePath(locale, `/articles/tags/${tag}/`),
  rss: (locale: Locale) => localePath(locale, '/rss.xml'),
  /** What changed in the guide, from the vendors' git histories, and the same as a feed. */
  changes: (locale: Locale) => localePath(locale, '/changes/'),
  changesFeed: (locale: Locale) => localePath(locale, '/changes.xml'),
  corrections: (locale: Locale) => localePath(locale, '/corrections/'),
  /** A vendor's entry on the methodology page, for vendors that are not listed (no page of their own). */
  notListedEntry: (locale: Locale, id: string) => `${localePath(locale, '/methodology/')}#vendor-${id}`,
  /** The comparison's side-by-side view of these vendors (ids are kebab-case, safe in a URL). */
  compareVendors: (locale: Locale, ids: readonly string[]) => `${localePath(locale, '/compare/')}?compare=${ids.join(',')}`,
  openData: (locale: Locale) => localePath(locale, '/open-data/'),
  /** Open data files: one per site, not per language. */
  data: (file: 'vendors.json' | 'vendors.csv' | 'vendor.schema.json' | 'verdicts.json' | 'verdicts.schema.json') => `/data/${file}`,
  search: (locale: Locale) => localePath(locale, '/search/'),
  /** The search dialog's strings, fetched when a visitor first opens search. */
  searchStrings: (locale: Locale) => localePath(locale, '/search/strings.json'),
};
