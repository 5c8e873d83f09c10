import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/locales.ts';
import { asHtml, assertBuilt, builtFiles, DIST, expectedDirectory, readBuilt } from './built-site.ts';

const { vendorFiles, listed, excluded } = expectedDirectory();
const vendorPage = (locale: string, id: string) => join(locale === 'nl' ? '' : locale, 'crm', id, 'index.html');
let html: { path: string; text: string }[] = [];

beforeAll(() => {
  assertBuilt();
  html = builtFiles()
    .filter((path) => path.endsWith('.html') || path.endsWith('.xml'))
    .map((path) => ({ path, text: readBuilt(path) }));
});

describe('the built site and the eligibility rule', () => {
  it('puts every vendor file in exactly one set: listed + excluded = vendor files', () => {
    expect(listed.length + excluded.length).toBe(vendorFiles.length);
    expect(listed.length).toBeGreaterThan(0);
    expect(excluded.length).toBeGreaterThan(0);
  });

  it('builds a page in every language for every listed vendor, with its lang and hreflang alternates', () => {
    for (const vendor of listed) {
      for (const locale of LOCALES) {
        const page = readBuilt(vendorPage(locale, vendor.id));
        const where = `${locale} page of ${vendor.id}`;
        expect(page.includes(`<html lang="${locale}"`), where).toBe(true);
        expect(new RegExp(`<h1[^>]*>${asHtml(vendor.data.name)}</h1>`).test(page), where).toBe(true);
        for (const other of LOCALES) {
          const alternate = new RegExp(`<link rel="alternate" hreflang="${other}" href="[^"]*${other === 'nl' ? '' : `/${other}`}/crm/${vendor.id}/"`);
          expect(alternate.test(page), `${where}: hreflang ${other}`).toBe(true);
        }
      }
    }
  });

  it('builds no page, link, card or sitemap entry for an excluded vendor', () => {
    const files = builtFiles();
    for (const vendor of excluded) {
      for (const locale of LOCALES) expect(existsSync(join(DIST, vendorPage(locale, vendor.id))), vendor.id).toBe(false);
      expect(files.filter((f) => f.split('/').includes(vendor.id))).toEqual([]);
      for (const { path, text } of html) {
        expect(text.includes(`/crm/${vendor.id}/`), `${path} links to excluded ${vendor.id}`).toBe(false);
        expect(text.includes(`data-vendor="${vendor.id}"`), `${path} shows a card for ${vendor.id}`).toBe(false);
      }
    }
  });

  it('names excluded vendors only on the methodology pages', () => {
    const listing = html.filter(({ path }) => !path.includes('methodology') && !path.includes('articles'));
    for (const vendor of excluded) {
      const name = `>${asHtml(vendor.data.name)}<`;
      expect(listing.filter(({ text }) => text.includes(name)).map(({ path }) => path), vendor.id).toEqual([]);
    }
  });

  it('lists exactly the listed vendors on the home page, alphabetically', () => {
    for (const locale of LOCALES) {
      const home = readBuilt(join(locale === 'nl' ? '' : locale, 'index.html'));
      const cards = [...home.matchAll(/data-vendor="([^"]+)"/g)].map((m) => m[1]);
      expect(cards).toEqual(listed.map((v) => v.id));
    }
  });

  it('names every excluded vendor with its reasons on the methodology page in every language', () => {
    for (const locale of LOCALES) {
      const page = readBuilt(join(locale === 'nl' ? '' : locale, 'methodology', 'index.html'));
      const named = [...page.matchAll(/data-excluded-vendor="([^"]+)"/g)].map((m) => m[1]);
      expect(named).toEqual(excluded.map((v) => v.id));
      for (const vendor of excluded) expect(page.includes(asHtml(vendor.data.name)), vendor.id).toBe(true);
      expect(page).toContain(locale === 'nl' ? 'niet gedocumenteerd' : 'not documented');
    }
  });

  it('has a sitemap with every listed vendor page in every language and alternates', () => {
    const sitemap = readBuilt('sitemap.xml');
    for (const vendor of listed) {
      for (const locale of LOCALES) expect(sitemap).toContain(`${locale === 'nl' ? '' : `/${locale}`}/crm/${vendor.id}/</loc>`);
    }
    expect(sitemap).toContain('hreflang="en"');
  });

  it('has a 404 page', () => {
    expect(readBuilt('404.html')).toContain('<h1');
  });
});
