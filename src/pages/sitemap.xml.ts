import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getListedVendors } from '../data/directory.ts';
import { routes } from '../i18n/routes.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';

function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Every page in every language, each with its hreflang alternates; listed vendors only. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => escapeXml(new URL(path, site).href);
  const translated = (route: (locale: Locale) => string) => LOCALES.map((l) => ({ loc: route(l), alternates: LOCALES.map((a) => [a, route(a)] as const) }));
  const pages = [
    ...translated(routes.home),
    ...translated(routes.methodology),
    ...translated(routes.compare),
    ...translated(routes.privacy),
    ...translated(routes.about),
    ...(await getListedVendors()).flatMap((vendor) => translated((l) => routes.vendor(l, vendor.id))),
    ...(await getCollection('articles', (a) => !a.data.draft)).map((article) => ({
      loc: routes.article(article.data.lang, article.id),
      alternates: [] as (readonly [Locale, string])[],
    })),
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
