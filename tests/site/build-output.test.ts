import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_KINDS } from '../../src/lib/evidence.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { describeCondition } from '../../src/i18n/verdict.ts';
import { dictionary, publisherName } from '../../src/i18n/index.ts';
import { routes } from '../../src/i18n/routes.ts';
import { GUIDES } from '../../src/lib/guides.ts';
import { asHtml, assertBuilt, builtFiles, DIST, expectedDirectory, readBuilt } from './built-site.ts';

const { vendorFiles, listed, awaiting, excluded, notListed } = expectedDirectory();
const vendorPage = (locale: string, id: string) => join(locale === 'nl' ? '' : locale, 'crm', id, 'index.html');
let html: { path: string; text: string }[] = [];

/** A not-listed vendor's entry on the methodology page: from its marker to the next one. */
function entryOf(page: string, id: string): string {
  const start = page.indexOf(`data-vendor-state="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  const next = page.indexOf('data-vendor-state=', start + 20);
  return page.slice(start, next === -1 ? page.indexOf('</main>', start) : next);
}

beforeAll(() => {
  assertBuilt();
  html = builtFiles()
    .filter((path) => path.endsWith('.html') || path.endsWith('.xml'))
    .map((path) => ({ path, text: readBuilt(path) }));
});

describe('the built site and the eligibility rule', () => {
  it('puts every vendor file in exactly one state: listed + awaiting evidence + excluded = vendor files', () => {
    expect(listed.length + awaiting.length + excluded.length).toBe(vendorFiles.length);
    expect(listed.length).toBeGreaterThan(0);
    expect(awaiting.length).toBeGreaterThan(0);
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

  it('builds no page, link, card or sitemap entry for a vendor that is awaiting evidence or excluded', () => {
    const files = builtFiles();
    for (const vendor of notListed) {
      for (const locale of LOCALES) expect(existsSync(join(DIST, vendorPage(locale, vendor.id))), vendor.id).toBe(false);
      expect(files.filter((f) => f.split('/').includes(vendor.id))).toEqual([]);
      for (const { path, text } of html) {
        expect(text.includes(`/crm/${vendor.id}/`), `${path} links to ${vendor.id}, which is not listed`).toBe(false);
        expect(text.includes(`data-vendor="${vendor.id}"`), `${path} shows a card for ${vendor.id}`).toBe(false);
      }
    }
  });

  it('names vendors that are not listed only on the methodology pages', () => {
    const listing = html.filter(({ path }) => !path.includes('methodology') && !path.includes('articles'));
    for (const vendor of notListed) {
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

  it('shows the two states that are not listed apart on the methodology page, in every language', () => {
    for (const locale of LOCALES) {
      const page = readBuilt(join(locale === 'nl' ? '' : locale, 'methodology', 'index.html'));
      const inState = (state: string) => [...page.matchAll(new RegExp(`data-not-listed="${state}" data-vendor-state="([^"]+)"`, 'g'))].map((m) => m[1]);
      expect(inState('awaiting-evidence')).toEqual(awaiting.map((v) => v.id));
      expect(inState('excluded')).toEqual(excluded.map((v) => v.id));
      for (const vendor of notListed) expect(page.includes(asHtml(vendor.data.name)), vendor.id).toBe(true);
      expect(page).toContain(asHtml(dictionary(locale).methodology.awaitingIntro));
    }
  });

  it('links every reason of an excluded vendor to the source that shows it, with its date', () => {
    for (const locale of LOCALES) {
      const page = readBuilt(join(locale === 'nl' ? '' : locale, 'methodology', 'index.html'));
      for (const vendor of excluded) {
        const entry = entryOf(page, vendor.id);
        const reasons = vendor.verdict.offerings.flatMap((o) => o.reasons).filter((r) => r.code.endsWith('-outside') || r.code === 'sends-personal-data');
        expect(reasons.length, vendor.id).toBeGreaterThan(0);
        for (const reason of reasons) {
          expect(reason.sources.length, `${vendor.id}: ${reason.code}`).toBeGreaterThan(0);
          for (const id of reason.sources) {
            const source = vendor.data.sources.find((s) => s.id === id)!;
            expect(EVIDENCE_KINDS[source.kind].decides, `${vendor.id}: ${id} decides`).toBe(true);
            expect(entry.includes(`href="${asHtml(source.url)}"`), `${locale} methodology links ${vendor.id}'s ${id}`).toBe(true);
          }
        }
        expect(entry).toContain('data-source-link=');
      }
    }
  });

  it('gives every awaiting vendor what is missing and the questions that would settle it', () => {
    const page = readBuilt(join('en', 'methodology', 'index.html'));
    for (const vendor of awaiting) {
      const entry = entryOf(page, vendor.id);
      expect(entry, vendor.id).toContain('data-basis="missing-evidence"');
      expect(entry, vendor.id).toContain('data-questions');
      expect(entry, vendor.id).toContain('Last looked on');
    }
  });

  it('publishes /data/verdicts.json with every vendor file in its state, valid against its JSON Schema', () => {
    const json = JSON.parse(readBuilt('data/verdicts.json'));
    const schema = JSON.parse(readBuilt('data/verdicts.schema.json'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(json.vendors.map((v: { id: string }) => v.id).sort()).toEqual(vendorFiles.map((f) => f.path.split('/').pop()!.replace('.mdx', '')).sort());
    expect(json.counts).toEqual({ files: vendorFiles.length, listed: listed.length, 'awaiting-evidence': awaiting.length, excluded: excluded.length });
    for (const vendor of [...listed, ...awaiting, ...excluded]) {
      const record = json.vendors.find((v: { id: string }) => v.id === vendor.id);
      expect(record.state, vendor.id).toBe(vendor.verdict.status);
      expect(record.lastVerified).toBe(vendor.data.lastVerified);
      for (const offering of record.offerings) {
        for (const reason of offering.reasons) for (const source of reason.sources) expect(source.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('rests every listed vendor’s deciding facts on first-party sources', () => {
    const decides = (vendor: (typeof listed)[number], ids: readonly string[] | undefined) =>
      (ids ?? []).some((id) => EVIDENCE_KINDS[vendor.data.sources.find((s) => s.id === id)!.kind].decides);
    for (const vendor of listed) {
      for (const { offering } of vendor.verdict.qualifying) {
        const where = `${vendor.id} / ${offering.id}`;
        expect(decides(vendor, offering.source), `${where}: the offering exists`).toBe(true);
        if (offering.kind === 'self-hosted') continue;
        const commitment = offering.commitment && decides(vendor, offering.commitment.source) ? offering.commitment : undefined;
        expect(decides(vendor, offering.storage.source), `${where}: storage`).toBe(true);
        const listedBlock = offering.subProcessors.locations === 'listed' && decides(vendor, offering.subProcessors.source);
        expect(listedBlock || Boolean(commitment), `${where}: sub-processors`).toBe(true);
        const covered = commitment && (commitment.covers ?? ['support-access']).includes('support-access');
        expect(decides(vendor, offering.supportAccess.source) || Boolean(covered), `${where}: support access`).toBe(true);
      }
    }
  });

  it('shows a listed vendor’s conditions on its card, its page and its table row', () => {
    const withConditions = listed.filter((v) => v.verdict.qualifying.some((o) => o.conditions.length > 0));
    expect(withConditions.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const prefix = locale === 'nl' ? '' : locale;
      const home = readBuilt(join(prefix, 'index.html'));
      const compare = readBuilt(join(prefix, 'compare', 'index.html'));
      for (const vendor of withConditions) {
        const texts = vendor.verdict.qualifying.flatMap((o) => o.conditions.map((c) => asHtml(describeCondition(c, locale))));
        const card = home.slice(home.indexOf(`data-vendor="${vendor.id}"`), home.indexOf('</article>', home.indexOf(`data-vendor="${vendor.id}"`)));
        const row = compare.slice(compare.indexOf(`data-id="${vendor.id}"`), compare.indexOf('</tr>', compare.indexOf(`data-id="${vendor.id}"`)));
        const page = readBuilt(vendorPage(locale, vendor.id));
        for (const text of texts) {
          expect(card, `${locale} card of ${vendor.id}`).toContain(text);
          expect(row, `${locale} row of ${vendor.id}`).toContain(text);
          expect(page, `${locale} page of ${vendor.id}`).toContain(text);
        }
        expect(page).toContain('data-conditions');
      }
    }
  });

  it('labels every source on a vendor page by its title and kind, not by its id', () => {
    for (const vendor of listed) {
      const page = readBuilt(vendorPage('en', vendor.id));
      expect(page, vendor.id).not.toMatch(/aria-label="source: /);
      for (const [, kind] of page.matchAll(/data-kind="([^"]+)"/g)) expect(Object.keys(EVIDENCE_KINDS)).toContain(kind);
      const copies = vendor.verdict.qualifying.some((o) => o.evidence.some((id) => vendor.data.sources.find((s) => s.id === id)!.kind === 'vendor-copy'));
      expect(page.includes('data-copies-notice'), `${vendor.id}: notice of copies`).toBe(copies);
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

describe('how to answer a data-subject request, on every listed vendor page', () => {
  it('shows access, portability, rectification and erasure, links only the vendor’s own sources, and links the guide', () => {
    for (const locale of LOCALES) {
      for (const vendor of listed) {
        const page = parse(readBuilt(vendorPage(locale, vendor.id)));
        const section = page.querySelector('[data-dsr]');
        const where = `${locale} page of ${vendor.id}`;
        expect(section, where).not.toBeNull();
        expect(section!.querySelectorAll('[data-dsr-right]').map((dd) => dd.getAttribute('data-dsr-right')), where).toEqual(['access', 'portability', 'rectification', 'erasure']);
        const sourceUrls = new Set(vendor.data.sources.map((s) => s.url));
        for (const link of section!.querySelectorAll('a[data-dsr-doc]')) {
          expect(sourceUrls.has(link.getAttribute('href')!), `${where}: ${link.getAttribute('href')} is one of its sources`).toBe(true);
        }
        const guide = section!.querySelector('a[data-guide]')!.getAttribute('href');
        expect(guide, where).toBe(routes.article(locale, GUIDES.dataSubjectRequest[locale]));
        for (const dd of section!.querySelectorAll('[data-dsr-right]')) {
          const unknown = dd.getAttribute('data-status') === 'unknown';
          // Nothing is said where no source documents it: an unknown right gets the question, not a claim.
          expect(dd.querySelectorAll('a[data-dsr-doc]').length > 0 && unknown, `${where}: ${dd.getAttribute('data-dsr-right')}`).toBe(false);
        }
      }
    }
  });
});

describe('the Dutch register', () => {
  it('addresses the reader as "u" on every Dutch page: no je, jij or jouw outside quotations and text in another language', () => {
    const dutch = builtFiles().filter((path) => path.endsWith('.html') && !/^(en|fr)\//.test(path) && !path.startsWith('pagefind/'));
    expect(dutch.length).toBeGreaterThan(30);
    const informal = /(?<![\p{L}\p{N}_])(je|jij|jouw)(?![\p{L}\p{N}_])/iu;
    const hits: string[] = [];
    for (const path of dutch) {
      const root = parse(readBuilt(path));
      for (const el of root.querySelectorAll('script, style, q, blockquote, [lang]:not(html)')) if (el.getAttribute('lang') !== 'nl') el.remove();
      const text = root.querySelector('body')?.textContent ?? '';
      const match = informal.exec(text);
      if (match) hits.push(`${path}: …${text.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}…`);
    }
    expect(hits).toEqual([]);
  });
});

describe('the publisher, named in each page’s language', () => {
  it('names the publisher on the about and privacy pages in the page’s language, from the one configuration', () => {
    for (const locale of LOCALES) {
      for (const page of ['about', 'privacy']) {
        const html = readBuilt(join(locale === 'nl' ? '' : locale, page, 'index.html'));
        expect(html, `${locale} ${page}`).toContain(asHtml(publisherName(locale)));
        for (const other of LOCALES.filter((l) => l !== locale)) expect(html.includes(asHtml(publisherName(other))), `${locale} ${page} names the ${other} publisher`).toBe(false);
      }
    }
  });
});
