import type { routes as siteRoutes } from '../i18n/routes.ts';
import { LOCALES, type Locale } from './locales.ts';

/**
 * Every address the build writes, worked out from the routes and the content before the build, so
 * the content check can refuse an article link to a page that will not exist. tests/site checks
 * this list against dist/.
 */

export type Routes = typeof siteRoutes;

/** Routes that take only a locale: one page per language. */
export const PAGES_PER_LOCALE = [
  'home',
  'methodology',
  'compare',
  'find',
  'privacy',
  'about',
  'articles',
  'rss',
  'changes',
  'changesFeed',
  'corrections',
  'openData',
  'search',
  'searchStrings',
] as const satisfies readonly (keyof Routes)[];

/** Routes with a parameter from the content: their pages come from the vendors and articles. */
export const PAGES_FROM_CONTENT = ['vendor', 'article', 'articleTag', 'compareVendors', 'notListedEntry'] as const satisfies readonly (keyof Routes)[];

type DataFile = Parameters<Routes['data']>[0];
export const DATA_FILES = ['vendors.json', 'vendors.csv', 'vendor.schema.json', 'verdicts.json', 'verdicts.schema.json'] as const satisfies readonly DataFile[];
// A data file added to routes.data but not here fails the type check.
const everyDataFile: Exclude<DataFile, (typeof DATA_FILES)[number]> extends never ? true : false = true;
void everyDataFile;

/** Pages outside the routes table. */
export const OTHER_PAGES = ['/404.html', '/robots.txt', '/sitemap.xml'] as const;

export interface SiteContent {
  /** Ids of the vendors the eligibility rule lists: only they have a page. */
  listed: Iterable<string>;
  articles: Iterable<{ id: string; data: { lang: Locale; draft: boolean; tags: readonly string[] } }>;
}

export function sitePages(routes: Routes, content: SiteContent): Set<string> {
  const pages = new Set<string>(OTHER_PAGES);
  for (const file of DATA_FILES) pages.add(routes.data(file));
  const listed = [...content.listed];
  const published = [...content.articles].filter((article) => !article.data.draft);
  for (const locale of LOCALES) {
    for (const key of PAGES_PER_LOCALE) pages.add(routes[key](locale));
    for (const id of listed) pages.add(routes.vendor(locale, id));
    for (const article of published) {
      if (article.data.lang !== locale) continue;
      pages.add(routes.article(locale, article.id));
      for (const tag of article.data.tags) pages.add(routes.articleTag(locale, tag));
    }
  }
  return pages;
}
