/**
 * What search filters on and the search page's state, kept in its URL:
 * `?q=consent&type=article&country=DE&country=NL&feature=erasure`. The keys are language-free;
 * the index stores the same facts as labels in the page's language (src/i18n/search.ts), because
 * Pagefind keeps filter values as written. vendorFacets() in ./search-facets.ts computes them for
 * a vendor. Runs in the browser too, so it imports nothing: no DOM, no Astro, no registries (the
 * criteria registry would come along into the search dialog's bundle).
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

/** A storage key the search page accepts from its URL. */
export function isStorageKey(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) || value === STORAGE_EEA || value === STORAGE_SELF_HOSTED;
}

/** The types a visitor can restrict results to; `page` results only show under "all". */
export const FILTER_TYPES = ['vendor', 'article'] as const;
export type FilterType = (typeof FILTER_TYPES)[number];

export interface SearchState {
  q: string;
  type: FilterType | null;
  /** Storage keys (ISO codes, `eea`, `self-hosted`); a result matches when it stores in any of them. */
  country: string[];
  /** A result matches when it has every one of these features. */
  feature: SearchFeature[];
}

/** Longer queries are cut: nobody types more, and Pagefind's work grows with the terms. */
export const MAX_QUERY_LENGTH = 200;

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Reads the state from a URL's query, dropping values the page does not know. */
export function readSearchState(params: URLSearchParams): SearchState {
  const type = params.get('type');
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    type: (FILTER_TYPES as readonly string[]).includes(type ?? '') ? (type as FilterType) : null,
    country: unique(params.getAll('country').filter(isStorageKey)),
    feature: unique(params.getAll('feature').filter((f): f is SearchFeature => (SEARCH_FEATURES as readonly string[]).includes(f))),
  };
}

/** The query string for a state, without empty parameters, in a fixed order. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  for (const country of state.country) params.append('country', country);
  for (const feature of state.feature) params.append('feature', feature);
  return params;
}

export function isEmptySearch(state: SearchState): boolean {
  return !state.q && !state.type && state.country.length === 0 && state.feature.length === 0;
}

/** The Pagefind filter keys the pages declare with `data-pagefind-filter`. */
export const FILTER_KEYS = { type: 'type', country: 'country', feature: 'feature' } as const;

export type PagefindFilters = Record<string, string | string[] | { any: string[] }>;

/**
 * The Pagefind `filters` option for a state. `label` turns a key into the value the index holds
 * in this page's language (e.g. `DE` → `Duitsland`); keys without a label are dropped.
 */
export function pagefindFilters(state: SearchState, label: (group: 'country' | 'feature', key: string) => string | undefined): PagefindFilters {
  const filters: PagefindFilters = {};
  if (state.type) filters[FILTER_KEYS.type] = state.type;
  const countries = state.country.flatMap((key) => label('country', key) ?? []);
  if (countries.length > 0) filters[FILTER_KEYS.country] = { any: countries };
  const features = state.feature.flatMap((key) => label('feature', key) ?? []);
  if (features.length > 0) filters[FILTER_KEYS.feature] = features;
  return filters;
}
