import type { Offering } from './schema/vendor.ts';

/**
 * Who runs a CRM for the buyer, in the buyer's terms: the vendor (or a partner of the vendor)
 * hosts it, or the buyer hosts it on their own server or with a hosting partner of their choice.
 * The one registry for the two ways a vendor qualifies; cards, table, filters and the
 * questionnaire read it.
 */
export const HOSTING_MODES = ['vendor', 'self'] as const;
export type HostingMode = (typeof HOSTING_MODES)[number];

export function hostingModeOf(kind: Offering['kind']): HostingMode {
  return kind === 'self-hosted' ? 'self' : 'vendor';
}

/** The ways a set of qualifying offerings can be run, in registry order, without repeats. */
export function hostingModes(offerings: readonly Pick<Offering, 'kind'>[]): HostingMode[] {
  const modes = new Set(offerings.map((offering) => hostingModeOf(offering.kind)));
  return HOSTING_MODES.filter((mode) => modes.has(mode));
}
