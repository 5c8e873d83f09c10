import { describe, expect, it } from 'vitest';
import { featureLabel, storageLabel } from '../src/i18n/search.ts';
import { evaluateVendor } from '../src/lib/eligibility.ts';
import { vendorFacets } from '../src/lib/search-facets.ts';
import type { Vendor } from '../src/lib/schema/vendor.ts';
import { cloud, makeVendor, selfHosted } from './helpers/vendor.ts';

const eea = { accept: 'eea', excludeNonEeaJurisdiction: false } as const;

function facetsOf(vendor: Vendor) {
  const verdict = evaluateVendor(vendor, eea);
  if (verdict.status !== 'listed') throw new Error('Test vendor should be listed.');
  return vendorFacets(vendor, verdict.qualifying.map((o) => o.offering));
}

describe('search facets of a vendor', () => {
  it('takes storage countries from qualifying offerings only, and marks self-hosting', () => {
    const vendor = makeVendor({
      offerings: [cloud({ id: 'eu', storage: ['DE', 'NL'] }), cloud({ id: 'us', storage: ['US'] }), selfHosted('no')],
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
      offerings: [cloud(), selfHosted('yes')],
    });
    // The self-hosted offering sends data home, so it does not qualify, but it exists.
    expect(facetsOf(vendor)).toEqual({ storage: ['DE'], features: ['consentLog', 'access', 'selfHosting'] });
  });

  it('names facets in the reader language with the dictionary labels', () => {
    expect(storageLabel('DE', 'nl')).toBe('Duitsland');
    expect(storageLabel('DE', 'en')).toBe('Germany');
    expect(storageLabel('self-hosted', 'en')).toBe('Self-hostable');
    expect(featureLabel('consentLog', 'nl')).toBe('Bewijs van toestemming (log)');
    expect(featureLabel('selfHosting', 'en')).toBe('Self-hosted');
  });
});
