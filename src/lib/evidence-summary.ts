import { decidingSources, sourceKinds } from './evidence.ts';
import type { OfferingVerdict, Verdict } from './eligibility.ts';
import { REASONS, type EvidenceQuestion, type Reason } from './reasons.ts';
import type { Vendor } from './schema/vendor.ts';

/**
 * What the methodology page says about a vendor that is not listed: per offering, which facts the
 * rule needs are documented by a first-party source, which are missing, and the questions that
 * would settle the gap (the same keys as the side-by-side question list).
 */

export type DocumentedFact = 'offering' | 'storage' | 'subProcessors' | 'commitment' | 'supportAccess' | 'sends';

export interface OfferingSummary {
  verdict: OfferingVerdict;
  documented: { fact: DocumentedFact; sources: string[] }[];
  missing: Reason[];
  outside: Reason[];
}

function documentedFacts(offering: OfferingVerdict['offering'], kinds: ReturnType<typeof sourceKinds>): OfferingSummary['documented'] {
  const facts: [DocumentedFact, string[] | undefined, boolean][] = [['offering', offering.source, true]];
  if (offering.kind === 'self-hosted') {
    facts.push(['sends', [...(offering.sends.source ?? []), ...(Array.isArray(offering.sends.value) ? offering.sends.value.flatMap((s) => s.source) : [])], offering.sends.value !== 'unknown']);
  } else {
    facts.push(['storage', offering.storage.source, offering.storage.value !== 'unknown']);
    facts.push(['subProcessors', offering.subProcessors.source, offering.subProcessors.locations === 'listed']);
    facts.push(['commitment', offering.commitment?.source, offering.commitment !== undefined]);
    facts.push(['supportAccess', offering.supportAccess.source, offering.supportAccess.value !== 'unknown']);
  }
  return facts.flatMap(([fact, ids, known]) => {
    const sources = decidingSources(ids, kinds);
    return known && sources.length > 0 ? [{ fact, sources }] : [];
  });
}

export function summariseOfferings(vendor: Pick<Vendor, 'sources'>, verdict: Verdict): OfferingSummary[] {
  const kinds = sourceKinds(vendor.sources);
  return verdict.offerings.map((o) => ({
    verdict: o,
    documented: documentedFacts(o.offering, kinds),
    missing: o.reasons.filter((r) => REASONS[r.code].basis === 'missing-evidence'),
    outside: o.reasons.filter((r) => REASONS[r.code].basis === 'outside-eea'),
  }));
}

/** The questions that would settle every missing fact of a vendor, each once, in the order they arise. */
export function questionsFor(verdict: Verdict): EvidenceQuestion[] {
  const keys = [...verdict.vendorReasons, ...verdict.offerings.flatMap((o) => o.reasons)]
    .map((reason) => REASONS[reason.code].question)
    .filter((key): key is EvidenceQuestion => key !== null);
  return [...new Set(keys)];
}
