import type { VendorState } from './eligibility.ts';
import type { Correction } from './schema/vendor.ts';

/**
 * The public corrections log: every correction recorded in a vendor file, newest first. It reads
 * the files as they are now, so it needs no git history. A vendor that is not listed is not
 * named outside the methodology page (README, "How it works"): its corrections appear without
 * name or text, pointing at its methodology entry, which has both.
 */

export interface CorrectionItem {
  id: string;
  /** Undefined when the vendor is not listed today. */
  name?: string;
  correction: Correction;
}

export function correctionsLog(vendors: readonly { id: string; name: string; state: VendorState; corrections?: readonly Correction[] }[]): CorrectionItem[] {
  return vendors
    .flatMap((vendor) => (vendor.corrections ?? []).map((correction) => ({ id: vendor.id, ...(vendor.state === 'listed' ? { name: vendor.name } : {}), correction })))
    .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.id.localeCompare(b.id));
}
