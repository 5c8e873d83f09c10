import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_MAILTO_LENGTH } from '../../src/i18n/evidence-request.ts';
import { dictionary } from '../../src/i18n/index.ts';
import { routes } from '../../src/i18n/routes.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { PUBLISHER } from '../../src/lib/site.ts';
import { assertBuilt, expectedDirectory, readBuilt } from './built-site.ts';

/**
 * The record on the real built site (issue 15): a history section and an evidence link on every
 * vendor page and every entry of a vendor that is not listed, the changes and corrections pages
 * and the feeds in every language, linked from every page's footer. What the history says is
 * tested on a fixture repository (history.test.ts), not on this repository's own history.
 */

const { listed, notListed } = expectedDirectory();
const html = (path: string): HTMLElement => parse(readBuilt(`${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`));

function checkEvidence(link: HTMLElement | null, name: string, url: string, where: string) {
  expect(link, where).not.toBeNull();
  const href = link!.getAttribute('href')!;
  expect(href.length, where).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
  const mail = new URL(href);
  expect(mail.protocol, where).toBe('mailto:');
  expect(mail.pathname, where).toBe(PUBLISHER.evidenceEmail);
  expect(mail.searchParams.get('subject'), where).toContain(name);
  const body = mail.searchParams.get('body')!;
  expect(body.startsWith(`${name}: ${url}`), where).toBe(true);
  return body;
}

beforeAll(() => assertBuilt());

describe('the record on every vendor', () => {
  it('gives every listed vendor page, in every language, a history section and a prefilled evidence link', () => {
    for (const vendor of listed) {
      for (const locale of LOCALES) {
        const path = routes.vendor(locale, vendor.id);
        const page = html(path);
        const where = `${locale} ${vendor.id}`;
        const history = page.querySelector('section#history');
        expect(history, where).not.toBeNull();
        expect(history!.querySelector('h2')!.text, where).toBe(dictionary(locale).history.heading);
        expect(history!.hasAttribute('data-pagefind-ignore'), where).toBe(true);
        checkEvidence(page.querySelector('[data-evidence-link]'), vendor.data.name, new URL(path, 'https://eu-crm-guide.example').href, where);
      }
    }
  });

  it('gives every vendor that is not listed a history and an evidence link in its methodology entry, with what is missing', () => {
    for (const locale of LOCALES) {
      const page = html(routes.methodology(locale));
      for (const vendor of notListed) {
        const entry = page.querySelector(`#vendor-${vendor.id}`)!;
        const where = `${locale} ${vendor.id}`;
        expect(entry.querySelector(`#vendor-${vendor.id}-history`), where).not.toBeNull();
        const body = checkEvidence(entry.querySelector('[data-evidence-link]'), vendor.data.name, new URL(routes.notListedEntry(locale, vendor.id), 'https://eu-crm-guide.example').href, where);
        const e = dictionary(locale).evidence;
        expect(body, where).toContain(vendor.verdict.status === 'awaiting-evidence' ? e.bodyMissing : e.bodyFindings);
      }
    }
  });
});

describe('the changes and corrections pages', () => {
  it('exist in every language, are linked from every page’s footer and the methodology page, and the feed is RSS', () => {
    const xml = new XMLParser({ ignoreAttributes: false });
    for (const locale of LOCALES) {
      const t = dictionary(locale);
      expect(html(routes.changes(locale)).querySelector('h1')!.text).toBe(t.changesPage.heading);
      expect(html(routes.corrections(locale)).querySelector('h1')!.text).toBe(t.correctionsPage.heading);
      for (const path of [routes.home(locale), routes.compare(locale), routes.vendor(locale, listed[0]!.id)]) {
        const footer = html(path).querySelector('footer')!;
        for (const href of [routes.changes(locale), routes.changesFeed(locale), routes.corrections(locale)]) expect(footer.querySelector(`a[href="${href}"]`), `${path} → ${href}`).not.toBeNull();
      }
      const methodology = html(routes.methodology(locale)).querySelector('#changes')!.parentNode;
      for (const href of [routes.changes(locale), routes.changesFeed(locale), routes.corrections(locale)]) expect(methodology.querySelector(`a[href="${href}"]`), href).not.toBeNull();
      const feed = xml.parse(readBuilt(join(locale === 'nl' ? '' : locale, 'changes.xml')));
      expect(feed.rss.channel.title).toBe(t.changesPage.feedTitle);
      const head = html(routes.changes(locale)).querySelector('link[type="application/rss+xml"]')!;
      expect(head.getAttribute('title')).toBe(t.changesPage.feedTitle);
    }
  });
});
