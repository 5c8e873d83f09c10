import { CRITERION_KEYS, type CriterionKey } from '../criteria.ts';
import { SORT_KEYS, type SortKey } from './columns.ts';

/**
 * The comparison page's state, kept in the URL query so a filtered view or a side-by-side
 * selection is a link one can send. Parsing is forgiving: anything unknown, malformed or too
 * long is dropped, never echoed.
 */
export interface CompareState {
  /** Criteria the buyer requires ("must have"). */
  need: CriterionKey[];
  /** Required interface language (ISO 639-1). */
  lang: string | null;
  free: boolean;
  /** Maximum entry price in EUR per user per month. */
  maxPrice: number | null;
  noUsParent: boolean;
  /** A qualifying offering that the vendor (or its partner) hosts in the EU/EEA. */
  vendorHosted: boolean;
  /** A qualifying offering that the buyer hosts themselves. */
  selfHosted: boolean;
  /** Text filter on the vendor name. */
  q: string;
  sort: SortKey | null;
  dir: 'asc' | 'desc';
  /** Vendor ids for the side-by-side view, 2–4 of them. */
  compare: string[];
  /** Side-by-side: show only rows where the vendors differ. */
  diff: boolean;
  /** Side-by-side: hide rows where every vendor is unknown. */
  known: boolean;
}

export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;
const MAX_QUERY_LENGTH = 80;
const criterionKeys = new Set<string>(CRITERION_KEYS);
const sortKeys = new Set<string>(SORT_KEYS);

export function emptyState(): CompareState {
  return { need: [], lang: null, free: false, maxPrice: null, noUsParent: false, vendorHosted: false, selfHosted: false, q: '', sort: null, dir: 'asc', compare: [], diff: false, known: false };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** `vendorIds`: the listed vendors; ids outside it are ignored. */
export function parseState(params: URLSearchParams, vendorIds: ReadonlySet<string>): CompareState {
  const state = emptyState();
  state.need = unique(params.getAll('need').filter((key): key is CriterionKey => criterionKeys.has(key)));
  const lang = params.get('lang');
  if (lang && /^[a-z]{2,3}$/.test(lang)) state.lang = lang;
  state.free = params.get('free') === '1';
  const maxPrice = Number(params.get('maxPrice'));
  if (params.get('maxPrice') && Number.isFinite(maxPrice) && maxPrice >= 0 && maxPrice <= 100_000) state.maxPrice = maxPrice;
  state.noUsParent = params.get('noUsParent') === '1';
  state.vendorHosted = params.get('vendorHosted') === '1';
  state.selfHosted = params.get('selfHosted') === '1';
  state.q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const sort = params.get('sort');
  if (sort && sortKeys.has(sort)) {
    state.sort = sort as SortKey;
    state.dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  }
  const compare = unique((params.get('compare') ?? '').split(',').filter((id) => vendorIds.has(id)));
  state.compare = compare.slice(0, MAX_COMPARE);
  state.diff = params.get('diff') === '1';
  state.known = params.get('known') === '1';
  return state;
}

/** The query string for a state, in a fixed order, without defaults: equal states give equal URLs. */
export function serializeState(state: CompareState): string {
  const params = new URLSearchParams();
  for (const key of CRITERION_KEYS) if (state.need.includes(key)) params.append('need', key);
  if (state.lang) params.set('lang', state.lang);
  if (state.free) params.set('free', '1');
  if (state.maxPrice !== null) params.set('maxPrice', String(state.maxPrice));
  if (state.noUsParent) params.set('noUsParent', '1');
  if (state.vendorHosted) params.set('vendorHosted', '1');
  if (state.selfHosted) params.set('selfHosted', '1');
  if (state.q) params.set('q', state.q);
  if (state.sort) {
    params.set('sort', state.sort);
    if (state.dir === 'desc') params.set('dir', 'desc');
  }
  if (state.compare.length > 0) params.set('compare', state.compare.join(','));
  if (state.diff) params.set('diff', '1');
  if (state.known) params.set('known', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
