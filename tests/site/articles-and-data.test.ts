import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { routes } from '../../src/i18n/routes.ts';
import { publishedIn, tagsOf, translationsOf } from '../../src/lib/articles.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { vendorJsonSchema } from '../../src/lib/json-schema.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { DATA_LICENCE } from '../../src/lib/open-data.ts';
import { assertBuilt, DIST, expectedDirectory, readBuilt } from './built-site.ts';

const SITE = 'https://eu-crm-guide.example';
const { listed, notListed } = expectedDirectory();
const { articles } = checkContent([], readContentFiles('src/content/articles'));
const published = articles.filter((a) => !a.data.draft);
const drafts = articles.filter((a) => a.data.draft);
const pageFile = (path: string) => join(path.replace(/^\//, ''), 'index.html');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'item', 'xhtml:link', 'category'].includes(name) });

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) row.push(field), rows.push(row), (row = []), (field = ''), (i += c === '\r' ? 1 : 0);
    else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

beforeAll(() => assertBuilt());

describe('RSS feeds', () => {
  it.each(LOCALES)('the %s feed is valid XML with exactly the published articles in that language, newest first', (locale) => {
    const xml = readBuilt(routes.rss(locale).slice(1));
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.link).toBe(`${SITE}${routes.articles(locale)}`);
    const links = (channel.item ?? []).map((item: { link: string }) => item.link);
    expect(links).toEqual(publishedIn(published, locale).map((a) => `${SITE}${routes.article(locale, a.id)}`));
    for (const draft of drafts) expect(xml).not.toContain(`/articles/${draft.id}/`);
    for (const vendor of notListed) expect(xml).not.toContain(`/crm/${vendor.id}/`);
  });
});

describe('the sitemap', () => {
  const xml = () => readBuilt('sitemap.xml');
  const urls = () => parser.parse(xml()).urlset.url as { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[];

  it('is valid XML, and every address in it is a built page', () => {
    expect(XMLValidator.validate(xml())).toBe(true);
    const missing = urls().map((u) => u.loc.replace(SITE, '')).filter((path) => !existsSync(join(DIST, pageFile(path))));
    expect(missing).toEqual([]);
  });

  it('holds listed vendors and published articles only', () => {
    const locs = urls().map((u) => u.loc);
    for (const vendor of listed) expect(locs).toContain(`${SITE}${routes.vendor('nl', vendor.id)}`);
    for (const vendor of notListed) expect(xml()).not.toContain(`/crm/${vendor.id}/`);
    for (const article of published) expect(locs).toContain(`${SITE}${routes.article(article.data.lang, article.id)}`);
    for (const draft of drafts) expect(xml()).not.toContain(`/articles/${draft.id}/`);
  });

  it('gives an article with translations hreflang alternates to every version, and one without none', () => {
    for (const article of published) {
      const entry = urls().find((u) => u.loc === `${SITE}${routes.article(article.data.lang, article.id)}`)!;
      const others = translationsOf(article, published, LOCALES);
      const alternates = (entry['xhtml:link'] ?? []).map((link) => `${link['@_hreflang']} ${link['@_href']}`).sort();
      const expected = others.length > 0 ? [article, ...others].map((a) => `${a.data.lang} ${SITE}${routes.article(a.data.lang, a.id)}`).sort() : [];
      expect(alternates, article.id).toEqual(expected);
    }
  });
});

describe('open data', () => {
  it('vendors.json holds every listed vendor and no vendor that is not listed, with the licence', () => {
    const json = JSON.parse(readBuilt('data/vendors.json'));
    expect(json.licence).toEqual(DATA_LICENCE);
    expect(json.vendors.map((v: { id: string }) => v.id)).toEqual(listed.map((v) => v.id));
    const text = readBuilt('data/vendors.json');
    for (const vendor of notListed) expect(text.includes(`"id": "${vendor.id}"`), vendor.id).toBe(false);
    for (const vendor of json.vendors) expect(vendor.verdict.qualifyingOfferings.length).toBeGreaterThan(0);
  });

  it('vendors.csv has one well-formed row per listed vendor and none for a vendor that is not listed', () => {
    const [header, ...rows] = readCsv(readBuilt('data/vendors.csv'));
    expect(header![0]).toBe('id');
    for (const row of rows) expect(row.length).toBe(header!.length);
    expect(rows.map((row) => row[0])).toEqual(listed.map((v) => v.id));
    expect(rows.map((row) => row[1])).toEqual(listed.map((v) => v.data.name));
    const notListedIds = new Set(notListed.map((v) => v.id));
    expect(rows.filter((row) => notListedIds.has(row[0]!))).toEqual([]);
  });

  it('vendor.schema.json is the schema generated from zod, not a copy by hand', () => {
    expect(JSON.parse(readBuilt('data/vendor.schema.json'))).toEqual(vendorJsonSchema(`${SITE}/data/vendor.schema.json`));
  });

  it.each(LOCALES)('the %s open-data page links the files and states the licence', (locale) => {
    const page = readBuilt(pageFile(routes.openData(locale)));
    for (const file of ['vendors.json', 'vendors.csv', 'vendor.schema.json'] as const) expect(page).toContain(`href="${routes.data(file)}"`);
    expect(page).toContain(`rel="license"`);
    expect(page).toContain(DATA_LICENCE.url);
  });
});

describe('article pages', () => {
  it.each(LOCALES)('the %s index lists its published articles newest first, with tag links and the feed', (locale) => {
    const page = readBuilt(pageFile(routes.articles(locale)));
    const listedIds = [...page.matchAll(/data-article="([^"]+)"/g)].map((m) => m[1]);
    const own = publishedIn(published, locale);
    expect(listedIds).toEqual(own.map((a) => a.id));
    for (const { tag } of tagsOf(own)) expect(page).toContain(`href="${routes.articleTag(locale, tag)}"`);
    expect(page).toContain(`type="application/rss+xml"`);
    expect(page).toMatch(new RegExp(`<a href="${routes.articles(locale)}"[^>]*>[^<]+</a>`));
  });

  it('builds a page for every tag, listing exactly the articles with that tag', () => {
    for (const locale of LOCALES) {
      const own = publishedIn(published, locale);
      for (const { tag } of tagsOf(own)) {
        const page = readBuilt(pageFile(routes.articleTag(locale, tag)));
        const ids = [...page.matchAll(/data-article="([^"]+)"/g)].map((m) => m[1]);
        expect(ids).toEqual(own.filter((a) => a.data.tags.includes(tag)).map((a) => a.id));
      }
    }
  });

  it('shows dates, reading time, table of contents and a link to the translation on every article', () => {
    for (const article of published) {
      const page = readBuilt(pageFile(routes.article(article.data.lang, article.id)));
      expect(page).toContain(`<time datetime="${article.data.publishDate}">`);
      expect(page).toMatch(/data-reading-minutes="[1-9]\d*"/);
      const h2s = (page.match(/<h2 id="(?!toc-heading|related)[^"]+"/g) ?? []).length;
      expect(page.includes('aria-labelledby="toc-heading"'), article.id).toBe(h2s >= 2);
      const others = translationsOf(article, published, LOCALES);
      for (const twin of others) expect(page).toContain(`href="${routes.article(twin.data.lang, twin.id)}" hreflang="${twin.data.lang}"`);
      if (others.length === 0) expect(page).not.toContain('data-translation-link');
      for (const vendor of notListed) expect(page).not.toContain(`data-vendor="${vendor.id}"`);
    }
  });
});
