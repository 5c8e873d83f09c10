import { describe, expect, it } from 'vitest';
import { routes } from '../src/i18n/routes.ts';
import { DATA_FILES, PAGES_FROM_CONTENT, PAGES_PER_LOCALE, sitePages } from '../src/lib/site-pages.ts';

describe('sitePages', () => {
  it('classifies every route, so a new page cannot be missed by the link check', () => {
    const classified = new Set<string>([...PAGES_PER_LOCALE, ...PAGES_FROM_CONTENT, 'data']);
    expect(Object.keys(routes).filter((key) => !classified.has(key))).toEqual([]);
  });

  const article = (id: string, lang: 'nl' | 'en' | 'fr', tags: string[] = [], draft = false) => ({ id, data: { lang, draft, tags } });
  const pages = sitePages(routes, { listed: ['acme'], articles: [article('stuk', 'nl', ['consent']), article('piece', 'en'), article('later', 'en', ['retention'], true)] });

  it('has every fixed page in every language, and the data files once', () => {
    for (const path of ['/', '/en/', '/fr/', '/compare/', '/en/methodology/', '/fr/search/strings.json', '/en/rss.xml', '/404.html']) expect(pages).toContain(path);
    for (const file of DATA_FILES) expect(pages).toContain(`/data/${file}`);
    expect(pages).not.toContain('/en/data/vendors.json');
  });

  it('has a page for a listed vendor in every language, and for an article and its tags only in its own language', () => {
    expect(['/crm/acme/', '/en/crm/acme/', '/fr/crm/acme/'].every((p) => pages.has(p))).toBe(true);
    expect(pages).toContain('/articles/stuk/');
    expect(pages).toContain('/articles/tags/consent/');
    expect(pages).not.toContain('/en/articles/stuk/');
    expect(pages).not.toContain('/en/articles/tags/consent/');
    expect(pages).toContain('/en/articles/piece/');
  });

  it('has no page for a draft or its tags', () => {
    expect(pages).not.toContain('/en/articles/later/');
    expect(pages).not.toContain('/en/articles/tags/retention/');
  });
});
