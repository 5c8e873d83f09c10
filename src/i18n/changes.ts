import type { ChangeItem } from '../lib/history.ts';
import type { Locale } from '../lib/locales.ts';
import { entryLines } from './history.ts';
import { dictionary, fill } from './index.ts';
import { routes } from './routes.ts';

/**
 * The changes page's and feed's words for one entry: where it links (the entry in the vendor's
 * history, or in its methodology entry when the vendor is not listed), and a title and summary
 * for the feed.
 */

const anchor = (entry: ChangeItem['entry']) => entry.commit.slice(0, 12);

export function changeLink(item: ChangeItem, locale: Locale): string {
  return item.name
    ? `${routes.vendor(locale, item.id)}#history-${anchor(item.entry)}`
    : `${routes.notListedEntry(locale, item.id)}-history-${anchor(item.entry)}`;
}

export function changeTitle(item: ChangeItem, locale: Locale): string {
  const t = dictionary(locale);
  if (!item.name) {
    const left = item.entry.changes.find((change) => change.kind === 'outcome');
    return fill(t.changesPage.leftList, { state: left?.kind === 'outcome' ? t.history.states[left.to] : '' });
  }
  const [first] = entryLines(item.entry, locale);
  return `${item.name}: ${first ?? t.history.correction}`;
}

export function changeSummary(item: ChangeItem, locale: Locale): string {
  const t = dictionary(locale);
  if (!item.name) return t.changesPage.leftListLink;
  const lines = entryLines(item.entry, locale);
  return [...(item.entry.corrections.length > 0 ? [t.history.correction] : []), ...lines].join('. ') + '.';
}
