import type { PagefindFilters } from '../../lib/search-state.ts';

/** The part of Pagefind's browser API (pagefind.js, Pagefind 1.6) the search UI uses. */
export interface PagefindResultData {
  url: string;
  /** HTML: the text with entities encoded and the matched words in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** The page's sections that matched, each with its own excerpt. */
  sub_results?: { url: string; title: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: { filters?: PagefindFilters }) => Promise<void>;
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch>;
}

/** Pagefind does not exist in `astro dev`: the integration writes it after `astro build`. */
export class SearchUnavailableInDev extends Error {}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, on first use. It picks the index of the page's `<html lang>`, so Dutch pages
 * search Dutch pages and English pages English ones.
 */
export function loadPagefind(): Promise<Pagefind> {
  if (import.meta.env.DEV) return Promise.reject(new SearchUnavailableInDev());
  loading ??= (async () => {
    // A runtime URL, not a module: Vite must leave this import alone.
    const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline for a moment) may be retried on the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
