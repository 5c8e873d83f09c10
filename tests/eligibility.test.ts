import { describe, expect, it } from 'vitest';
import { evaluateVendor, partition, type Policy } from '../src/lib/eligibility.ts';
import { cloud, makeVendor, selfHosted } from './helpers/vendor.ts';

const eea: Policy = { accept: 'eea', excludeNonEeaJurisdiction: false };
const adequacy: Policy = { accept: 'eea-and-adequacy', excludeNonEeaJurisdiction: false };
const strictJurisdiction: Policy = { accept: 'eea', excludeNonEeaJurisdiction: true };

function reasonsOf(verdict: ReturnType<typeof evaluateVendor>) {
  return verdict.offerings.flatMap((o) => o.reasons);
}

describe('eligibility rule', () => {
  it('lists a vendor storing and processing in Norway (EEA, not EU)', () => {
    const vendor = makeVendor({ offerings: [cloud({ storage: ['NO'], subProcessors: [{ name: 'Visma', countries: ['NO'] }] })] });
    expect(evaluateVendor(vendor, eea).status).toBe('listed');
  });

  it('excludes storage in the United Kingdom under `eea`, lists it under `eea-and-adequacy`', () => {
    const vendor = makeVendor({ offerings: [cloud({ storage: ['GB'] })] });
    const strict = evaluateVendor(vendor, eea);
    expect(strict.status).toBe('excluded');
    expect(reasonsOf(strict)).toEqual([{ code: 'storage-outside', country: 'GB' }]);
    expect(evaluateVendor(vendor, adequacy).status).toBe('listed');
  });

  it('accepts the US under adequacy only for an offering certified under the Data Privacy Framework', () => {
    const certified = makeVendor({ offerings: [cloud({ storage: ['US'], dpf: 'yes' })] });
    const uncertified = makeVendor({ offerings: [cloud({ storage: ['US'], dpf: 'unknown' })] });
    expect(evaluateVendor(certified, adequacy).status).toBe('listed');
    expect(evaluateVendor(uncertified, adequacy).status).toBe('excluded');
    expect(evaluateVendor(certified, eea).status).toBe('excluded');
  });

  it('accepts storage the vendor documents as EU/EEA without naming countries, with a caveat', () => {
    const vendor = makeVendor({ offerings: [cloud({ storage: 'eea' })] });
    const verdict = evaluateVendor(vendor, eea);
    expect(verdict.status).toBe('listed');
    expect(verdict.offerings[0]!.caveats).toContainEqual({ code: 'storage-countries-unnamed' });
  });

  it('excludes a listed sub-processor whose location is not documented', () => {
    const vendor = makeVendor({ offerings: [cloud({ subProcessors: [{ name: 'Mailer Inc', countries: 'unknown' }] })] });
    const verdict = evaluateVendor(vendor, eea);
    expect(verdict.status).toBe('excluded');
    expect(reasonsOf(verdict)).toEqual([{ code: 'subprocessor-location-undocumented', name: 'Mailer Inc' }]);
  });

  it('excludes when neither storage nor sub-processor locations are documented, giving both reasons', () => {
    const vendor = makeVendor({ offerings: [cloud({ storage: 'unknown', locations: 'not-documented', subProcessors: [] })] });
    expect(reasonsOf(evaluateVendor(vendor, eea))).toEqual([{ code: 'storage-undocumented' }, { code: 'subprocessors-undocumented' }]);
  });

  it('names every non-EEA location of an offering: storage, sub-processor and support access', () => {
    const vendor = makeVendor({
      offerings: [cloud({ storage: ['IE', 'CA'], subProcessors: [{ name: 'Mailer Inc', countries: ['US'] }], support: ['IN'] })],
    });
    expect(reasonsOf(evaluateVendor(vendor, eea))).toEqual([
      { code: 'storage-outside', country: 'CA' },
      { code: 'subprocessor-outside', name: 'Mailer Inc', country: 'US' },
      { code: 'support-outside', country: 'IN' },
    ]);
  });

  it('accepts an EEA commitment for unnamed sub-processor locations, with a caveat', () => {
    const vendor = makeVendor({ offerings: [cloud({ locations: 'eea-commitment', subProcessors: [{ name: 'Hoster', countries: 'unknown' }] })] });
    const verdict = evaluateVendor(vendor, eea);
    expect(verdict.status).toBe('listed');
    expect(verdict.offerings[0]!.caveats).toContainEqual({ code: 'subprocessors-by-commitment' });
  });

  it('an EEA commitment does not cover a sub-processor documented outside the EEA', () => {
    const vendor = makeVendor({ offerings: [cloud({ locations: 'eea-commitment', subProcessors: [{ name: 'Mailer Inc', countries: ['US'] }] })] });
    expect(evaluateVendor(vendor, eea).status).toBe('excluded');
  });

  it('lists a vendor through its self-hosted offering when its cloud does not qualify, and says which', () => {
    const vendor = makeVendor({ offerings: [cloud({ storage: ['US'] }), selfHosted()] });
    const verdict = evaluateVendor(vendor, eea);
    expect(verdict.status).toBe('listed');
    if (verdict.status !== 'listed') return;
    expect(verdict.qualifying.map((o) => o.offering.id)).toEqual(['self-hosted']);
    expect(verdict.qualifying[0]!.caveats).toEqual([{ code: 'host-in-eea' }, { code: 'calls-home-unknown' }]);
    expect(verdict.offerings[0]!.reasons).toEqual([{ code: 'storage-outside', country: 'US' }]);
  });

  it('excludes self-hosted software that sends personal data elsewhere', () => {
    const vendor = makeVendor({ offerings: [selfHosted('yes')] });
    expect(reasonsOf(evaluateVendor(vendor, eea))).toEqual([{ code: 'calls-home' }]);
  });

  it('flags a US parent without excluding it under the default policy', () => {
    const vendor = makeVendor({ parentCompany: { value: { name: 'Big Corp', country: 'US' }, source: ['s'] } });
    const verdict = evaluateVendor(vendor, eea);
    expect(verdict.status).toBe('listed');
    expect(verdict.jurisdiction).toMatchObject({ nonEea: true, us: true, parent: 'US', headquarters: 'NL' });
  });

  it('the jurisdiction switch excludes a non-EEA or undocumented parent', () => {
    const usParent = makeVendor({ parentCompany: { value: { name: 'Big Corp', country: 'US' }, source: ['s'] } });
    const unknownHq = makeVendor({ headquarters: { value: 'unknown' } });
    const usVerdict = evaluateVendor(usParent, strictJurisdiction);
    expect(usVerdict.status).toBe('excluded');
    expect(usVerdict.status === 'excluded' && usVerdict.vendorReasons).toEqual([{ code: 'jurisdiction-outside', role: 'parent', country: 'US' }]);
    const unknownVerdict = evaluateVendor(unknownHq, strictJurisdiction);
    expect(unknownVerdict.status === 'excluded' && unknownVerdict.vendorReasons).toEqual([{ code: 'jurisdiction-undocumented', role: 'headquarters' }]);
    expect(evaluateVendor(makeVendor(), strictJurisdiction).status).toBe('listed');
  });

  it('partition puts every vendor in exactly one set, alphabetically', () => {
    const entries = [
      { id: 'zeta', data: makeVendor({ name: 'Zeta' }) },
      { id: 'alpha', data: makeVendor({ name: 'alpha', offerings: [cloud({ storage: ['US'] })] }) },
      { id: 'beta', data: makeVendor({ name: 'Beta' }) },
    ];
    const { listed, excluded } = partition(entries, eea);
    expect(listed.map((e) => e.id)).toEqual(['beta', 'zeta']);
    expect(excluded.map((e) => e.id)).toEqual(['alpha']);
    expect(listed.length + excluded.length).toBe(entries.length);
  });
});
