import { countryName } from '../lib/countries.ts';
import type { Locale } from '../lib/locales.ts';
import type { NotListedName } from '../lib/not-listed-search.ts';
import { STORAGE_EEA, STORAGE_SELF_HOSTED, type SearchFeature } from '../lib/search-state.ts';
import { dictionary } from './index.ts';
import { routes } from './routes.ts';

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

/**
 * The strings the search scripts need at run time, in one language. The header's search dialog
 * fetches them from the search-strings endpoint when it first opens (so pages where search is not
 * used carry none of them); the search page embeds them.
 */
export function searchUiStrings(locale: Locale, notListed: NotListedName[]) {
  const t = dictionary(locale);
  const s = t.search;
  return {
    dialogLabel: s.dialogLabel,
    inputLabel: s.inputLabel,
    placeholder: s.placeholder,
    close: s.close,
    keyboardHint: s.keyboardHint,
    loading: s.loading,
    resultCount: s.resultCount,
    filterCount: s.filterCount,
    noResults: s.noResults,
    noRealMatch: s.noRealMatch,
    noFilterResults: s.noFilterResults,
    prompt: s.prompt,
    allResults: s.allResults,
    error: s.error,
    devMode: s.devMode,
    results: s.results,
    storageBadge: s.storageBadge,
    types: s.types,
    searchPage: routes.search(locale),
    whyNotListed: { text: t.home.whyNotListed, href: `${routes.methodology(locale)}#excluded` },
    /** Not-listed vendors a query may name; their entries are at `#vendor-<id>` on the methodology page. */
    notListed,
    notListedNotice: s.notListedNotice,
    notListedWhy: s.notListedWhy,
    methodology: routes.methodology(locale),
  };
}

export type SearchUiStrings = ReturnType<typeof searchUiStrings>;
