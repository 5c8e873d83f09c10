import { unknownCriteria, unknownPractical, type PracticalFact } from './coverage.ts';
import type { CriterionKey } from './criteria.ts';
import type { Verdict } from './eligibility.ts';
import { REASONS, type EvidenceQuestion, type Reason } from './reasons.ts';
import type { Vendor } from './schema/vendor.ts';

/**
 * What we would ask a vendor, or a reader who knows it, to send: the evidence the rule is
 * missing (first, with the question that settles it), what first-party sources show outside the
 * EEA (to contest with a page that says otherwise), then the comparison's unknown criteria and
 * practical facts. The "Is something wrong or missing?" e-mail on every vendor is written from
 * this (src/i18n/evidence-request.ts).
 */

export interface OfferingReason {
  /** The offering's id, or undefined for a reason about the company. */
  offering?: string;
  reason: Reason;
}

export interface EvidenceRequest {
  missing: (OfferingReason & { question: EvidenceQuestion | null })[];
  findings: OfferingReason[];
  criteria: CriterionKey[];
  practical: PracticalFact[];
}

/** The same reason on two offerings is one question to the vendor. */
function reasonKey({ reason }: OfferingReason): string {
  const { sources: _sources, ...rest } = reason;
  return JSON.stringify(rest);
}

export function evidenceRequest(vendor: Vendor, verdict: Verdict): EvidenceRequest {
  const all: OfferingReason[] = [
    ...verdict.vendorReasons.map((reason) => ({ reason })),
    ...verdict.offerings.flatMap((o) => o.reasons.map((reason) => ({ offering: o.offering.id, reason }))),
  ];
  const seen = new Set<string>();
  const unique = all.filter((item) => {
    const key = reasonKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    missing: unique.filter(({ reason }) => REASONS[reason.code].basis === 'missing-evidence').map((item) => ({ ...item, question: REASONS[item.reason.code].question })),
    findings: unique.filter(({ reason }) => REASONS[reason.code].basis === 'outside-eea'),
    criteria: unknownCriteria(vendor),
    practical: unknownPractical(vendor),
  };
}
