import { hasAdequacyDecision, isEea } from './countries.ts';
import type { Offering, Vendor } from './schema/vendor.ts';

/**
 * The eligibility rule of domain.md, per offering: a vendor is listed when at least one of its
 * offerings stores and processes personal data inside the EEA (or, under `eea-and-adequacy`, in
 * adequate countries), and excluded with every reason otherwise. Unknown is not compliant.
 */

export interface Policy {
  accept: 'eea' | 'eea-and-adequacy';
  /** Also exclude vendors whose company or parent is headquartered outside the EEA (or unknown). */
  excludeNonEeaJurisdiction: boolean;
}

export type Reason =
  | { code: 'storage-undocumented' }
  | { code: 'storage-outside'; country: string }
  | { code: 'subprocessors-undocumented' }
  | { code: 'subprocessor-location-undocumented'; name: string }
  | { code: 'subprocessor-outside'; name: string; country: string }
  | { code: 'support-outside'; country: string }
  | { code: 'calls-home' }
  | { code: 'jurisdiction-outside'; role: 'headquarters' | 'parent'; country: string }
  | { code: 'jurisdiction-undocumented'; role: 'headquarters' | 'parent' };

/** Things a buyer should know about a qualifying offering, which do not exclude it. */
export type Caveat =
  | { code: 'host-in-eea' }
  | { code: 'calls-home-unknown' }
  | { code: 'support-access-undocumented' }
  | { code: 'subprocessors-by-commitment' }
  | { code: 'storage-countries-unnamed' };

export interface OfferingVerdict {
  offering: Offering;
  qualifies: boolean;
  reasons: Reason[];
  caveats: Caveat[];
}

export interface Jurisdiction {
  /** Countries in the chain: headquarters, then parent company. */
  headquarters: string | 'unknown';
  parent: string | 'none' | 'unknown';
  /** The company or its parent sits outside the EEA. */
  nonEea: boolean;
  /** The company or its parent sits in the US (CLOUD Act exposure). */
  us: boolean;
  /** Headquarters or parent not documented. */
  undocumented: boolean;
}

export type Verdict =
  | { status: 'listed'; qualifying: OfferingVerdict[]; offerings: OfferingVerdict[]; jurisdiction: Jurisdiction }
  | { status: 'excluded'; offerings: OfferingVerdict[]; vendorReasons: Reason[]; jurisdiction: Jurisdiction };

export function acceptsCountry(country: string, policy: Policy, dpfCertified: boolean): boolean {
  if (isEea(country)) return true;
  if (policy.accept !== 'eea-and-adequacy' || !hasAdequacyDecision(country)) return false;
  // The US decision covers only organisations certified under the Data Privacy Framework.
  return country !== 'US' || dpfCertified;
}

export function evaluateOffering(offering: Offering, policy: Policy): OfferingVerdict {
  const reasons: Reason[] = [];
  const caveats: Caveat[] = [];
  if (offering.kind === 'self-hosted') {
    caveats.push({ code: 'host-in-eea' });
    if (offering.callsHome.status === 'yes' || offering.callsHome.status === 'partial') reasons.push({ code: 'calls-home' });
    if (offering.callsHome.status === 'unknown') caveats.push({ code: 'calls-home-unknown' });
    return { offering, qualifies: reasons.length === 0, reasons, caveats };
  }

  const dpf = offering.dpfCertified.status === 'yes';
  const accepts = (country: string) => acceptsCountry(country, policy, dpf);

  if (offering.storage.value === 'unknown') reasons.push({ code: 'storage-undocumented' });
  else if (offering.storage.value === 'eea') caveats.push({ code: 'storage-countries-unnamed' });
  else for (const country of offering.storage.value) if (!accepts(country)) reasons.push({ code: 'storage-outside', country });

  const { locations, entries } = offering.subProcessors;
  if (locations === 'not-documented') reasons.push({ code: 'subprocessors-undocumented' });
  if (locations === 'eea-commitment') caveats.push({ code: 'subprocessors-by-commitment' });
  for (const entry of entries) {
    if (entry.countries === 'unknown') {
      // Under an EEA commitment the vendor vouches for unnamed locations; a complete list must name them.
      if (locations === 'listed') reasons.push({ code: 'subprocessor-location-undocumented', name: entry.name });
      continue;
    }
    for (const country of entry.countries) {
      if (!accepts(country)) reasons.push({ code: 'subprocessor-outside', name: entry.name, country });
    }
  }

  const support = offering.supportAccess.value;
  if (support === 'unknown') caveats.push({ code: 'support-access-undocumented' });
  else if (support !== 'none') for (const country of support) if (!accepts(country)) reasons.push({ code: 'support-outside', country });

  return { offering, qualifies: reasons.length === 0, reasons, caveats };
}

export function jurisdictionOf(vendor: Pick<Vendor, 'headquarters' | 'parentCompany'>): Jurisdiction {
  const headquarters = vendor.headquarters.value;
  const parentValue = vendor.parentCompany.value;
  const parent = typeof parentValue === 'string' ? parentValue : parentValue.country;
  const countries = [headquarters, parent].filter((c) => c !== 'unknown' && c !== 'none');
  return {
    headquarters,
    parent,
    nonEea: countries.some((c) => !isEea(c)),
    us: countries.includes('US'),
    undocumented: headquarters === 'unknown' || parent === 'unknown',
  };
}

function jurisdictionReasons(jurisdiction: Jurisdiction): Reason[] {
  const reasons: Reason[] = [];
  const roles = [
    ['headquarters', jurisdiction.headquarters],
    ['parent', jurisdiction.parent],
  ] as const;
  for (const [role, country] of roles) {
    if (country === 'unknown') reasons.push({ code: 'jurisdiction-undocumented', role });
    else if (country !== 'none' && !isEea(country)) reasons.push({ code: 'jurisdiction-outside', role, country });
  }
  return reasons;
}

export function evaluateVendor(vendor: Pick<Vendor, 'offerings' | 'headquarters' | 'parentCompany'>, policy: Policy): Verdict {
  const offerings = vendor.offerings.map((offering) => evaluateOffering(offering, policy));
  const jurisdiction = jurisdictionOf(vendor);
  const vendorReasons = policy.excludeNonEeaJurisdiction ? jurisdictionReasons(jurisdiction) : [];
  const qualifying = offerings.filter((verdict) => verdict.qualifies);
  if (qualifying.length > 0 && vendorReasons.length === 0) return { status: 'listed', qualifying, offerings, jurisdiction };
  return { status: 'excluded', offerings, vendorReasons, jurisdiction };
}

export interface Sorted<T> {
  listed: (T & { verdict: Extract<Verdict, { status: 'listed' }> })[];
  excluded: (T & { verdict: Extract<Verdict, { status: 'excluded' }> })[];
}

/** Splits entries into listed and excluded, each alphabetical by name: no ranking, no paid placement. */
export function partition<T extends { data: Pick<Vendor, 'name' | 'offerings' | 'headquarters' | 'parentCompany'> }>(
  entries: readonly T[],
  policy: Policy,
): Sorted<T> {
  const result: Sorted<T> = { listed: [], excluded: [] };
  const byName = [...entries].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }));
  for (const entry of byName) {
    const verdict = evaluateVendor(entry.data, policy);
    if (verdict.status === 'listed') result.listed.push({ ...entry, verdict });
    else result.excluded.push({ ...entry, verdict });
  }
  return result;
}
