import { describe, expect, it } from 'vitest';
import { featureLabel, storageLabel } from '../src/i18n/search.ts';
import { evaluateVendor } from '../src/lib/eligibility.ts';
import { decodeEntities, excerptParts } from '../src/lib/excerpt.ts';
import { vendorFacets } from '../src/lib/search-facets.ts';
import { foldWords, namedNotListed, notListedNames } from '../src/lib/not-listed-search.ts';
import { exactQuery, markedWords, marksExtend, matchKind, queryWords } from '../src/lib/search-match.ts';
import { isEmptySearch, pagefindFilters, readSearchState, writeSearchState } from '../src/lib/search-state.ts';
import type { Vendor } from '../src/lib/schema/vendor.ts';
import { cloud, makeVendor, selfHosted, transmission } from './helpers/vendor.ts';

const eea = { accept: 'eea', excludeNonEeaJurisdiction: false } as const;

function facetsOf(vendor: Vendor) {
  const verdict = evaluateVendor(vendor, eea);
  if (verdict.status !== 'listed') throw new Error('Test vendor should be listed.');
  return vendorFacets(vendor, verdict.qualifying.map((o) => o.offering));
}

describe('search facets of a vendor', () => {
  it('takes storage countries from qualifying offerings only, and marks self-hosting', () => {
    const vendor = makeVendor({
      offerings: [cloud({ id: 'eu', storage: ['DE', 'NL'] }), cloud({ id: 'us', storage: ['US'] }), selfHosted()],
    });
    expect(facetsOf(vendor).storage).toEqual(['DE', 'NL', 'self-hosted']);
  });

  it('lists EU/EEA storage without named countries as its own value', () => {
    expect(facetsOf(makeVendor({ offerings: [cloud({ storage: 'eea' })] })).storage).toEqual(['eea']);
  });

  it('counts a feature only when its status is yes; self-hosting when the product can be self-hosted', () => {
    const vendor = makeVendor({
      consent: { ...makeVendor().consent, consentLog: { status: 'yes', source: ['s'] } },
      rights: { ...makeVendor().rights, erasure: { status: 'partial', source: ['s'] }, access: { status: 'yes', source: ['s'] } },
      offerings: [cloud(), selfHosted([transmission({ data: 'crm-records', switchOff: 'no' })])],
    });
    // The self-hosted offering sends data home, so it does not qualify, but it exists.
    expect(facetsOf(vendor)).toEqual({ storage: ['DE'], features: ['consentLog', 'access', 'selfHosting'] });
  });

  it('names facets in the reader language with the dictionary labels', () => {
    expect(storageLabel('DE', 'nl')).toBe('Duitsland');
    expect(storageLabel('DE', 'en')).toBe('Germany');
    expect(storageLabel('self-hosted', 'en')).toBe('Self-hosted: your own server or your hosting partner');
    expect(featureLabel('consentLog', 'nl')).toBe('Bewijs van toestemming (log)');
    expect(featureLabel('selfHosting', 'en')).toBe('Self-hosted');
  });
});

describe('search state in the URL', () => {
  it('reads query, type and repeated filters, dropping unknown values', () => {
    const state = readSearchState(
      new URLSearchParams('q=+consent+&type=article&country=DE&country=xx&country=DE&country=self-hosted&feature=erasure&feature=bogus'),
    );
    expect(state).toEqual({ q: 'consent', type: 'article', country: ['DE', 'self-hosted'], feature: ['erasure'] });
    expect(readSearchState(new URLSearchParams('type=page')).type).toBeNull();
  });

  it('writes only what is set, so the URL of an empty search is bare', () => {
    expect(writeSearchState({ q: '', type: null, country: [], feature: [] }).toString()).toBe('');
    const state = { q: 'a&b', type: 'vendor', country: ['NL', 'eea'], feature: ['consentLog', 'iso27001'] } as const;
    const written = writeSearchState({ ...state, country: [...state.country], feature: [...state.feature] });
    expect(written.toString()).toBe('q=a%26b&type=vendor&country=NL&country=eea&feature=consentLog&feature=iso27001');
    expect(readSearchState(written)).toEqual(state);
  });

  it('cuts very long queries', () => {
    expect(readSearchState(new URLSearchParams({ q: 'x'.repeat(500) })).q).toHaveLength(200);
  });

  it('turns a state into Pagefind filters: any of the countries, all of the features', () => {
    const labels: Record<string, string> = { 'country:DE': 'Duitsland', 'country:NL': 'Nederland', 'feature:erasure': 'Wissen', 'feature:access': 'Recht op inzage (export)' };
    const state = readSearchState(new URLSearchParams('type=vendor&country=DE&country=NL&country=FR&feature=erasure&feature=access'));
    expect(pagefindFilters(state, (group, key) => labels[`${group}:${key}`])).toEqual({
      type: 'vendor',
      country: { any: ['Duitsland', 'Nederland'] },
      feature: ['Wissen', 'Recht op inzage (export)'],
    });
    expect(pagefindFilters(readSearchState(new URLSearchParams('q=x')), () => undefined)).toEqual({});
    expect(isEmptySearch(readSearchState(new URLSearchParams('country=DE')))).toBe(false);
    expect(isEmptySearch(readSearchState(new URLSearchParams('q=%20')))).toBe(true);
  });
});

describe('excerpts', () => {
  it('splits on mark tags and decodes entities, so markup in the text stays text', () => {
    expect(excerptParts('a <mark>consent</mark> &lt;img src=x onerror=alert(1)&gt; &amp; <mark>log</mark>')).toEqual([
      { text: 'a ', mark: false },
      { text: 'consent', mark: true },
      { text: ' <img src=x onerror=alert(1)> & ', mark: false },
      { text: 'log', mark: true },
    ]);
  });

  it('treats any other tag as text and survives unbalanced marks', () => {
    expect(excerptParts('<b>x</b> <mark>y')).toEqual([
      { text: '<b>x</b> ', mark: false },
      { text: 'y', mark: true },
    ]);
  });

  it('decodes numeric references and leaves unknown ones alone', () => {
    expect(decodeEntities('&#39;&#x27;&quot;&nbsp;&bogus;&#0;')).toBe(`''"\u00a0&bogus;&#0;`);
  });
});

describe('a real match or Pagefind\'s nearest-word fallback', () => {
  it('splits a query into words as Pagefind normalises it', () => {
    expect(queryWords('  Sub-processors  LIST ')).toEqual(['subprocessors', 'list']);
    expect(queryWords("droit d'accès")).toEqual(['droit', 'daccès']);
    expect(exactQuery('bewaartermijn')).toBe('"bewaartermijn"');
  });

  it('reads the words Pagefind marked in an excerpt', () => {
    expect(markedWords('De <mark>bewaartermijnen</mark> per <mark>Sub-processor</mark>, &amp; meer')).toEqual(['bewaartermijnen', 'subprocessor']);
    expect(markedWords('niets gemarkeerd')).toEqual([]);
  });

  it('takes a marked word that begins with the typed word as a real match, a shorter one as a fallback', () => {
    expect(marksExtend(['bewaartermijnen'], 'bewaarterm')).toBe(true);
    expect(marksExtend(['accès'], 'acces')).toBe(true);
    // "hubspot" found through "h", "retentie" through "retention" (a word it does not begin).
    expect(marksExtend(['h'], 'hubspot')).toBe(false);
    expect(marksExtend(['retention'], 'retentie')).toBe(false);
    expect(marksExtend(['te', 'team'], 'teamleader')).toBe(false);
    // Nothing marked (a title-only match) is no evidence of a fallback.
    expect(marksExtend([], 'webcrm')).toBe(true);
  });

  it('calls a search found only when every query word matches for real', () => {
    expect(matchKind(0, [])).toBe('nothing');
    expect(matchKind(3, [{ word: 'recht', exact: true, marked: [] }, { word: 'inzage', exact: true, marked: [] }])).toBe('found');
    expect(matchKind(19, [{ word: 'teamleader', exact: false, marked: ['te'] }])).toBe('nearest-only');
    expect(matchKind(4, [{ word: 'bewaar', exact: false, marked: ['bewaartermijn'] }])).toBe('found');
    expect(matchKind(2, [{ word: 'recht', exact: true, marked: [] }, { word: 'hubspot', exact: false, marked: ['h'] }])).toBe('nearest-only');
    // The word's own search found nothing at all.
    expect(matchKind(2, [{ word: 'zzz', exact: false, marked: null }])).toBe('nearest-only');
  });
});

describe('naming a vendor that is not listed', () => {
  const all = ['HubSpot Smart CRM', 'Zoho CRM', 'Odoo CRM', 'Exact Online', 'noCRM.io', 'Microsoft Dynamics 365 Sales', 'webCRM', 'Lime CRM', 'SuiteCRM'];
  const entries = notListedNames(
    [
      { id: 'hubspot', name: 'HubSpot Smart CRM', state: 'excluded' },
      { id: 'zoho-crm', name: 'Zoho CRM', state: 'excluded' },
      { id: 'odoo', name: 'Odoo CRM', state: 'awaiting-evidence' },
      { id: 'nocrm', name: 'noCRM.io', state: 'awaiting-evidence' },
      { id: 'microsoft-dynamics-365', name: 'Microsoft Dynamics 365 Sales', state: 'awaiting-evidence' },
    ],
    all,
  );
  const named = (query: string) => namedNotListed(query, entries).map((e) => e.id);

  it('folds names into words', () => {
    expect(foldWords('HubSpot Smart-CRM')).toEqual(['hubspot', 'smart', 'crm']);
    expect(foldWords('Téamleader')).toEqual(['teamleader']);
  });

  it('finds a vendor by a word of its name or id, or a start of one of four letters or more', () => {
    expect(named('hubspot')).toEqual(['hubspot']);
    expect(named('HubSpot alternatives')).toEqual(['hubspot']);
    expect(named('hubs')).toEqual(['hubspot']);
    expect(named('odoo crm')).toEqual(['odoo']);
    expect(named('dynamics')).toEqual(['microsoft-dynamics-365']);
    expect(named('nocrm')).toEqual(['nocrm']);
  });

  it('does not take words many vendors share, short starts or other words for a name', () => {
    expect(named('crm')).toEqual([]);
    expect(named('hub')).toEqual([]);
    expect(named('365')).toEqual([]);
    expect(named('bewaartermijn')).toEqual([]);
    expect(named('')).toEqual([]);
  });
});
