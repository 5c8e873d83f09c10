import { countryName } from '../lib/countries.ts';
import type { Change, Countries, HistoryEntry, StorageValue, SupportValue } from '../lib/history.ts';
import type { Locale } from '../lib/locales.ts';
import type { Note } from '../lib/schema/shared.ts';
import { dictionary, fill } from './index.ts';
import { pickText } from './text.ts';
import { describeCondition } from './verdict.ts';

/**
 * A vendor's history in the reader's language: one sentence per change, countries and prices
 * spelled out. Plain text, for the vendor page, the methodology page, the changes page and feeds.
 */

type Values = Record<string, string | number>;

function words(locale: Locale) {
  const t = dictionary(locale);
  const countries = (list: readonly string[]) => list.map((code) => countryName(code as Parameters<typeof countryName>[0], t.meta.locale)).join(', ');
  const text = (note: Note) => pickText(note, locale).text;
  const storage = (value: StorageValue) => (value === 'unknown' ? t.status.unknown : value === 'eea' ? t.vendor.eeaUnnamed : countries(value));
  const support = (value: SupportValue) =>
    value === 'unknown' ? t.status.unknown : value === 'none' ? t.history.values.supportNone : value === 'eea' ? t.vendor.supportEea : countries(value);
  const where = (value: Countries) => (value === 'unknown' ? t.status.unknown : countries(value));
  const price = (value: number | 'unknown') => (value === 'unknown' ? t.status.unknown : fill(t.vendor.pricePerUser, { price: value.toLocaleString(t.meta.locale) }));
  return { t, text, storage, support, where, price };
}

export function describeChange(change: Change, locale: Locale): string {
  const { t, text, storage, support, where, price } = words(locale);
  const template = t.history.changes[change.kind];
  const values = ((): Values => {
    switch (change.kind) {
      case 'outcome':
        return { from: t.history.states[change.from], to: t.history.states[change.to] };
      case 'condition-added':
      case 'condition-removed':
        return { offering: text(change.offering), condition: describeCondition(change.condition, locale) };
      case 'offering-added':
      case 'offering-removed':
        return { offering: text(change.offering) };
      case 'storage':
        return { offering: text(change.offering), from: storage(change.from), to: storage(change.to) };
      case 'support-access':
        return { offering: text(change.offering), from: support(change.from), to: support(change.to) };
      case 'subprocessor-list':
        return { offering: text(change.offering), from: t.history.values[change.from], to: t.history.values[change.to] };
      case 'subprocessor-added':
        return { offering: text(change.offering), name: change.name, countries: where(change.countries) };
      case 'subprocessor-removed':
        return { offering: text(change.offering), name: change.name };
      case 'subprocessor-countries':
        return { offering: text(change.offering), name: change.name, from: where(change.from), to: where(change.to) };
      case 'subprocessors-updated':
        return { offering: text(change.offering), added: change.added, removed: change.removed, changed: change.changed };
      case 'commitment-added':
      case 'commitment-removed':
      case 'commitment-changed':
        return { offering: text(change.offering), scope: text(change.scope) };
      case 'certification':
        return { certification: t.criteria[change.certification].label, from: t.status[change.from], to: t.status[change.to] };
      case 'certification-added':
      case 'certification-removed':
        return { name: change.name };
      case 'price':
        return { from: price(change.from), to: price(change.to) };
      case 'free-plan':
        return { from: t.status[change.from], to: t.status[change.to] };
    }
  })();
  return fill(template, values);
}

export function otherFactsText(count: number, locale: Locale): string {
  const forms = dictionary(locale).history.otherFacts;
  return fill(count === 1 ? forms.one : forms.other, { count });
}

/** Every line of an entry, in order: added (with its outcome), the named changes, the other facts, a new check. */
export function entryLines(entry: HistoryEntry, locale: Locale): string[] {
  const t = dictionary(locale);
  const lines: string[] = [];
  if (entry.added) lines.push(entry.state ? fill(t.history.addedState, { state: t.history.states[entry.state] }) : t.history.added);
  lines.push(...entry.changes.map((change) => describeChange(change, locale)));
  if (entry.otherFacts > 0) lines.push(otherFactsText(entry.otherFacts, locale));
  if (entry.verified) lines.push(t.history.verified);
  if (lines.length === 0 && entry.corrections.length > 0) lines.push(t.history.correction);
  return lines;
}
