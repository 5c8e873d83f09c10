import { CRITERIA, CRITERION_KEYS, type CriterionKey, type Status } from './criteria.ts';
import type { Feature } from './schema/shared.ts';
import type { Vendor } from './schema/vendor.ts';

/** The feature a vendor file holds for a criterion. */
export function featureOf(vendor: Vendor, key: CriterionKey): Feature {
  const group = vendor[CRITERIA[key].group] as unknown as Record<CriterionKey, Feature>;
  return group[key];
}

export interface Checklist {
  items: { key: CriterionKey; status: Status }[];
  counts: Record<Status, number>;
}

/** The domain's core criteria for one vendor: met, partly met, not met, unknown. */
export function checklist(vendor: Vendor): Checklist {
  const items = CRITERION_KEYS.filter((key) => CRITERIA[key].core).map((key) => ({ key, status: featureOf(vendor, key).status }));
  const counts: Record<Status, number> = { yes: 0, partial: 0, no: 0, unknown: 0 };
  for (const item of items) counts[item.status]++;
  return { items, counts };
}
