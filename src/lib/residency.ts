import type { Offering } from './schema/vendor.ts';

export interface StorageSummary {
  /** Distinct storage countries of the hosted offerings, in order of appearance. */
  countries: string[];
  /** One of the offerings is self-hosted: data stays where the customer runs it. */
  selfHosted: boolean;
  /** One of the hosted offerings has undocumented storage. */
  unknown: boolean;
  /** One of the hosted offerings stores in the EU/EEA without naming countries. */
  eeaUnnamed: boolean;
}

/** Where a set of offerings stores data, for badges and table cells. */
export function storageOf(offerings: readonly Offering[]): StorageSummary {
  const countries = new Set<string>();
  let selfHosted = false;
  let unknown = false;
  let eeaUnnamed = false;
  for (const offering of offerings) {
    if (offering.kind === 'self-hosted') selfHosted = true;
    else if (offering.storage.value === 'unknown') unknown = true;
    else if (offering.storage.value === 'eea') eeaUnnamed = true;
    else offering.storage.value.forEach((country) => countries.add(country));
  }
  return { countries: [...countries], selfHosted, unknown, eeaUnnamed };
}
