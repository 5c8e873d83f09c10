import { describe, expect, it } from 'vitest';
import { CRITERION_KEYS, type CriterionKey, type Status } from '../src/lib/criteria.ts';
import { filterRows, foldText, sideBySideVisible, sortRows } from '../src/lib/compare/filter.ts';
import { decodeRow, encodeRow, type CompareRow } from '../src/lib/compare/rows.ts';
import { emptyState, parseState, serializeState, type CompareState } from '../src/lib/compare/state.ts';

function row(id: string, overrides: Partial<Omit<CompareRow, 'criteria'>> & { criteria?: Partial<Record<CriterionKey, Status>> } = {}): CompareRow {
  const criteria = Object.fromEntries(CRITERION_KEYS.map((k) => [k, 'unknown'])) as Record<CriterionKey, Status>;
  return {
    id,
    name: id.toUpperCase(),
    freePlan: 'unknown',
    price: null,
    languages: null,
    jurisdiction: 'eea',
    hosting: ['vendor'],
    storageSort: '',
    lastVerified: '2026-11-29',
    ...overrides,
    criteria: { ...criteria, ...overrides.criteria },
  };
}

const state = (overrides: Partial<CompareState>): CompareState => ({ ...emptyState(), ...overrides });
const ids = (rows: CompareRow[]) => rows.map((r) => r.id);

describe('comparison filters', () => {
  const rows = [
    row('a', { criteria: { consentLog: 'yes', retentionRules: 'yes' }, price: 25, languages: ['nl', 'en'], freePlan: 'yes' }),
    row('b', { criteria: { consentLog: 'yes', retentionRules: 'unknown' }, price: 40, languages: ['en'] }),
    row('c', { criteria: { consentLog: 'partial', retentionRules: 'yes' }, jurisdiction: 'us', hosting: ['self'] }),
    row('e', { hosting: ['vendor', 'self'] }),
    row('d', { criteria: { consentLog: 'no', retentionRules: 'yes' }, price: 10, jurisdiction: 'unknown' }),
  ];

  it('keeps exactly the vendors that meet every required criterion; partial counts, unknown and no never do', () => {
    expect(ids(filterRows(rows, state({ need: ['consentLog'] })))).toEqual(['a', 'b', 'c']);
    expect(ids(filterRows(rows, state({ need: ['consentLog', 'retentionRules'] })))).toEqual(['a', 'c']);
    expect(ids(filterRows(rows, state({ need: ['dpa'] })))).toEqual([]);
  });

  it('combines requirements with language, free plan, price, jurisdiction and self-hosting', () => {
    expect(ids(filterRows(rows, state({ lang: 'nl' })))).toEqual(['a']);
    expect(ids(filterRows(rows, state({ free: true })))).toEqual(['a']);
    expect(ids(filterRows(rows, state({ maxPrice: 30 })))).toEqual(['a', 'd']);
    expect(ids(filterRows(rows, state({ maxPrice: 30, need: ['consentLog'] })))).toEqual(['a']);
    expect(ids(filterRows(rows, state({ noUsParent: true })))).toEqual(['a', 'b', 'e']);
    expect(ids(filterRows(rows, state({ selfHosted: true })))).toEqual(['c', 'e']);
    expect(ids(filterRows(rows, state({ vendorHosted: true })))).toEqual(['a', 'b', 'e', 'd']);
    expect(ids(filterRows(rows, state({ vendorHosted: true, selfHosted: true })))).toEqual(['e']);
  });

  it('matches names without regard to case or accents', () => {
    const named = [row('x', { name: 'Téamleader Focus' }), row('y', { name: 'Odoo' })];
    expect(ids(filterRows(named, state({ q: 'teamLEADER' })))).toEqual(['x']);
    expect(foldText('Ärzte')).toBe('arzte');
  });
});

describe('comparison sorting', () => {
  const rows = [
    row('a', { price: 30, criteria: { consentLog: 'unknown' } }),
    row('b', { price: null, criteria: { consentLog: 'yes' } }),
    row('c', { price: 10, criteria: { consentLog: 'no' } }),
    row('d', { price: 30, criteria: { consentLog: 'yes' } }),
  ];

  it('orders by price with unknown prices last in both directions', () => {
    expect(ids(sortRows(rows, 'price', 'asc'))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortRows(rows, 'price', 'desc'))).toEqual(['a', 'd', 'c', 'b']);
  });

  it('is stable: equal values keep their order', () => {
    expect(ids(sortRows(rows, 'consentLog', 'asc'))).toEqual(['b', 'd', 'c', 'a']);
    expect(ids(sortRows([...rows].reverse(), 'consentLog', 'asc'))).toEqual(['d', 'b', 'c', 'a']);
  });

  it('sorts a combined column by the better of its two criteria', () => {
    const combined = [row('a', { criteria: { twoFactor: 'no', sso: 'no' } }), row('b', { criteria: { twoFactor: 'unknown', sso: 'yes' } })];
    expect(ids(sortRows(combined, 'accessSecurity', 'asc'))).toEqual(['b', 'a']);
  });

  it('leaves the order alone without a sort key', () => {
    expect(ids(sortRows(rows, null, 'asc'))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('URL state', () => {
  const known = new Set(['teamleader', 'odoo', 'dolibarr', 'superoffice', 'lime-crm']);

  it('survives a round trip through the URL', () => {
    const original = state({
      need: ['consentLog', 'retentionRules'], lang: 'nl', free: true, maxPrice: 30, noUsParent: true, vendorHosted: true, selfHosted: true,
      q: 'team', sort: 'price', dir: 'desc', compare: ['odoo', 'teamleader', 'dolibarr'], diff: true, known: true,
    });
    const query = serializeState(original);
    expect(parseState(new URLSearchParams(query), known)).toEqual(original);
    expect(serializeState(parseState(new URLSearchParams(query), known))).toBe(query);
  });

  it('writes nothing for the default state', () => {
    expect(serializeState(emptyState())).toBe('');
  });

  it('ignores garbage: unknown filters, unknown or duplicate ids, too many ids, bad numbers, markup', () => {
    const garbage = new URLSearchParams(
      'need=consentLog&need=%3Cscript%3E&need=consentLog&foo=bar&lang=%3Cb%3E&maxPrice=-5&sort=__proto__&dir=up' +
        '&compare=odoo,nope,odoo,teamleader,dolibarr,superoffice,lime-crm&q=' + encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(20)),
    );
    const parsed = parseState(garbage, known);
    expect(parsed.need).toEqual(['consentLog']);
    expect(parsed.lang).toBeNull();
    expect(parsed.maxPrice).toBeNull();
    expect(parsed.sort).toBeNull();
    expect(parsed.compare).toEqual(['odoo', 'teamleader', 'dolibarr', 'superoffice']);
    expect(parsed.q.length).toBeLessThanOrEqual(80);
  });
});

describe('rows in data attributes', () => {
  it('reads back what the server wrote', () => {
    const original = row('x', { name: 'X & Co', price: 12.5, languages: ['nl', 'fr'], hosting: ['vendor', 'self'], jurisdiction: 'us', freePlan: 'no', storageSort: 'Ierland', criteria: { consentLog: 'yes', soc2: 'partial' } });
    const attributes = encodeRow(original);
    expect(decodeRow((name) => attributes[name])).toEqual(original);
    const unknowns = row('y');
    const encoded = encodeRow(unknowns);
    expect(decodeRow((name) => encoded[name])).toEqual(unknowns);
  });
});

describe('side-by-side rows', () => {
  it('hides rows where all vendors agree, or where all are unknown, on request', () => {
    expect(sideBySideVisible(['yes', 'yes'], { diff: true, known: false })).toBe(false);
    expect(sideBySideVisible(['yes', 'no'], { diff: true, known: false })).toBe(true);
    expect(sideBySideVisible(['unknown', 'unknown'], { diff: false, known: true })).toBe(false);
    expect(sideBySideVisible(['unknown', 'unknown'], { diff: false, known: false })).toBe(true);
  });
});
