import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { partition, type Policy } from '../src/lib/eligibility.ts';
import { questionsFor, summariseOfferings } from '../src/lib/evidence-summary.ts';
import { verdictsJson, verdictsJsonSchema } from '../src/lib/verdicts-data.ts';
import { cloud, makeVendor } from './helpers/vendor.ts';

const eea: Policy = { accept: 'eea', excludeNonEeaJurisdiction: false };
const entries = [
  { id: 'listed', data: makeVendor({ name: 'Listed' }) },
  { id: 'waiting', data: makeVendor({ name: 'Waiting', offerings: [cloud({ storage: ['US'], storageSource: ['tp'], support: 'unknown' })] }) },
  { id: 'gone', data: makeVendor({ name: 'Gone', offerings: [cloud({ storage: ['FR', 'CA'] })] }) },
];
const sorted = partition(entries, eea);
const all = [...sorted.listed, ...sorted.awaiting, ...sorted.excluded];
const options = { pageUrl: (id: string) => `https://x.example/crm/${id}/`, aboutUrl: 'https://x.example/methodology/', schemaUrl: 'https://x.example/data/verdicts.schema.json', policy: eea };

describe('/data/verdicts.json', () => {
  const json = verdictsJson(all, options);

  it('has every vendor in its state, with counts that add up', () => {
    expect(json.vendors.map((v) => [v.id, v.state])).toEqual([
      ['listed', 'listed'],
      ['waiting', 'awaiting-evidence'],
      ['gone', 'excluded'],
    ]);
    expect(json.counts).toEqual({ files: 3, listed: 1, 'awaiting-evidence': 1, excluded: 1 });
  });

  it('marks each reason’s basis and resolves its sources to URL, title, kind and date', () => {
    const gone = json.vendors.find((v) => v.id === 'gone')!;
    expect(gone.offerings[0]!.reasons).toEqual([
      { code: 'storage-outside', country: 'CA', basis: 'outside-eea', sources: [{ id: 's', url: 'https://acme.example/security', title: 'Acme security page', kind: 'vendor', accessed: '2026-11-29' }] },
    ]);
    const waiting = json.vendors.find((v) => v.id === 'waiting')!;
    expect(waiting.offerings[0]!.reasons.map((r) => [r.code, r.basis, r.sources.map((s) => s.kind)])).toEqual([
      ['storage-undocumented', 'missing-evidence', ['third-party']],
      ['support-undocumented', 'missing-evidence', []],
    ]);
  });

  it('links a page only for listed vendors', () => {
    expect(json.vendors.map((v) => v.page)).toEqual(['https://x.example/crm/listed/', undefined, undefined]);
  });

  it('validates against its generated JSON Schema', () => {
    const validate = new Ajv2020({ strict: false }).compile(verdictsJsonSchema(options.schemaUrl));
    expect(validate(JSON.parse(JSON.stringify(json))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...json, vendors: [{ ...json.vendors[0], state: 'maybe' }] })).toBe(false);
  });
});

describe('the methodology summary of a vendor that is not listed', () => {
  const waiting = sorted.awaiting[0]!;

  it('lists what is documented by a first-party source and what is missing', () => {
    const [offering] = summariseOfferings(waiting.data, waiting.verdict);
    expect(offering!.documented.map((d) => d.fact)).toEqual(['offering', 'subProcessors']);
    expect(offering!.missing.map((r) => r.code)).toEqual(['storage-undocumented', 'support-undocumented']);
    expect(offering!.outside).toEqual([]);
  });

  it('asks the questions that would settle each gap, once each', () => {
    expect(questionsFor(waiting.verdict)).toEqual(['storage', 'supportAccess']);
    expect(questionsFor(sorted.excluded[0]!.verdict)).toEqual([]);
  });
});
