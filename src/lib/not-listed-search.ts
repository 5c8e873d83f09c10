/**
 * Naming a vendor that is not listed in search: the search dialog and page say first that it is
 * not listed, and why, from a short list of names shipped with the search strings (not from the
 * index, which holds listed vendors only). Runs in the browser: imports nothing.
 */

export type NotListedState = 'awaiting-evidence' | 'excluded';

export interface NotListedName {
  id: string;
  name: string;
  state: NotListedState;
  /** Folded words of the name and id a query can name the vendor by, e.g. ['hubspot', 'smart']. */
  words: string[];
}

/** Lower case, no accents, letters and digits only, in words: "HubSpot Smart-CRM" → ['hubspot', 'smart', 'crm']. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A query word names a vendor word when it is that word, or a start of it at least 4 letters long ("hubs"). */
const MIN_PREFIX = 4;

/**
 * The entries for a set of not-listed vendors, with words shared by several vendor names ("crm",
 * "sales") left out: "crm" alone names no vendor. `allNames` are the names of every vendor file,
 * listed or not, so a word common among listed vendors does not single out a not-listed one.
 */
export function notListedNames(vendors: readonly { id: string; name: string; state: NotListedState }[], allNames: readonly string[]): NotListedName[] {
  const uses = new Map<string, number>();
  for (const name of allNames) for (const word of new Set(foldWords(name))) uses.set(word, (uses.get(word) ?? 0) + 1);
  return vendors.map(({ id, name, state }) => ({
    id,
    name,
    state,
    words: [...new Set([...foldWords(name), ...foldWords(id)])].filter((word) => word.length >= 3 && (uses.get(word) ?? 0) < 3 && !/^\d+$/.test(word)),
  }));
}

/**
 * The not-listed vendors a query names: one of its words is one of theirs ("hubspot", "odoo crm",
 * "hubspot alternatives"), or begins one with at least four letters ("hubs").
 */
export function namedNotListed(query: string, entries: readonly NotListedName[]): NotListedName[] {
  const words = foldWords(query);
  return entries.filter((entry) => words.some((word) => entry.words.some((w) => w === word || (word.length >= MIN_PREFIX && w.startsWith(word)))));
}
