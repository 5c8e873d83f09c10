import { excerptParts } from './excerpt.ts';

/**
 * Telling a real match from Pagefind's nearest-word fallback. When no indexed word begins with a
 * query word, Pagefind 1.6 searches for the longest indexed word the query word begins with
 * (Pagefind/pagefind#315; there is no option to turn it off, #780), so "hubspot" finds pages
 * through "h" and "retentie" through "retent". What Pagefind offers to tell the two apart:
 *
 * - its exact search (a query in double quotes) finds a word only when the index holds it;
 * - the words it marks in an excerpt are the words it matched.
 *
 * A query word matches for real when the exact search finds it, or, for a word still being typed
 * ("bewaarterm"), when a word Pagefind marked begins with it. A fallback match marks only words
 * the query word begins with, never one that begins with the query word. Runs in the browser:
 * imports nothing but the excerpt parser.
 */

/** Pagefind's own normalisation of a query (coupled_search.ts): no punctuation, lower case. */
export function normaliseWord(word: string): string {
  return word.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '').toLocaleLowerCase();
}

/** The words of a query as Pagefind searches them: `Sub-processors  list` → ['subprocessors', 'list']. */
export function queryWords(query: string): string[] {
  return normaliseWord(query)
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/** The exact-search form of one word: Pagefind runs a query in double quotes as an exact search. */
export function exactQuery(word: string): string {
  return `"${word}"`;
}

/** The words Pagefind marked in an excerpt, normalised as it normalises queries. */
export function markedWords(excerpt: string): string[] {
  return excerptParts(excerpt)
    .filter((part) => part.mark)
    .flatMap((part) => queryWords(part.text));
}

/** Diacritics aside, as Pagefind compares them unless `exactDiacritics` is set. */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Whether the words Pagefind marked for a typed word show a real match: one of them begins with
 * the typed word. An excerpt without marks (a match in the title only) gives no evidence of a
 * fallback, so it counts as real.
 */
export function marksExtend(marked: readonly string[], typed: string): boolean {
  if (marked.length === 0) return true;
  const word = plain(normaliseWord(typed));
  return marked.some((mark) => plain(mark).startsWith(word));
}

/** What a search found, as the dialog and the search page report it. */
export type MatchKind = 'found' | 'nothing' | 'nearest-only';

/**
 * The verdict for a query from what Pagefind answered: how many results the search had, and for
 * each query word whether the exact search found it and which words its own search marked.
 */
export function matchKind(resultCount: number, words: readonly { exact: boolean; marked: readonly string[] | null; word: string }[]): MatchKind {
  if (resultCount === 0) return 'nothing';
  const real = words.every(({ exact, marked, word }) => exact || (marked !== null && marksExtend(marked, word)));
  return real ? 'found' : 'nearest-only';
}
