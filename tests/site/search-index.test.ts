import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeOfPath } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { assertBuilt, expectedDirectory } from './built-site.ts';
import { fragments, indexFiles, PAGEFIND, wordPattern, type IndexFile } from './search-index.ts';

const { listed, notListed } = expectedDirectory();
let files: IndexFile[] = [];
let pages: ReturnType<typeof fragments> = [];

beforeAll(() => {
  assertBuilt();
  if (!existsSync(join(PAGEFIND, 'pagefind-entry.json'))) throw new Error('dist/pagefind/ is missing: the build writes the search index.');
  files = indexFiles();
  pages = fragments();
});

describe('the built search index', () => {
  it('has one index per language, with every listed vendor page, the articles and the methodology', () => {
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual([...LOCALES].sort());
    const urls = pages.map((page) => page.url);
    for (const vendor of listed) {
      expect(urls).toContain(`/crm/${vendor.id}/`);
      expect(urls).toContain(`/en/crm/${vendor.id}/`);
    }
    expect(urls).toEqual(expect.arrayContaining(['/methodology/', '/en/methodology/']));
    expect(urls.some((url) => url.startsWith('/articles/'))).toBe(true);
    expect(urls.some((url) => url.startsWith('/en/articles/'))).toBe(true);
    for (const page of pages) expect(page.language, page.url).toBe(localeOfPath(page.url));
    // Nothing but marked main content: no home, search page or 404.
    expect(urls.filter((url) => ['/', '/en/', '/search/', '/en/search/', '/404.html'].includes(url))).toEqual([]);
  });

  it('holds no vendor that is not listed: no page, and the name nowhere in text, meta, filters or words', () => {
    // The check can fail: listed vendors are found with it.
    for (const vendor of listed) expect(files.some((file) => wordPattern(vendor.data.name).test(file.text)), vendor.id).toBe(true);
    for (const vendor of notListed) {
      expect(pages.filter((page) => page.url.includes(`/crm/${vendor.id}/`)).map((p) => p.url), vendor.id).toEqual([]);
      const name = wordPattern(vendor.data.name);
      expect(files.filter((file) => name.test(file.text)).map((file) => file.path), vendor.data.name).toEqual([]);
    }
  });

  it('files vendor pages under type, storage country and features in the page language', () => {
    const webcrm = (url: string) => pages.find((page) => page.url === url)!;
    expect(webcrm('/crm/webcrm/').filters).toMatchObject({ type: ['vendor'], country: ['Ierland'] });
    expect(webcrm('/en/crm/webcrm/').filters).toMatchObject({ type: ['vendor'], country: ['Ireland'] });
    expect(webcrm('/en/crm/webcrm/').meta.title).toBe('webCRM');
    for (const page of pages) {
      const type = page.url.includes('/crm/') ? 'vendor' : page.url.includes('/articles/') ? 'article' : 'page';
      expect(page.filters.type, page.url).toEqual([type]);
    }
    const features = new Set(pages.flatMap((page) => page.filters.feature ?? []));
    expect(features).toContain('Self-hosted');
    expect(features).toContain('Zelf hosten');
  });

  it('leaves repeated chrome out of the text: no criterion explanations or navigation on vendor pages', () => {
    const vendorPages = pages.filter((page) => page.url.includes('/crm/'));
    for (const page of vendorPages) {
      expect(page.content, page.url).not.toContain('Bewaartermijnen per soort record');
      expect(page.content, page.url).not.toContain('Retention periods per record type');
      expect(page.content, page.url).not.toContain('CRM-overzicht');
      expect(page.content, page.url).not.toMatch(/CLOUD Act, (ook|even)/);
    }
  });
});
