import type { SearchUiStrings } from '../../i18n/search.ts';
import { excerptParts } from '../../lib/excerpt.ts';
import { fill } from '../../lib/fill.ts';
import { namedNotListed } from '../../lib/not-listed-search.ts';
import type { MatchKind } from '../../lib/search-match.ts';
import type { PagefindResultData } from './pagefind.ts';
// A URL, not a side-effect import: Astro would put an imported stylesheet on every page whose
// script can reach this module, and the dialog's styles must load only when it opens.
import stylesheet from './search.css?url';

/**
 * Search results as DOM, shared by the header dialog and the search page. Everything from the
 * index or the query is written as text (textContent, text nodes); no HTML string is parsed.
 */

let styles: Promise<void> | undefined;

/** Adds the search styles to the page once; resolves when they apply. */
export function loadStyles(): Promise<void> {
  styles ??= new Promise<void>((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error('Search styles did not load')));
    document.head.append(link);
  });
  return styles;
}


/** "3 results for “x”", "1 result", "Nothing found for “x”.", "No page contains “x”." */
export function countMessage(strings: SearchUiStrings, count: number, query: string, kind: MatchKind = 'found'): string {
  if (kind === 'nearest-only') return fill(strings.noRealMatch, { query });
  if (count === 0) return query ? fill(strings.noResults, { query }) : strings.noFilterResults;
  const forms = query ? strings.resultCount : strings.filterCount;
  return fill(count === 1 ? forms.one : forms.other, { count, query });
}

export function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of excerptParts(excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(part.text));
    }
  }
  return fragment;
}

function badge(text: string, kind: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = `search-badge search-badge-${kind}`;
  span.textContent = text;
  return span;
}

/** One result: title link, type badge, storage badge for vendors, excerpt. */
export function resultItem(data: PagefindResultData, strings: SearchUiStrings): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const type = data.filters.type?.[0];
  if (type) item.dataset.type = type;

  const link = document.createElement('a');
  link.className = 'search-result-link';
  // URLs come from our own index; accept site paths only all the same.
  link.href = data.url.startsWith('/') && !data.url.startsWith('//') ? data.url : '#';
  link.textContent = data.meta.title || data.url;
  item.append(link);

  const badges = document.createElement('p');
  badges.className = 'search-badges';
  if (type && type in strings.types) badges.append(badge(strings.types[type as keyof typeof strings.types], 'type'));
  const storage = data.filters.country ?? [];
  if (type === 'vendor' && storage.length > 0) badges.append(badge(fill(strings.storageBadge, { countries: storage.join(', ') }), 'storage'));
  if (badges.childElementCount > 0) item.append(badges);

  if (data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.append(excerptNode(data.excerpt));
    item.append(excerpt);
  }
  return item;
}

/**
 * "HubSpot is not listed: awaiting evidence. Why?" for each not-listed vendor the query names,
 * shown before any result: the index has no page for them, so results alone would mislead.
 */
export function notListedNotices(query: string, strings: SearchUiStrings): HTMLParagraphElement[] {
  return namedNotListed(query, strings.notListed).map((entry) => {
    const p = document.createElement('p');
    p.className = 'search-not-listed';
    p.dataset.notListed = entry.id;
    p.append(document.createTextNode(`${fill(strings.notListedNotice[entry.state], { name: entry.name })} `));
    const link = document.createElement('a');
    link.href = `${strings.methodology}#vendor-${entry.id}`;
    link.textContent = strings.notListedWhy;
    p.append(link);
    return p;
  });
}

/** The "why isn't a vendor listed?" hint under an empty result list. */
export function notListedHint(strings: SearchUiStrings): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-hint';
  const link = document.createElement('a');
  link.href = strings.whyNotListed.href;
  link.textContent = strings.whyNotListed.text;
  p.append(link);
  return p;
}

/** Arrow keys between the result links, and from the field to the first one and back. */
export function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1 && document.activeElement !== input) return;
  event.preventDefault();
  if (event.key === 'ArrowDown') (links[Math.min(at + 1, links.length - 1)] ?? input).focus();
  else if (at <= 0) input.focus();
  else links[at - 1]?.focus();
}
