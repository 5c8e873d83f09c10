import type { CriterionKey, Status } from '../criteria.ts';
import { COLUMNS, type SortKey } from './columns.ts';
import type { CompareRow } from './rows.ts';
import type { CompareState } from './state.ts';

/**
 * Filtering and sorting for the comparison table: pure functions over an array of rows, so the
 * browser renders only the rows that match instead of re-laying out the whole table.
 */

/** A "must have" is met by yes or partial; no and unknown never meet it. */
export function meets(status: Status): boolean {
  return status === 'yes' || status === 'partial';
}

/** Lower case without accents, for the name filter: "Téamleader" finds "Teamleader". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function matches(row: CompareRow, state: CompareState): boolean {
  if (!state.need.every((key) => meets(row.criteria[key]))) return false;
  if (state.lang && !(row.languages ?? []).includes(state.lang)) return false;
  if (state.free && row.freePlan !== 'yes') return false;
  if (state.maxPrice !== null && (row.price === null || row.price > state.maxPrice)) return false;
  // Undocumented jurisdiction is not "no US parent": unknown never meets a requirement.
  if (state.noUsParent && (row.jurisdiction === 'us' || row.jurisdiction === 'unknown')) return false;
  if (state.vendorHosted && !row.hosting.includes('vendor')) return false;
  if (state.selfHosted && !row.hosting.includes('self')) return false;
  if (state.q && !foldText(row.name).includes(foldText(state.q))) return false;
  return true;
}

export function filterRows<R extends CompareRow>(rows: readonly R[], state: CompareState): R[] {
  return rows.filter((row) => matches(row, state));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const STATUS_RANK: Record<Status, number> = { yes: 0, partial: 1, no: 2, unknown: 3 };
const JURISDICTION_RANK: Record<CompareRow['jurisdiction'], number> = { eea: 0, 'non-eea': 1, us: 2, unknown: 3 };

/** A sortable value; `null` is unknown and sorts last in both directions. */
function sortValue(row: CompareRow, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return foldText(row.name);
    case 'storage':
      return row.storageSort ? foldText(row.storageSort) : null;
    case 'jurisdiction':
      return row.jurisdiction === 'unknown' ? null : JURISDICTION_RANK[row.jurisdiction];
    case 'hosting':
      // Vendor-hosted first: the option that asks least of a small organisation.
      return row.hosting.includes('vendor') ? 0 : 1;
    case 'freePlan':
      return row.freePlan === 'unknown' ? null : STATUS_RANK[row.freePlan];
    case 'price':
      return row.price;
    case 'languages':
      return row.languages === null ? null : -row.languages.length;
    case 'lastVerified':
      return row.lastVerified;
    default: {
      const column = COLUMNS.find((c) => c.key === key);
      const criteria: readonly CriterionKey[] = column && column.kind === 'status' ? column.criteria : [];
      const best = Math.min(...criteria.map((c) => STATUS_RANK[row.criteria[c]]));
      return best === STATUS_RANK.unknown ? null : best;
    }
  }
}

/**
 * Sorts by a column, stable: equal values keep their current order (alphabetical, as served).
 * "Ascending" means best first for statuses (yes before no), cheapest first for price, most
 * languages first, oldest first for dates. Unknown values go last either way.
 */
export function sortRows<R extends CompareRow>(rows: readonly R[], key: SortKey | null, dir: 'asc' | 'desc'): R[] {
  if (!key) return [...rows];
  const keyed = rows.map((row, index) => ({ row, index, value: sortValue(row, key) }));
  const sign = dir === 'asc' ? 1 : -1;
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === null ? 1 : -1;
    }
    const order = typeof a.value === 'string' ? collator.compare(a.value, b.value as string) : a.value - (b.value as number);
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

/** Rows for the side-by-side view: which criteria rows to show, given the chosen vendors. */
/** Values are statuses or display texts; 'unknown' marks an unknown value. */
export function sideBySideVisible(values: readonly string[], state: Pick<CompareState, 'diff' | 'known'>): boolean {
  if (state.known && values.every((v) => v === 'unknown')) return false;
  if (state.diff && values.every((v) => v === values[0])) return false;
  return true;
}
