import { CRITERION_KEYS } from './criteria.ts';
import { featureOf } from './checklist.ts';
import type { Caveat, Condition, Jurisdiction, ListedVerdict, OfferingVerdict, Policy, Reason } from './eligibility.ts';
import { LOCALES, type Locale } from './locales.ts';
import { storageOf } from './residency.ts';
import type { Vendor } from './schema/vendor.ts';

/** The licence of the published data; stated in the JSON, the schema and the open-data page. */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export interface ListedLike {
  id: string;
  data: Vendor;
  verdict: ListedVerdict;
}

export interface OpenDataOptions {
  /** Absolute URL of the vendor page in a language. */
  pageUrl: (locale: Locale, id: string) => string;
  /** Absolute URLs of the open-data page and the JSON Schema. */
  aboutUrl: string;
  schemaUrl: string;
  policy: Policy;
}

function offeringVerdict(verdict: OfferingVerdict): { id: string; kind: string; qualifies: boolean; reasons: Reason[]; conditions: Condition[]; caveats: Caveat[] } {
  const { offering, qualifies, reasons, conditions, caveats } = verdict;
  return { id: offering.id, kind: offering.kind, qualifies, reasons, conditions, caveats };
}

/**
 * /data/vendors.json: every listed vendor with its facts as the vendor file holds them, and the
 * verdict of the eligibility rule per offering. Excluded vendors are not published.
 */
export function openDataJson(listed: readonly ListedLike[], options: OpenDataOptions) {
  return {
    title: 'EU CRM Guide: CRM systems that store and process personal data inside the EU/EEA',
    licence: DATA_LICENCE,
    attribution: `EU CRM Guide, ${options.aboutUrl}`,
    about: options.aboutUrl,
    schema: options.schemaUrl,
    policy: options.policy,
    count: listed.length,
    vendors: listed.map((vendor) => ({
      id: vendor.id,
      pages: Object.fromEntries(LOCALES.map((locale) => [locale, options.pageUrl(locale, vendor.id)])),
      verdict: {
        status: vendor.verdict.status,
        qualifyingOfferings: vendor.verdict.qualifying.map((o) => o.offering.id),
        offerings: vendor.verdict.offerings.map(offeringVerdict),
        jurisdiction: vendor.verdict.jurisdiction satisfies Jurisdiction,
      },
      facts: vendor.data,
    })),
  };
}

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'id',
  'name',
  'website',
  'page_nl',
  'page_en',
  'qualifying_offerings',
  'conditions',
  'storage_of_qualifying',
  'headquarters',
  'parent_company',
  'parent_country',
  'us_jurisdiction',
  ...CRITERION_KEYS,
  'free_plan',
  'entry_price_eur_per_user_month',
  'languages',
  'open_source',
  'licence',
  'dpa_url',
  'last_verified',
] as const;

/** /data/vendors.csv: one row per listed vendor, statuses as yes/partial/no/unknown. */
export function openDataCsv(listed: readonly ListedLike[], options: Pick<OpenDataOptions, 'pageUrl'>): string {
  const rows = listed.map((vendor) => {
    const { data, verdict } = vendor;
    const storage = storageOf(verdict.qualifying.map((o) => o.offering));
    const parent = data.parentCompany.value;
    const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
      id: vendor.id,
      name: data.name,
      website: data.website,
      page_nl: options.pageUrl('nl', vendor.id),
      page_en: options.pageUrl('en', vendor.id),
      qualifying_offerings: verdict.qualifying.map((o) => o.offering.id).join(';'),
      conditions: verdict.qualifying.flatMap((o) => o.conditions.map((c) => `${o.offering.id}: ${c.code === 'exception-off' ? c.name : c.code}`)).join(';'),
      storage_of_qualifying: [...storage.countries, ...(storage.eeaUnnamed ? ['EEA'] : []), ...(storage.selfHosted ? ['self-hosted'] : [])].join(';'),
      headquarters: data.headquarters.value,
      parent_company: typeof parent === 'string' ? parent : parent.name,
      parent_country: typeof parent === 'string' ? parent : parent.country,
      us_jurisdiction: verdict.jurisdiction.us ? 'yes' : verdict.jurisdiction.undocumented ? 'unknown' : 'no',
      ...(Object.fromEntries(CRITERION_KEYS.map((key) => [key, featureOf(data, key).status])) as Record<(typeof CRITERION_KEYS)[number], string>),
      free_plan: data.pricing.freePlan.status,
      entry_price_eur_per_user_month: data.pricing.entryPrice.value,
      languages: data.languages.value === 'unknown' ? 'unknown' : data.languages.value.join(';'),
      open_source: data.openSource.status,
      licence: data.openSource.licence ?? '',
      dpa_url: data.contract.dpaUrl ?? '',
      last_verified: data.lastVerified,
    };
    return CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
