import { featureOf } from './checklist.ts';
import { CRITERION_KEYS, type CriterionKey } from './criteria.ts';
import type { Vendor } from './schema/vendor.ts';

/**
 * How much of the comparison is known: criterion cells and practical facts (free plan, entry
 * price, interface languages) that are not `unknown`, per vendor and in total. The content check
 * already refuses a known fact without a source, so known here means known with a source.
 */

export const PRACTICAL_FACTS = ['freePlan', 'entryPrice', 'languages'] as const;
export type PracticalFact = (typeof PRACTICAL_FACTS)[number];

export function unknownCriteria(vendor: Vendor): CriterionKey[] {
  return CRITERION_KEYS.filter((key) => featureOf(vendor, key).status === 'unknown');
}

export function unknownPractical(vendor: Vendor): PracticalFact[] {
  const known: Record<PracticalFact, boolean> = {
    freePlan: vendor.pricing.freePlan.status !== 'unknown',
    entryPrice: vendor.pricing.entryPrice.value !== 'unknown',
    languages: vendor.languages.value !== 'unknown',
  };
  return PRACTICAL_FACTS.filter((fact) => !known[fact]);
}

export interface Share {
  known: number;
  total: number;
}

export interface Coverage {
  vendors: { id: string; criteria: Share; practical: Share }[];
  criteria: Share;
  practical: Share;
}

export function coverage(vendors: readonly { id: string; data: Vendor }[]): Coverage {
  const rows = vendors.map(({ id, data }) => ({
    id,
    criteria: { known: CRITERION_KEYS.length - unknownCriteria(data).length, total: CRITERION_KEYS.length },
    practical: { known: PRACTICAL_FACTS.length - unknownPractical(data).length, total: PRACTICAL_FACTS.length },
  }));
  const sum = (pick: (row: (typeof rows)[number]) => Share): Share => ({
    known: rows.reduce((n, row) => n + pick(row).known, 0),
    total: rows.reduce((n, row) => n + pick(row).total, 0),
  });
  return { vendors: rows, criteria: sum((r) => r.criteria), practical: sum((r) => r.practical) };
}

/** "147 of 288 (51%)" */
export function formatShare({ known, total }: Share): string {
  return `${known} of ${total} (${total === 0 ? 0 : Math.round((known / total) * 100)}%)`;
}
