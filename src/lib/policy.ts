import type { Policy } from './eligibility.ts';

/**
 * The directory's promise, configured in this one place. Every page, listing, the sitemap, the
 * search index and the comparison table read vendors through the eligibility rule with this
 * policy. `eea` is the default the methodology page explains; `eea-and-adequacy` also accepts
 * countries with an EU adequacy decision (Art. 45); `excludeNonEeaJurisdiction` also leaves out
 * vendors whose company or parent is headquartered outside the EEA.
 */
export const ACTIVE_POLICY: Policy = {
  accept: 'eea',
  excludeNonEeaJurisdiction: false,
};
