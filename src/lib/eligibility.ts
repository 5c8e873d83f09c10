import type { Condition } from './conditions.ts';
import { hasAdequacyDecision, isEea } from './countries.ts';
import { decidingSources, isDocumented, sourceKinds, type SourceKinds } from './evidence.ts';
import { isMissingEvidence, type Caveat, type Reason } from './reasons.ts';
import { COMMITMENT_COVERS, type HostedOffering, type Offering, type Vendor } from './schema/vendor.ts';

export type { Caveat, Reason } from './reasons.ts';
export type { Condition } from './conditions.ts';

/**
 * The eligibility rule of domain.md, per offering, with three outcomes per vendor:
 * - listed: at least one offering qualifies, on first-party evidence;
 * - awaiting evidence: none qualifies, and at least one fails only for want of first-party
 *   evidence (a gap in public evidence, not a finding of processing outside the EEA);
 * - excluded: every offering has documented processing outside the accepted countries.
 * Only first-party sources (evidence.ts) decide, in either direction: a fact whose sources are
 * all third parties counts as not documented.
 */

export interface Policy {
  accept: 'eea' | 'eea-and-adequacy';
  /** Also exclude vendors whose company or parent is headquartered outside the EEA (or unknown). */
  excludeNonEeaJurisdiction: boolean;
}

export type VendorState = 'listed' | 'awaiting-evidence' | 'excluded';
export const VENDOR_STATES = ['listed', 'awaiting-evidence', 'excluded'] as const satisfies readonly VendorState[];

export interface OfferingVerdict {
  offering: Offering;
  qualifies: boolean;
  reasons: Reason[];
  /** What the buyer must keep switched off for the offering to qualify. */
  conditions: Condition[];
  caveats: Caveat[];
  /** The first-party sources the verdict rests on. */
  evidence: string[];
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

export interface Verdict {
  status: VendorState;
  offerings: OfferingVerdict[];
  /** The offerings that qualify; empty unless listed. */
  qualifying: OfferingVerdict[];
  vendorReasons: Reason[];
  jurisdiction: Jurisdiction;
}

export interface ListedVerdict extends Verdict {
  status: 'listed';
}

export function acceptsCountry(country: string, policy: Policy, dpfCertified: boolean): boolean {
  if (isEea(country)) return true;
  if (policy.accept !== 'eea-and-adequacy' || !hasAdequacyDecision(country)) return false;
  // The US decision covers only organisations certified under the Data Privacy Framework.
  return country !== 'US' || dpfCertified;
}

/** Collects what one offering's facts say, keeping only what first-party sources show. */
class Findings {
  readonly reasons: Reason[] = [];
  readonly conditions: Condition[] = [];
  readonly caveats: Caveat[] = [];
  readonly evidence = new Set<string>();

  private readonly kinds: SourceKinds;

  constructor(kinds: SourceKinds) {
    this.kinds = kinds;
  }

  /** The deciding sources among `ids`, remembered as evidence; empty when none decides. */
  decide(...lists: (readonly string[] | undefined)[]): string[] {
    const ids = [...new Set(lists.flatMap((list) => decidingSources(list, this.kinds)))];
    ids.forEach((id) => this.evidence.add(id));
    return ids;
  }

  /** Sources that say something without deciding it, so a reader can see the third party's claim. */
  undecided(...lists: (readonly string[] | undefined)[]): string[] {
    return [...new Set(lists.flatMap((list) => list ?? []))].filter((id) => !isDocumented([id], this.kinds));
  }

  verdict(offering: Offering): OfferingVerdict {
    return {
      offering,
      qualifies: this.reasons.length === 0,
      reasons: this.reasons,
      conditions: this.reasons.length === 0 ? this.conditions : [],
      caveats: this.caveats,
      evidence: [...this.evidence],
    };
  }
}

type Entry = HostedOffering['subProcessors']['entries'][number];

/**
 * One sub-processor or commitment exception. Documented countries outside the accepted ones
 * exclude, unless the vendor documents that the service can be switched off: then it is a
 * condition. Undocumented countries count only where nothing else vouches for them.
 */
function weighEntry(entry: Entry, covering: readonly string[] | undefined, vouched: boolean, accepts: (c: string) => boolean, f: Findings) {
  // A switch is documented by its own source when it has one, else by what documents the entry.
  const switchSources = entry.switchOff?.status === 'yes' ? f.decide(entry.switchOff.source ?? entry.source ?? covering) : [];
  const switchable = switchSources.length > 0;
  // An entry's own source speaks for it; the list's source covers only entries without one.
  const countrySources = f.decide(entry.source ?? covering);
  const countries = entry.countries !== 'unknown' && countrySources.length > 0 ? entry.countries : 'unknown';
  const outside = countries === 'unknown' ? [] : countries.filter((country) => !accepts(country));
  if (switchable && (outside.length > 0 || (countries === 'unknown' && !vouched))) {
    f.conditions.push({ code: 'exception-off', name: entry.name, purpose: entry.purpose, countries, sources: switchSources });
    return;
  }
  if (countries === 'unknown') {
    if (!vouched) f.reasons.push({ code: 'subprocessor-location-undocumented', name: entry.name, sources: f.undecided(entry.source, covering) });
    return;
  }
  for (const country of outside) f.reasons.push({ code: 'subprocessor-outside', name: entry.name, country, sources: countrySources });
}

function evaluateHosted(offering: HostedOffering, policy: Policy, f: Findings) {
  const dpf = offering.dpfCertified.status === 'yes' && f.decide(offering.dpfCertified.source).length > 0;
  const accepts = (country: string) => acceptsCountry(country, policy, dpf);

  const { storage } = offering;
  const storageSources = f.decide(storage.source);
  if (storage.value === 'unknown' || storageSources.length === 0) {
    f.reasons.push({ code: 'storage-undocumented', sources: f.undecided(storage.source) });
  } else if (storage.value === 'eea') {
    f.caveats.push({ code: 'storage-countries-unnamed' });
  } else {
    for (const country of storage.value) if (!accepts(country)) f.reasons.push({ code: 'storage-outside', country, sources: storageSources });
  }

  const commitment = offering.commitment && f.decide(offering.commitment.source).length > 0 ? offering.commitment : undefined;
  const covers = (what: (typeof COMMITMENT_COVERS)[number]) => commitment !== undefined && (commitment.covers ?? COMMITMENT_COVERS).includes(what);
  const { subProcessors } = offering;
  const listed = subProcessors.locations === 'listed' && f.decide(subProcessors.source, ...subProcessors.entries.map((e) => e.source)).length > 0;
  const committed = covers('sub-processors');
  if (!listed && !committed) f.reasons.push({ code: 'subprocessors-undocumented', sources: f.undecided(subProcessors.source) });
  if (!listed && committed) f.caveats.push({ code: 'subprocessors-by-commitment' });
  for (const entry of subProcessors.entries) weighEntry(entry, subProcessors.source, committed || !listed, accepts, f);
  for (const exception of commitment?.exceptions ?? []) weighEntry(exception, commitment?.source, false, accepts, f);

  const support = offering.supportAccess;
  const supportSources = f.decide(support.source);
  if (support.value === 'unknown' || supportSources.length === 0) {
    if (covers('support-access')) f.caveats.push({ code: 'support-by-commitment' });
    else f.reasons.push({ code: 'support-undocumented', sources: f.undecided(support.source) });
  } else if (support.value !== 'none' && support.value !== 'eea') {
    for (const country of support.value) if (!accepts(country)) f.reasons.push({ code: 'support-outside', country, sources: supportSources });
  }
}

function evaluateSelfHosted(offering: Extract<Offering, { kind: 'self-hosted' }>, f: Findings) {
  f.caveats.push({ code: 'host-in-eea' });
  const { sends } = offering;
  if (sends.value === 'unknown') {
    f.caveats.push({ code: 'sending-undocumented' });
    return;
  }
  if (sends.value === 'nothing') {
    if (f.decide(sends.source).length === 0) f.caveats.push({ code: 'sending-undocumented' });
    return;
  }
  let undocumented = false;
  for (const item of sends.value) {
    const sources = f.decide(item.source);
    if (sources.length === 0) {
      undocumented = true;
      continue;
    }
    if (item.data === 'anonymous') {
      f.caveats.push({ code: 'sends-anonymous', what: item.name });
      continue;
    }
    const switchable = item.switchOff.status === 'yes' ? f.decide(item.switchOff.source ?? item.source) : [];
    if (switchable.length > 0) f.conditions.push({ code: 'sending-off', what: item.name, onByDefault: item.onByDefault, sources: switchable });
    else if (item.switchOff.status === 'no') f.reasons.push({ code: 'sends-personal-data', what: item.name, sources });
    else f.reasons.push({ code: 'sending-switch-undocumented', what: item.name, sources: f.undecided(item.switchOff.source) });
  }
  if (undocumented) f.caveats.push({ code: 'sending-undocumented' });
}

export function evaluateOffering(offering: Offering, policy: Policy, kinds: SourceKinds): OfferingVerdict {
  const f = new Findings(kinds);
  if (f.decide(offering.source).length === 0) f.reasons.push({ code: 'offering-undocumented', sources: f.undecided(offering.source) });
  if (offering.kind === 'self-hosted') evaluateSelfHosted(offering, f);
  else evaluateHosted(offering, policy, f);
  return f.verdict(offering);
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

function jurisdictionReasons(vendor: Pick<Vendor, 'headquarters' | 'parentCompany'>, kinds: SourceKinds): Reason[] {
  const reasons: Reason[] = [];
  const roles = [
    ['headquarters', vendor.headquarters.value, vendor.headquarters.source],
    ['parent', typeof vendor.parentCompany.value === 'string' ? vendor.parentCompany.value : vendor.parentCompany.value.country, vendor.parentCompany.source],
  ] as const;
  for (const [role, country, source] of roles) {
    const sources = decidingSources(source, kinds);
    if (country === 'unknown' || sources.length === 0) reasons.push({ code: 'jurisdiction-undocumented', role, sources: [] });
    else if (country !== 'none' && !isEea(country)) reasons.push({ code: 'jurisdiction-outside', role, country, sources });
  }
  return reasons;
}

export type RuleInput = Pick<Vendor, 'offerings' | 'headquarters' | 'parentCompany' | 'sources'>;

export function evaluateVendor(vendor: RuleInput, policy: Policy): Verdict {
  const kinds = sourceKinds(vendor.sources);
  const offerings = vendor.offerings.map((offering) => evaluateOffering(offering, policy, kinds));
  const jurisdiction = jurisdictionOf(vendor);
  const vendorReasons = policy.excludeNonEeaJurisdiction ? jurisdictionReasons(vendor, kinds) : [];
  const qualifying = vendorReasons.length === 0 ? offerings.filter((verdict) => verdict.qualifies) : [];
  const status: VendorState =
    qualifying.length > 0
      ? 'listed'
      : offerings.some((o) => [...o.reasons, ...vendorReasons].every(isMissingEvidence))
        ? 'awaiting-evidence'
        : 'excluded';
  return { status, offerings, qualifying, vendorReasons, jurisdiction };
}

type WithVerdict<T, S extends VendorState> = T & { verdict: Verdict & { status: S } };

export interface Sorted<T> {
  listed: WithVerdict<T, 'listed'>[];
  awaiting: WithVerdict<T, 'awaiting-evidence'>[];
  excluded: WithVerdict<T, 'excluded'>[];
}

/** Splits entries into the three states, each alphabetical by name: no ranking, no paid placement. */
export function partition<T extends { data: RuleInput & Pick<Vendor, 'name'> }>(entries: readonly T[], policy: Policy): Sorted<T> {
  const result: Sorted<T> = { listed: [], awaiting: [], excluded: [] };
  const byName = [...entries].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }));
  for (const entry of byName) {
    const verdict = evaluateVendor(entry.data, policy);
    const bucket = verdict.status === 'listed' ? result.listed : verdict.status === 'awaiting-evidence' ? result.awaiting : result.excluded;
    (bucket as WithVerdict<T, VendorState>[]).push({ ...entry, verdict });
  }
  return result;
}
