import { describe, expect, it } from 'vitest';
import { describeChange, entryLines } from '../src/i18n/history.ts';
import type { Policy } from '../src/lib/eligibility.ts';
import { isOutcomeEntry, siteChanges, vendorHistory, type HistoryEntry, type Version, type VendorHistory } from '../src/lib/history.ts';
import { cloud, rawVendor } from './helpers/vendor.ts';

const policy: Policy = { accept: 'eea', excludeNonEeaJurisdiction: false };

/** Versions a day apart, oldest first, as the git reader hands them over. */
function versions(...data: unknown[]): Version[] {
  return data.map((d, i) => ({ commit: `c${i}`.padEnd(40, String(i)), timestamp: `2026-0${i + 1}-15T10:00:00+01:00`, data: d }));
}

const history = (...data: unknown[]) => vendorHistory(versions(...data), policy);
const kinds = (entry: HistoryEntry) => entry.changes.map((c) => c.kind);

describe('a vendor file’s history from its versions', () => {
  it('starts with "added", with the outcome the first version has under today’s rule', () => {
    const [entry, ...rest] = history(rawVendor());
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ added: true, state: 'listed', date: '2026-01-15', changes: [], otherFacts: 0, corrections: [] });
    expect(entryLines(entry!, 'en')).toEqual(['Added, outcome: listed']);
    expect(entryLines(entry!, 'nl')).toEqual(['Toegevoegd, uitkomst: vermeld']);
  });

  it('names a storage change, from what to what, and counts nothing else', () => {
    const [change, added] = history(rawVendor(), rawVendor({ offerings: [cloud({ storage: ['NL', 'DE'] })] }));
    expect(added!.added).toBe(true);
    expect(change!.changes).toEqual([{ kind: 'storage', offering: { nl: 'Cloud', en: 'Cloud' }, from: ['DE'], to: ['NL', 'DE'] }]);
    expect(change!.otherFacts).toBe(0);
    expect(describeChange(change!.changes[0]!, 'en')).toBe('Storage (Cloud): from Germany to Netherlands, Germany');
    expect(describeChange(change!.changes[0]!, 'nl')).toBe('Opslag (Cloud): van Duitsland naar Nederland, Duitsland');
    expect(describeChange(change!.changes[0]!, 'fr')).toBe('Stockage (Cloud): Pays-Bas, Allemagne (auparavant Allemagne)');
  });

  it('treats a country list in another order as the same fact', () => {
    const entries = history(rawVendor({ offerings: [cloud({ storage: ['DE', 'NL'] })] }), rawVendor({ offerings: [cloud({ storage: ['NL', 'DE'] })] }));
    expect(entries).toHaveLength(1);
  });

  it('puts an outcome change first, then the fact that caused it', () => {
    const [change] = history(rawVendor({ offerings: [cloud({ support: 'unknown' })] }), rawVendor({ offerings: [cloud({ support: ['DE', 'NL'] })] }));
    expect(change!.state).toBe('listed');
    expect(change!.changes[0]).toEqual({ kind: 'outcome', from: 'awaiting-evidence', to: 'listed' });
    expect(change!.changes[1]).toMatchObject({ kind: 'support-access', from: 'unknown', to: ['DE', 'NL'] });
    expect(isOutcomeEntry(change!)).toBe(true);
    expect(describeChange(change!.changes[0]!, 'en')).toBe('Outcome: from awaiting evidence to listed');
    expect(describeChange(change!.changes[1]!, 'en')).toBe('Support access (Cloud): from unknown to Germany, Netherlands');
  });

  it('names a condition that appears, with the rule’s own words for it', () => {
    const chat = { name: 'Intercom', countries: ['US'], switchOff: { status: 'yes', source: ['s'] } };
    const [change] = history(rawVendor(), rawVendor({ offerings: [cloud({ subProcessors: [{ name: 'Hoster', countries: ['DE'] }, chat] })] }));
    expect(kinds(change!)).toEqual(['condition-added', 'subprocessor-added']);
    expect(describeChange(change!.changes[0]!, 'en')).toBe('New condition for Cloud: with Intercom (hosting) switched off');
    expect(describeChange(change!.changes[1]!, 'en')).toBe('Sub-processor added (Cloud): Intercom (United States)');
  });

  it('marks the version that recorded a correction, and only that one', () => {
    const correction = { date: '2026-02-15', wrong: 'Storage was given as Germany only.', right: 'Backups are also kept in the Netherlands.', source: ['s'] };
    const [later, corrected, added] = history(
      rawVendor(),
      rawVendor({ offerings: [cloud({ storage: ['DE', 'NL'] })], corrections: [correction] }),
      rawVendor({ offerings: [cloud({ storage: ['DE', 'NL'] })], corrections: [correction], lastVerified: '2026-03-15' }),
    );
    expect(added!.corrections).toEqual([]);
    expect(corrected!.corrections).toEqual([correction]);
    expect(kinds(corrected!)).toEqual(['storage']);
    expect(later!.corrections).toEqual([]);
    expect(later!.verified).toBe('2026-03-15');
    expect(entryLines(later!, 'en')).toEqual(['All facts checked again']);
  });

  it('folds the facts outside the named ones into a count', () => {
    const features = ['consentLog', 'doubleOptIn', 'explicitConsent', 'lawfulBasis', 'purposeConsent', 'withdrawal'];
    const before = rawVendor();
    const consent = Object.fromEntries(features.map((key) => [key, { status: 'yes', note: `Documented ${key}.`, source: ['s'] }]));
    const after = rawVendor({ consent, founded: { value: 2004, source: ['s'] }, description: { nl: 'Een ander CRM.', en: 'Another CRM.' } });
    const [change] = history(before, after);
    expect(change!.changes).toEqual([]);
    expect(change!.otherFacts).toBe(features.length + 2);
    expect(entryLines(change!, 'en')).toEqual(['8 other facts updated']);
    expect(entryLines(change!, 'fr')).toEqual(['8 autres faits mis à jour']);
  });

  it('folds many sub-processor changes of one offering into one line', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ name: `Mailer ${i}`, countries: ['IE'] }));
    const [change] = history(rawVendor(), rawVendor({ offerings: [cloud({ subProcessors: [{ name: 'Hoster', countries: ['DE'] }, ...many] })] }));
    expect(change!.changes).toEqual([{ kind: 'subprocessors-updated', offering: { nl: 'Cloud', en: 'Cloud' }, added: 7, removed: 0, changed: 0 }]);
    expect(change!.otherFacts).toBe(0);
    expect(describeChange(change!.changes[0]!, 'nl')).toBe('Subverwerkers (Cloud): 7 toegevoegd, 0 verwijderd, 0 gewijzigd');
  });

  it('names certifications, price and free plan, and counts a storage note as another fact', () => {
    const priced = rawVendor({
      pricing: { freePlan: { status: 'yes', source: ['s'] }, entryPrice: { value: 12.5, source: ['s'] } },
      security: { ...(rawVendor().security as object), iso27001: { status: 'yes', source: ['s'] }, otherCertifications: [{ name: 'BSI C5', source: ['s'] }] },
      offerings: [{ ...cloud(), storage: { value: ['DE'], note: 'Frankfurt.', source: ['s'] } }],
    });
    const [change] = history(rawVendor(), priced);
    expect(kinds(change!)).toEqual(['certification', 'certification-added', 'price', 'free-plan']);
    expect(change!.otherFacts).toBe(1);
    expect(change!.changes.map((c) => describeChange(c, 'en'))).toEqual([
      'ISO/IEC 27001: from unknown to yes',
      'Certification added: BSI C5',
      'Entry price: from unknown to EUR 12.5 per user per month',
      'Free plan: from unknown to yes',
    ]);
  });

  it('reads an older file format without inventing an outcome change or counting fields it lacked', () => {
    // Before sources had a `kind`, the rule's part of today's schema cannot read the file.
    const old = rawVendor({ sources: [{ id: 's', url: 'https://acme.example/security', title: 'Acme security page', accessed: '2026-11-29' }] });
    const entries = history(old, rawVendor(), rawVendor({ offerings: [cloud({ storage: ['US'] })] }));
    // The version that only moved to today's format (a `kind` and three new sources) says nothing.
    expect(entries).toHaveLength(2);
    const [change, added] = entries;
    expect(added!.state).toBeUndefined();
    expect(entryLines(added!, 'en')).toEqual(['Added']);
    expect(change!.changes.map((c) => describeChange(c, 'en'))).toEqual(['Outcome: from listed to excluded', 'Storage (Cloud): from Germany to United States']);
  });

  it('counts a source changed within the old format as another fact', () => {
    const old = (accessed: string) => rawVendor({ sources: [{ id: 's', url: 'https://acme.example/security', title: 'Acme security page', accessed }] });
    const [change] = history(old('2026-01-01'), old('2026-02-01'));
    expect(change!.otherFacts).toBe(1);
  });

  it('skips versions that do not parse and versions that change nothing a reader sees', () => {
    const entries = history(rawVendor(), undefined, rawVendor(), { ...rawVendor() });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.added).toBe(true);
  });

  it('reads YAML dates (js-yaml gives Date objects) as the schema’s YYYY-MM-DD', () => {
    const entries = history(rawVendor({ lastVerified: new Date('2026-11-29T00:00:00Z') }), rawVendor({ lastVerified: '2026-11-29' }));
    expect(entries).toHaveLength(1);
  });

  it('lists entries newest first', () => {
    const entries = history(rawVendor(), rawVendor({ lastVerified: '2026-12-01' }), rawVendor({ lastVerified: '2026-12-02' }));
    expect(entries.map((e) => e.date)).toEqual(['2026-03-15', '2026-02-15', '2026-01-15']);
  });
});

describe('the site-wide changes', () => {
  const listedHistory: VendorHistory = { available: true, entries: history(rawVendor(), rawVendor({ offerings: [cloud({ storage: ['NL'] })] })) };
  const delisted: VendorHistory = { available: true, entries: history(rawVendor(), rawVendor({ offerings: [cloud({ storage: ['US'] })] }), rawVendor({ offerings: [cloud({ storage: ['US'] })], lastVerified: '2026-12-01' })) };

  it('names listed vendors, outcomes first, and leaves out vendors that are not listed except when they left the list', () => {
    const changes = siteChanges([
      { id: 'acme', name: 'Acme CRM', state: 'listed', history: listedHistory },
      { id: 'gone', name: 'Gone CRM', state: 'excluded', history: delisted },
      { id: 'never', name: 'Never CRM', state: 'awaiting-evidence', history: { available: true, entries: history(rawVendor({ offerings: [cloud({ support: 'unknown' })] })) } },
      { id: 'nogit', name: 'No Git CRM', state: 'listed', history: { available: false, reason: 'shallow' } },
    ]);
    expect(changes.outcomes.map((i) => [i.id, i.name, i.entry.date])).toEqual([
      ['gone', undefined, '2026-02-15'],
      ['acme', 'Acme CRM', '2026-01-15'],
    ]);
    expect(changes.facts.map((i) => [i.id, i.name, i.entry.date])).toEqual([['acme', 'Acme CRM', '2026-02-15']]);
    expect(JSON.stringify(changes)).not.toContain('Gone CRM');
  });

  it('keeps the newest entries up to the limit and says how many it left off', () => {
    const changes = siteChanges([{ id: 'gone', name: 'Gone CRM', state: 'listed', history: delisted }], 1);
    expect(changes.facts.map((i) => i.entry.date)).toEqual(['2026-03-15']);
    expect(changes.omitted).toEqual({ outcomes: 1, facts: 0 });
  });
});

describe('conditions of self-hosted software', () => {
  const sends = (name: Record<string, string>) => ({
    id: 'self-hosted',
    kind: 'self-hosted',
    name: { nl: 'Zelf hosten', en: 'Self-hosted' },
    source: ['repo'],
    sends: { value: [{ name, data: 'user-personal-data', onByDefault: true, switchOff: { status: 'yes', source: ['repo'] }, source: ['repo'] }] },
  });

  it('reads a translated or reworded switch as the same condition, not one dropped and one added', () => {
    const [change] = history(rawVendor({ offerings: [sends({ nl: 'telemetrie' })] }), rawVendor({ offerings: [sends({ nl: 'telemetrie bij aanmelding', en: 'telemetry on sign-up' })] }));
    expect(change!.changes).toEqual([]);
    expect(change!.otherFacts).toBe(1);
  });
});
