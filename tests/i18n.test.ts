import { describe, expect, it } from 'vitest';
import { dictionary, fill, localePath } from '../src/i18n/index.ts';
import { pickText } from '../src/i18n/text.ts';
import { describeReason } from '../src/i18n/verdict.ts';
import { countryName } from '../src/lib/countries.ts';
import { isStale } from '../src/lib/freshness.ts';
import { LOCALES } from '../src/lib/locales.ts';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('dictionaries', () => {
  const reference = keysOf(dictionary('nl')).sort();

  it.each(LOCALES)('%s has exactly the keys of the Dutch dictionary, none empty', (locale) => {
    expect(keysOf(dictionary(locale)).sort()).toEqual(reference);
    const empty = reference.filter((key) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], dictionary(locale)) === '');
    expect(empty).toEqual([]);
  });

  it('keeps placeholders identical across languages', () => {
    const placeholders = (locale: (typeof LOCALES)[number]) =>
      keysOf(dictionary(locale)).map((key) => {
        const text = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], dictionary(locale)) as string;
        return `${key}:${[...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',')}`;
      });
    for (const locale of LOCALES) expect(placeholders(locale).sort()).toEqual(placeholders('nl').sort());
  });
});

describe('language helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{listed} of {total}', { listed: 3, total: 5 })).toBe('3 of 5');
    expect(fill('{missing}', {})).toBe('{missing}');
  });

  it('serves the default language at the root and the others under their code', () => {
    expect(localePath('nl', '/crm/x/')).toBe('/crm/x/');
    expect(localePath('en', '/crm/x/')).toBe('/en/crm/x/');
  });

  it('falls back to the default language and says so through `lang`', () => {
    expect(pickText({ nl: 'Hallo', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', lang: 'en' });
    expect(pickText({ nl: 'Hallo' }, 'en')).toEqual({ text: 'Hallo', lang: 'nl' });
    expect(pickText('Plain English note', 'nl')).toEqual({ text: 'Plain English note', lang: 'en' });
  });

  it('spells out countries in the reader’s language', () => {
    expect(countryName('NO', 'nl-NL')).toBe('Noorwegen');
    expect(describeReason({ code: 'storage-outside', country: 'US', sources: [] }, 'en')).toBe('storage outside the EEA in United States');
    expect(describeReason({ code: 'subprocessor-outside', name: 'Mailer', country: 'IN', sources: [] }, 'nl')).toBe('subverwerker Mailer in India');
  });
});

describe('freshness', () => {
  const today = new Date('2026-11-29T12:00:00Z');
  it('marks facts stale after twelve months, not before', () => {
    expect(isStale('2025-11-29', today)).toBe(false);
    expect(isStale('2025-11-28', today)).toBe(true);
    expect(isStale('2026-06-01', today)).toBe(false);
  });
});

describe('GDPR citations, one style per language', () => {
  it('cites the same references in each language’s style', async () => {
    const { cite } = await import('../src/lib/citation.ts');
    const refs = [{ article: 5, paragraph: 1, point: 'e' }, { article: 4, point: '11' }, { recital: 32 }] as const;
    expect(cite(refs, 'en')).toBe('Art. 5(1)(e), Art. 4(11), Recital 32');
    expect(cite(refs, 'nl')).toBe('art. 5, lid 1, onder e; art. 4, punt 11; overweging 32');
    expect(cite(refs, 'fr')).toBe('art. 5, par. 1, point e; art. 4, point 11; considérant 32');
  });
});
