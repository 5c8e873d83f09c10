import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { dictionary, pagePerLocale } from '../../i18n/index.ts';
import { routes } from '../../i18n/routes.ts';
import { publishedIn } from '../../lib/articles.ts';
import type { Locale } from '../../lib/locales.ts';

export const getStaticPaths = pagePerLocale;

/** One feed per language: the published articles written in it, newest first. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale }, site }) => {
  const t = dictionary(locale);
  const articles = publishedIn(await getCollection('articles'), locale);
  const self = new URL(routes.rss(locale), site).href;
  return rss({
    title: t.articles.feedTitle,
    description: t.articles.lead,
    site: new URL(routes.articles(locale), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${t.meta.locale}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      link: routes.article(locale, article.id),
      pubDate: new Date(`${article.data.publishDate}T00:00:00Z`),
      categories: article.data.tags,
    })),
  });
};
