import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getListedVendors } from '../data/directory.ts';
import { routes } from '../i18n/routes.ts';
import { publishedIn, tagsOf, translationsOf } from '../lib/articles.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';

function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Every page in every language, each with its hreflang alternates; listed vendors and published articles only. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => escapeXml(new URL(path, site).href);
  const translated = (route: (locale: Locale) => string) => LOCALES.map((l) => ({ loc: route(l), alternates: LOCALES.map((a) => [a, route(a)] as const) }));
  const articles = await getCollection('articles', (a) => !a.data.draft);
  const pages = [
    ...translated(routes.home),
    ...translated(routes.methodology),
    ...translated(routes.compare),
    ...translated(routes.find),
    ...translated(routes.privacy),
    ...translated(routes.about),
    ...translated(routes.articles),
    ...translated(routes.openData),
    ...translated(routes.changes),
    ...translated(routes.corrections),
    ...(await getListedVendors()).flatMap((vendor) => translated((l) => routes.vendor(l, vendor.id))),
    ...articles.map((article) => {
      const others = translationsOf(article, articles, LOCALES);
      const own = [article.data.lang, routes.article(article.data.lang, article.id)] as const;
      return {
        loc: own[1],
        // Published versions that point back: each version names them all, itself included.
        alternates: others.length > 0 ? [own, ...others.map((other) => [other.data.lang, routes.article(other.data.lang, other.id)] as const)] : [],
      };
    }),
    ...LOCALES.flatMap((locale) =>
      tagsOf(publishedIn(articles, locale)).map(({ tag }) => ({ loc: routes.articleTag(locale, tag), alternates: [] as (readonly [Locale, string])[] })),
    ),
  ];
  const body = pages
    .map(({ loc, alternates }) => {
      const links = alternates.map(([lang, path]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${abs(path)}"/>`).join('');
      return `<url><loc>${abs(loc)}</loc>${links}</url>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
