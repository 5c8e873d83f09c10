import { featureOf } from './checklist.ts';
import type { CriterionKey } from './criteria.ts';
import { storageOf } from './residency.ts';
import type { Offering, Vendor } from './schema/vendor.ts';
import { SEARCH_FEATURES, STORAGE_EEA, STORAGE_SELF_HOSTED, type SearchFeature } from './search-state.ts';

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
