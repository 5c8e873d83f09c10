import { describe, expect, it } from 'vitest';
import { evaluateVendor, partition, type Policy, type Verdict } from '../src/lib/eligibility.ts';
import { cloud, makeVendor, selfHosted, transmission } from './helpers/vendor.ts';

const eea: Policy = { accept: 'eea', excludeNonEeaJurisdiction: false };
const adequacy: Policy = { accept: 'eea-and-adequacy', excludeNonEeaJurisdiction: false };
const strictJurisdiction: Policy = { accept: 'eea', excludeNonEeaJurisdiction: true };

const reasonsOf = (verdict: Verdict) => verdict.offerings.flatMap((o) => o.reasons.map((r) => r.code));
const conditionsOf = (verdict: Verdict) => verdict.qualifying.flatMap((o) => o.conditions);
const evaluate = (offerings: unknown[], policy = eea) => evaluateVendor(makeVendor({ offerings }), policy);

const efficyCommitment = (switchOff: string) => ({
  scope: { nl: 'Acme CRM, alle abonnementen', en: 'Acme CRM, all plans' },
  quote: 'All personal data is hosted and processed within the EEA, except for the support chat, which can be disabled on request.',
  exceptions: [{ name: 'Intercom', purpose: 'support chat', countries: ['US'], switchOff: { status: switchOff, source: ['s'] } }],
  source: ['s'],
});

describe('the rule, case by case', () => {
  it.each([
    {
      case: 'a commitment with a switchable exception: listed with that condition',
      offerings: [cloud({ locations: 'not-documented', subProcessors: [], support: 'unknown', commitment: efficyCommitment('yes') })],
      state: 'listed',
      reasons: [],
      conditions: ['exception-off'],
    },
    {
      case: 'a commitment whose exception cannot be switched off: its countries decide',
      offerings: [cloud({ locations: 'not-documented', subProcessors: [], support: 'unknown', commitment: efficyCommitment('no') })],
      state: 'excluded',
      reasons: ['subprocessor-outside'],
      conditions: [],
    },
    {
      case: 'a storage-only statement with an undocumented sub-processor list: awaiting evidence',
      offerings: [cloud({ storage: ['IE'], locations: 'not-documented', subProcessors: [], support: 'unknown' })],
      state: 'awaiting-evidence',
      reasons: ['subprocessors-undocumented', 'support-undocumented'],
      conditions: [],
    },
    {
      case: 'undocumented support access without a commitment: awaiting evidence',
      offerings: [cloud({ support: 'unknown' })],
      state: 'awaiting-evidence',
      reasons: ['support-undocumented'],
      conditions: [],
    },
    {
      case: 'backups in Canada: excluded, the reason is storage',
      offerings: [cloud({ storage: ['FR', 'CA'] })],
      state: 'excluded',
      reasons: ['storage-outside'],
      conditions: [],
    },
    {
      case: 'only third-party evidence of US storage: awaiting evidence',
      offerings: [cloud({ storage: ['US'], storageSource: ['tp'] })],
      state: 'awaiting-evidence',
      reasons: ['storage-undocumented'],
      conditions: [],
    },
    {
      case: 'self-hosted, switchable telemetry that sends an admin’s e-mail: listed with a condition',
      offerings: [selfHosted([transmission({ data: 'user-personal-data', switchOff: 'yes' })])],
      state: 'listed',
      reasons: [],
      conditions: ['sending-off'],
    },
    {
      case: 'self-hosted, unswitchable sending of personal data: excluded',
      offerings: [selfHosted([transmission({ data: 'crm-records', switchOff: 'no' })])],
      state: 'excluded',
      reasons: ['sends-personal-data'],
      conditions: [],
    },
    {
      case: 'self-hosted, sending personal data where switching off is not documented: awaiting evidence',
      offerings: [selfHosted([transmission({ data: 'user-personal-data', switchOff: 'unknown' })])],
      state: 'awaiting-evidence',
      reasons: ['sending-switch-undocumented'],
      conditions: [],
    },
    {
      case: 'an offering without a source: awaiting evidence',
      offerings: [cloud({ source: null })],
      state: 'awaiting-evidence',
      reasons: ['offering-undocumented'],
      conditions: [],
    },
    {
      case: 'a self-hosted edition nobody documents: awaiting evidence, even next to an excluded cloud',
      offerings: [cloud({ storage: ['US'] }), selfHosted('nothing', null)],
      state: 'awaiting-evidence',
      reasons: ['storage-outside', 'offering-undocumented'],
      conditions: [],
    },
    {
      case: 'a listed sub-processor whose location is not documented: awaiting evidence',
      offerings: [cloud({ subProcessors: [{ name: 'Mailer Inc', countries: 'unknown' }] })],
      state: 'awaiting-evidence',
      reasons: ['subprocessor-location-undocumented'],
      conditions: [],
    },
    {
      case: 'every non-EEA location of an offering is named: storage, sub-processor, support',
      offerings: [cloud({ storage: ['IE', 'CA'], subProcessors: [{ name: 'Mailer Inc', countries: ['US'] }], support: ['IN'] })],
      state: 'excluded',
      reasons: ['storage-outside', 'subprocessor-outside', 'support-outside'],
      conditions: [],
    },
  ])('$case', ({ offerings, state, reasons, conditions }) => {
    const verdict = evaluate(offerings);
    expect(verdict.status).toBe(state);
    expect(reasonsOf(verdict)).toEqual(reasons);
    expect(conditionsOf(verdict).map((c) => c.code)).toEqual(conditions);
    expect(verdict.qualifying.length > 0).toBe(state === 'listed');
  });

  it('cites the storage source in the reason for backups in Canada', () => {
    const verdict = evaluate([cloud({ storage: ['FR', 'CA'] })]);
    expect(verdict.offerings[0]!.reasons).toEqual([{ code: 'storage-outside', country: 'CA', sources: ['s'] }]);
  });

  it('names the exception and its countries in the condition', () => {
    const verdict = evaluate([cloud({ locations: 'not-documented', subProcessors: [], support: 'unknown', commitment: efficyCommitment('yes') })]);
    expect(conditionsOf(verdict)).toEqual([{ code: 'exception-off', name: 'Intercom', purpose: 'support chat', countries: ['US'], sources: ['s'] }]);
    expect(verdict.qualifying[0]!.caveats.map((c) => c.code)).toEqual(['subprocessors-by-commitment', 'support-by-commitment']);
  });
});

describe('what decides: only first-party evidence, per fact the rule reads', () => {
  it.each<[string, Parameters<typeof cloud>[0], string]>([
    ['offering', { source: ['tp'] }, 'offering-undocumented'],
    ['storage', { storageSource: ['tp'] }, 'storage-undocumented'],
    ['the sub-processor list', { subProcessorsSource: ['tp'] }, 'subprocessors-undocumented'],
    ['support access', { supportSource: ['tp'] }, 'support-undocumented'],
  ])('a third-party source alone does not document %s', (_fact, input, reason) => {
    const verdict = evaluate([cloud(input)]);
    expect(verdict.status).toBe('awaiting-evidence');
    expect(reasonsOf(verdict)).toEqual([reason]);
    expect(verdict.offerings[0]!.reasons[0]!.sources).toEqual(['tp']);
  });

  it.each(['copy', 'repo'])('a source of kind %s documents a fact like the vendor’s own page', (id) => {
    const verdict = evaluate([cloud({ source: [id], storageSource: [id], subProcessorsSource: [id], supportSource: [id] })]);
    expect(verdict.status).toBe('listed');
    expect(verdict.qualifying[0]!.evidence).toEqual([id]);
  });

  it('a sub-processor placed in the US only by a third party is not evidence against the vendor', () => {
    const verdict = evaluate([cloud({ locations: 'not-documented', subProcessors: [{ name: 'Mailer Inc', countries: ['US'], source: ['tp'] }], subProcessorsSource: undefined })]);
    expect(verdict.status).toBe('awaiting-evidence');
    expect(reasonsOf(verdict)).toEqual(['subprocessors-undocumented']);
  });

  it('a commitment whose only source is a third party is no commitment', () => {
    const commitment = { ...efficyCommitment('yes'), source: ['tp'] };
    const verdict = evaluate([cloud({ locations: 'not-documented', subProcessors: [], support: 'unknown', commitment })]);
    expect(reasonsOf(verdict)).toContain('subprocessors-undocumented');
    expect(reasonsOf(verdict)).toContain('support-undocumented');
  });

  it('a switch documented only by a third party does not turn an exception into a condition', () => {
    const commitment = efficyCommitment('yes');
    commitment.exceptions[0]!.switchOff.source = ['tp'];
    const verdict = evaluate([cloud({ locations: 'not-documented', subProcessors: [], support: 'unknown', commitment })]);
    expect(verdict.status).toBe('excluded');
    expect(reasonsOf(verdict)).toEqual(['subprocessor-outside']);
  });

  it('what self-hosted software sends, documented only by a third party, is shown as undocumented', () => {
    const verdict = evaluate([selfHosted([transmission({ data: 'crm-records', switchOff: 'no', source: ['tp'] })])]);
    expect(verdict.status).toBe('listed');
    expect(verdict.qualifying[0]!.caveats.map((c) => c.code)).toEqual(['host-in-eea', 'sending-undocumented']);
  });

  it('a Data Privacy Framework certification claimed only by a third party does not admit the US under adequacy', () => {
    expect(evaluate([cloud({ storage: ['US'], dpf: 'yes', dpfSource: ['tp'] })], adequacy).status).toBe('excluded');
    expect(evaluate([cloud({ storage: ['US'], dpf: 'yes' })], adequacy).status).toBe('listed');
  });

  it('under the jurisdiction switch, a headquarters only a third party names is undocumented', () => {
    const vendor = makeVendor({ headquarters: { value: 'US', source: ['tp'] } });
    const verdict = evaluateVendor(vendor, strictJurisdiction);
    expect(verdict.status).toBe('awaiting-evidence');
    expect(verdict.vendorReasons.map((r) => r.code)).toEqual(['jurisdiction-undocumented']);
  });
});

describe('commitments, support access and self-hosted software', () => {
  it('support access documented as EEA without countries qualifies', () => {
    expect(evaluate([cloud({ support: 'eea' })]).status).toBe('listed');
  });

  it('a commitment that covers sub-processors only still needs support access documented', () => {
    const commitment = { scope: { nl: 'EU-regio', en: 'EU region' }, covers: ['sub-processors'], source: ['s'] };
    const verdict = evaluate([cloud({ locations: 'not-documented', subProcessors: [], support: 'unknown', commitment })]);
    expect(verdict.status).toBe('awaiting-evidence');
    expect(reasonsOf(verdict)).toEqual(['support-undocumented']);
  });

  it('a commitment does not cover a sub-processor the vendor itself documents outside the EEA', () => {
    const commitment = { scope: { nl: 'Alles', en: 'Everything' }, source: ['s'] };
    const verdict = evaluate([cloud({ locations: 'not-documented', subProcessors: [{ name: 'Mailer Inc', countries: ['US'] }], commitment })]);
    expect(verdict.status).toBe('excluded');
  });

  it('a switchable sub-processor outside the EEA on a complete list is a condition', () => {
    const verdict = evaluate([cloud({ subProcessors: [{ name: 'Hoster', countries: ['DE'] }, { name: 'AI Inc', countries: ['US'], switchOff: { status: 'yes', source: ['s'] } }] })]);
    expect(verdict.status).toBe('listed');
    expect(conditionsOf(verdict).map((c) => c.code === 'exception-off' && c.name)).toEqual(['AI Inc']);
  });

  it('anonymous pings of self-hosted software are a caveat, not a condition', () => {
    const verdict = evaluate([selfHosted([transmission({ data: 'anonymous', switchOff: 'no' })])]);
    expect(verdict.status).toBe('listed');
    expect(conditionsOf(verdict)).toEqual([]);
    expect(verdict.qualifying[0]!.caveats.map((c) => c.code)).toEqual(['host-in-eea', 'sends-anonymous']);
  });

  it('self-hosted software whose sending is not documented qualifies, saying so', () => {
    const verdict = evaluate([selfHosted('unknown')]);
    expect(verdict.status).toBe('listed');
    expect(verdict.qualifying[0]!.caveats.map((c) => c.code)).toEqual(['host-in-eea', 'sending-undocumented']);
  });

  it('lists a vendor through its self-hosted offering when its cloud does not qualify, and says which', () => {
    const verdict = evaluate([cloud({ storage: ['US'] }), selfHosted()]);
    expect(verdict.status).toBe('listed');
    expect(verdict.qualifying.map((o) => o.offering.id)).toEqual(['self-hosted']);
    expect(verdict.offerings[0]!.reasons).toEqual([{ code: 'storage-outside', country: 'US', sources: ['s'] }]);
  });
});

describe('policies', () => {
  it('the adequacy policy still admits the United Kingdom, the default does not', () => {
    const offerings = [cloud({ storage: ['GB'] })];
    expect(evaluate(offerings, eea).status).toBe('excluded');
    expect(evaluate(offerings, adequacy).status).toBe('listed');
  });

  it('lists storage and processing in Norway (EEA, not EU)', () => {
    expect(evaluate([cloud({ storage: ['NO'], subProcessors: [{ name: 'Visma', countries: ['NO'] }], support: ['NO'] })]).status).toBe('listed');
  });

  it('accepts the US under adequacy only for an offering certified under the Data Privacy Framework', () => {
    expect(evaluate([cloud({ storage: ['US'], dpf: 'yes' })], adequacy).status).toBe('listed');
    expect(evaluate([cloud({ storage: ['US'], dpf: 'unknown' })], adequacy).status).toBe('excluded');
    expect(evaluate([cloud({ storage: ['US'], dpf: 'yes' })], eea).status).toBe('excluded');
  });

  it('accepts storage documented as EU/EEA without countries, with a caveat', () => {
    const verdict = evaluate([cloud({ storage: 'eea' })]);
    expect(verdict.status).toBe('listed');
    expect(verdict.offerings[0]!.caveats).toContainEqual({ code: 'storage-countries-unnamed' });
  });

  it('flags a US parent without excluding it under the default policy', () => {
    const verdict = evaluateVendor(makeVendor({ parentCompany: { value: { name: 'Big Corp', country: 'US' }, source: ['s'] } }), eea);
    expect(verdict.status).toBe('listed');
    expect(verdict.jurisdiction).toMatchObject({ nonEea: true, us: true, parent: 'US', headquarters: 'NL' });
  });

  it('the jurisdiction switch excludes a documented non-EEA parent and awaits an undocumented one', () => {
    const us = evaluateVendor(makeVendor({ parentCompany: { value: { name: 'Big Corp', country: 'US' }, source: ['s'] } }), strictJurisdiction);
    expect(us.status).toBe('excluded');
    expect(us.vendorReasons).toEqual([{ code: 'jurisdiction-outside', role: 'parent', country: 'US', sources: ['s'] }]);
    const unknown = evaluateVendor(makeVendor({ headquarters: { value: 'unknown' } }), strictJurisdiction);
    expect(unknown.status).toBe('awaiting-evidence');
    expect(unknown.vendorReasons).toEqual([{ code: 'jurisdiction-undocumented', role: 'headquarters', sources: [] }]);
    expect(evaluateVendor(makeVendor(), strictJurisdiction).status).toBe('listed');
  });
});

describe('partition', () => {
  it('puts every vendor in exactly one of three sets, alphabetically', () => {
    const entries = [
      { id: 'zeta', data: makeVendor({ name: 'Zeta' }) },
      { id: 'alpha', data: makeVendor({ name: 'alpha', offerings: [cloud({ storage: ['US'] })] }) },
      { id: 'gamma', data: makeVendor({ name: 'Gamma', offerings: [cloud({ support: 'unknown' })] }) },
      { id: 'beta', data: makeVendor({ name: 'Beta' }) },
    ];
    const { listed, awaiting, excluded } = partition(entries, eea);
    expect(listed.map((e) => e.id)).toEqual(['beta', 'zeta']);
    expect(awaiting.map((e) => e.id)).toEqual(['gamma']);
    expect(excluded.map((e) => e.id)).toEqual(['alpha']);
    expect(listed.length + awaiting.length + excluded.length).toBe(entries.length);
  });
});
