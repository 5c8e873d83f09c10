/**
 * The search page without JavaScript: a server that can, writes the query of `/search/?q=…`
 * into the search field, so a visitor who submitted the form sees what they searched for even
 * when the page's script does not run. The page itself is static and the same for every query;
 * `npm start`'s server applies this, and docs/hosting.md's nginx configuration does the same
 * with SSI (hosts that serve files only leave the field empty until the script fills it).
 */
import { readSearchState } from './search-state.ts';

/**
 * The attribute the search page's field is found by (src/components/SearchForm.astro renders
 * it; nginx's `sub_filter` looks for the same text). A site test checks every search page holds
 * it exactly once.
 */
export const SEARCH_FIELD_MARKER = 'id="search-page-field"';

/** Text made safe inside a double- or single-quoted HTML attribute value. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The query as the page's script reads it from a URL's query string (`?q=a+b` → `a b`). */
export function searchQuery(search: string): string {
  return readSearchState(new URLSearchParams(search)).q;
}

/** The page with the query as the field's value; unchanged when the query is empty or the field is missing. */
export function prefillSearchField(html: string, query: string): string {
  if (query === '') return html;
  const at = html.indexOf(SEARCH_FIELD_MARKER);
  if (at === -1) return html;
  const end = at + SEARCH_FIELD_MARKER.length;
  return `${html.slice(0, end)} value="${escapeAttribute(query)}"${html.slice(end)}`;
}
