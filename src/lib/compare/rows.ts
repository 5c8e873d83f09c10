import { CRITERION_KEYS, STATUSES, type CriterionKey, type Status } from '../criteria.ts';
import type { Jurisdiction } from '../eligibility.ts';
import type { Offering, Vendor } from '../schema/vendor.ts';
import { featureOf } from '../checklist.ts';
import { HOSTING_MODES, hostingModes, type HostingMode } from '../hosting.ts';

/**
 * One vendor as the comparison table's filters and sorting see it: a flat, serialisable record.
 * The server writes it into the row's data attributes; the browser reads it back, so both work
 * on the same values.
 */
export interface CompareRow {
  id: string;
  name: string;
  /** One status per criterion, in CRITERION_KEYS order. */
  criteria: Record<CriterionKey, Status>;
  freePlan: Status;
  /** Entry price in EUR per user per month; null when unknown. */
  price: number | null;
  /** Interface languages (ISO 639-1); null when unknown. */
  languages: string[] | null;
  jurisdiction: 'eea' | 'non-eea' | 'us' | 'unknown';
  /** How the qualifying offerings are run: by the vendor, by the buyer, or both. */
  hosting: HostingMode[];
  /** First storage country name of the qualifying offerings, for sorting. */
  storageSort: string;
  lastVerified: string;
}

export function jurisdictionClass(j: Jurisdiction): CompareRow['jurisdiction'] {
  if (j.us) return 'us';
  if (j.nonEea) return 'non-eea';
  if (j.undocumented) return 'unknown';
  return 'eea';
}

/** `qualifying`: the offerings through which the rule lists the vendor. */
export function toCompareRow(id: string, vendor: Vendor, jurisdiction: Jurisdiction, storageSort: string, qualifying: readonly Pick<Offering, 'kind'>[]): CompareRow {
  return {
    id,
    name: vendor.name,
    criteria: Object.fromEntries(CRITERION_KEYS.map((key) => [key, featureOf(vendor, key).status])) as Record<CriterionKey, Status>,
    freePlan: vendor.pricing.freePlan.status,
    price: vendor.pricing.entryPrice.value === 'unknown' ? null : vendor.pricing.entryPrice.value,
    languages: vendor.languages.value === 'unknown' ? null : vendor.languages.value,
    jurisdiction: jurisdictionClass(jurisdiction),
    hosting: hostingModes(qualifying),
    storageSort,
    lastVerified: vendor.lastVerified,
  };
}

// Compact encoding for data attributes: one letter per status.
const CODE: Record<Status, string> = { yes: 'y', partial: 'p', no: 'n', unknown: 'u' };
const DECODE = Object.fromEntries(STATUSES.map((s) => [CODE[s], s])) as Record<string, Status>;

/** The row as data-* attribute values (without the `data-` prefix). */
export function encodeRow(row: CompareRow): Record<string, string> {
  return {
    id: row.id,
    name: row.name,
    criteria: CRITERION_KEYS.map((key) => CODE[row.criteria[key]]).join(''),
    free: CODE[row.freePlan],
    price: row.price === null ? '' : String(row.price),
    langs: row.languages === null ? '?' : row.languages.join(' '),
    jurisdiction: row.jurisdiction,
    hosting: row.hosting.join(' '),
    storage: row.storageSort,
    verified: row.lastVerified,
  };
}

/** Reads back what encodeRow wrote; `get` returns a data attribute's value. */
export function decodeRow(get: (name: string) => string | undefined): CompareRow {
  const criteriaCodes = get('criteria') ?? '';
  const langs = get('langs') ?? '?';
  const price = get('price');
  const jurisdiction = get('jurisdiction');
  return {
    id: get('id') ?? '',
    name: get('name') ?? '',
    criteria: Object.fromEntries(CRITERION_KEYS.map((key, i) => [key, DECODE[criteriaCodes[i] ?? 'u'] ?? 'unknown'])) as Record<CriterionKey, Status>,
    freePlan: DECODE[get('free') ?? 'u'] ?? 'unknown',
    price: price ? Number(price) : null,
    languages: langs === '?' ? null : langs.split(' ').filter(Boolean),
    jurisdiction: jurisdiction === 'eea' || jurisdiction === 'non-eea' || jurisdiction === 'us' ? jurisdiction : 'unknown',
    hosting: HOSTING_MODES.filter((mode) => (get('hosting') ?? '').split(' ').includes(mode)),
    storageSort: get('storage') ?? '',
    lastVerified: get('verified') ?? '',
  };
}
