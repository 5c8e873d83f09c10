import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { CRITERION_KEYS } from '../../src/lib/criteria.ts';
import { translationsOf } from '../../src/lib/articles.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/locales.ts';
import { assertBuilt, DIST, expectedDirectory, readBuilt } from './built-site.ts';

const { articles } = checkContent(readContentFiles('src/content/vendors'), readContentFiles('src/content/articles'));
const published = articles.filter((article) => !article.data.draft);
const { listed } = expectedDirectory();
const listedIds = new Set(listed.map((vendor) => vendor.id));

const articlePath = (lang: string, id: string) => join(lang === DEFAULT_LOCALE ? '' : lang, 'articles', id, 'index.html');
/** Query parameters the comparison table understands (see the team brief / compare page). */
const COMPARE_PARAMS = new Set(['need', 'lang', 'free', 'maxPrice', 'noUsParent', 'vendorHosted', 'selfHosted', 'q', 'sort', 'dir', 'compare']);

/** The article body as built: the prose block, without the related-vendor cards after it. */
function body(page: string): string {
  const start = page.indexOf('class="prose-block');
  const end = page.indexOf('aria-labelledby="related"', start);
  return page.slice(start, end === -1 ? page.indexOf('</article>', start) : end);
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map(([, href = '']) => href.replace(/&amp;/g, '&'));
}

/** The built file a site path maps to, or undefined when there is none. */
function builtTarget(pathname: string): string | undefined {
  const candidates = [join(pathname, 'index.html'), pathname];
  return candidates.find((candidate) => existsSync(join(DIST, candidate)));
}

let pages = new Map<string, string>();

beforeAll(() => {
  assertBuilt();
  pages = new Map(published.map((article) => [article.id, readBuilt(articlePath(article.data.lang, article.id))]));
});

describe('articles on the built site', () => {
  it('has published articles in every language, each with a version in every other language that points back', () => {
    expect(new Set(published.map((a) => a.data.lang))).toEqual(new Set(LOCALES));
    for (const article of published) {
      const others = translationsOf(article, published, LOCALES);
      expect(others.map((o) => o.data.lang), `${article.id}: translations`).toEqual(LOCALES.filter((l) => l !== article.data.lang));
    }
  });

  it('builds each article in its own language with hreflang links to its other versions', () => {
    for (const article of published) {
      const page = pages.get(article.id)!;
      expect(page.includes(`<html lang="${article.data.lang}"`), article.id).toBe(true);
      for (const twin of translationsOf(article, published, LOCALES)) {
        const twinPath = `/${articlePath(twin.data.lang, twin.id).replace(/index\.html$/, '')}`;
        expect(page, article.id).toMatch(new RegExp(`hreflang="${twin.data.lang}" href="[^"]*${twinPath}"`));
      }
    }
  });

  it('shows a card for every vendor an article names, and names only listed vendors', () => {
    for (const article of published) {
      for (const id of article.data.vendors) {
        expect(listedIds.has(id), `${article.id} names ${id}, which is not listed`).toBe(true);
        expect(pages.get(article.id)!.includes(`data-vendor="${id}"`), `${article.id}: card for ${id}`).toBe(true);
      }
    }
  });

  it('links only to pages and headings that exist, and to comparison filters with real criteria', () => {
    for (const article of published) {
      for (const href of hrefs(body(pages.get(article.id)!))) {
        if (!href.startsWith('/')) continue;
        const url = new URL(href, 'https://site.test');
        const where = `${article.id} → ${href}`;
        if (/^\/(?:[a-z]{2}\/)?compare\/$/.test(url.pathname)) {
          for (const [key, value] of url.searchParams) {
            expect(COMPARE_PARAMS.has(key), `${where}: parameter ${key}`).toBe(true);
            if (key === 'need') expect(CRITERION_KEYS, `${where}: criterion`).toContain(value);
          }
          // The comparison table is built on another branch; once it is here, its page must exist too.
          if (!existsSync(join(DIST, 'compare'))) continue;
        }
        const target = builtTarget(url.pathname);
        expect(target, `${where}: no such page`).toBeDefined();
        if (url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          expect(readBuilt(target!).includes(`id="${id}"`), `${where}: no heading #${id}`).toBe(true);
        }
      }
    }
  });

  it('wraps every table in a scrollable, labelled region so a wide table never widens the page', () => {
    for (const [id, page] of pages) {
      const tables = (body(page).match(/<table/g) ?? []).length;
      const wrapped = (body(page).match(/<section class="prose-table" aria-label="[^"]+" tabindex="0">\s*<table/g) ?? []).length;
      expect(wrapped, id).toBe(tables);
    }
  });
});
