import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteChanges } from '../../data/history.ts';
import { changeLink, changeSummary, changeTitle } from '../../i18n/changes.ts';
import { dictionary, pagePerLocale } from '../../i18n/index.ts';
import { routes } from '../../i18n/routes.ts';
import type { Locale } from '../../lib/locales.ts';

export const getStaticPaths = pagePerLocale;

/** Items in the feed: readers poll it, so the newest changes are enough. */
const LIMIT = 50;

/** One feed per language: the changes page's entries, outcomes and facts, newest first. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale }, site }) => {
  const t = dictionary(locale);
  const c = t.changesPage;
  const { outcomes, facts } = await getSiteChanges(LIMIT);
  const items = [
    ...outcomes.map((item) => ({ item, category: c.outcomesHeading })),
    ...facts.map((item) => ({ item, category: c.factsHeading })),
  ]
    .sort((a, b) => Date.parse(b.item.entry.timestamp) - Date.parse(a.item.entry.timestamp))
    .slice(0, LIMIT);
  const self = new URL(routes.changesFeed(locale), site).href;
  return rss({
    title: c.feedTitle,
    description: c.feedDescription,
    site: new URL(routes.changes(locale), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${t.meta.locale}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: items.map(({ item, category }) => ({
      title: changeTitle(item, locale),
      description: changeSummary(item, locale),
      // Absolute, so the feed keeps the anchor as it is (it appends a slash to site paths).
      link: new URL(changeLink(item, locale), site).href,
      pubDate: new Date(item.entry.timestamp),
      categories: [category],
    })),
  });
};
