import { featureOf } from './checklist.ts';
import type { CriterionKey } from './criteria.ts';
import { storageOf } from './residency.ts';
import type { Offering, Vendor } from './schema/vendor.ts';

/**
 * What search can filter on, as language-independent keys. The search page puts these keys in
 * its URL (?type=vendor&country=DE&feature=consentLog); the index stores the same facts as
 * labels in the page's language (see src/i18n/search.ts), because Pagefind shows filter values
 * as they are written.
 */

/** Result types. `page` is a site page such as the methodology. */
export const SEARCH_TYPES = ['vendor', 'article', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The main GDPR features search filters on: five criteria from the registry, plus self-hosting. */
export const SEARCH_FEATURES = ['consentLog', 'retentionRules', 'access', 'erasure', 'iso27001', 'selfHosting'] as const;
export type SearchFeature = (typeof SEARCH_FEATURES)[number];

/** Storage "countries" beyond ISO codes: documented EU/EEA without country names, and self-hosting. */
export const STORAGE_EEA = 'eea';
export const STORAGE_SELF_HOSTED = 'self-hosted';

export interface VendorFacets {
  /** Where a qualifying offering stores data: ISO codes, then `eea` and `self-hosted` when they apply. */
  storage: string[];
  /** The main features the vendor has: criteria whose status is `yes`, and `selfHosting`. */
  features: SearchFeature[];
}

/**
 * The search facets of a listed vendor. Storage comes from the qualifying offerings only (the
 * ones that make it listed, as on its card); `selfHosting` means the product can be self-hosted
 * at all. A criterion counts only when its status is `yes`: partial and unknown do not.
 */
export function vendorFacets(vendor: Vendor, qualifying: readonly Offering[]): VendorFacets {
  const summary = storageOf(qualifying);
  const storage = [...summary.countries];
  if (summary.eeaUnnamed) storage.push(STORAGE_EEA);
  if (summary.selfHosted) storage.push(STORAGE_SELF_HOSTED);
  const features = SEARCH_FEATURES.filter((key) =>
    key === 'selfHosting' ? vendor.offerings.some((o) => o.kind === 'self-hosted') : featureOf(vendor, key satisfies CriterionKey).status === 'yes',
  );
  return { storage, features };
}

/** A storage key the search page accepts from its URL. */
export function isStorageKey(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) || value === STORAGE_EEA || value === STORAGE_SELF_HOSTED;
}
