import { countryName } from '../lib/countries.ts';
import type { Locale } from '../lib/locales.ts';
import { STORAGE_EEA, STORAGE_SELF_HOSTED, type SearchFeature } from '../lib/search-facets.ts';
import { dictionary } from './index.ts';

/**
 * Search facets as the index stores them and the search page shows them: in the page's language,
 * with the criterion labels of the dictionaries and country names from Intl.DisplayNames.
 */

export function storageLabel(key: string, locale: Locale): string {
  const t = dictionary(locale);
  if (key === STORAGE_EEA) return t.vendor.eeaUnnamed;
  if (key === STORAGE_SELF_HOSTED) return t.badge.storageCustomer;
  return countryName(key, t.meta.locale);
}

export function featureLabel(key: SearchFeature, locale: Locale): string {
  const t = dictionary(locale);
  return key === 'selfHosting' ? t.offeringKind['self-hosted'] : t.criteria[key].label;
}

