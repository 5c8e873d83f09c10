import type { PagefindFilters } from '../../lib/search-state.ts';
import { exactQuery, markedWords, matchKind, queryWords, type MatchKind } from '../../lib/search-match.ts';
import type { PagefindResult } from './pagefind.ts';
import { loadPagefind } from './pagefind.ts';

export interface Searched {
  kind: MatchKind;
  /** Empty unless `kind` is `found`: nearest-word fallbacks are not shown as results. */
  results: PagefindResult[];
}

/**
 * One search as the dialog and the search page run it: Pagefind's results, unless they match
 * only through another word (see src/lib/search-match.ts). The check asks Pagefind once more per
 * query word, on the same loaded index chunks, without filters: whether a word exists in this
 * language's index does not depend on them.
 */
export async function searchSite(query: string, filters?: PagefindFilters): Promise<Searched> {
  const pagefind = await loadPagefind();
  const found = await pagefind.search(query || null, filters ? { filters } : undefined);
  if (!query || found.results.length === 0) return { kind: found.results.length === 0 ? 'nothing' : 'found', results: found.results };
  const words = await Promise.all(
    queryWords(query).map(async (word) => {
      const exact = (await pagefind.search(exactQuery(word))).results.length > 0;
      if (exact) return { word, exact, marked: [] };
      const first = (await pagefind.search(word)).results[0];
      if (!first) return { word, exact, marked: null };
      const data = await first.data();
      return { word, exact, marked: [data.excerpt, ...(data.sub_results ?? []).map((sub) => sub.excerpt)].flatMap(markedWords) };
    }),
  );
  const kind = matchKind(found.results.length, words);
  return { kind, results: kind === 'found' ? found.results : [] };
}
