import type { Note } from './schema/shared.ts';

/**
 * Why an offering does not qualify, declared once. Every reason is one of two kinds, and the
 * difference decides the vendor's state (domain.md, "Three outcomes"):
 * - `missing-evidence`: a fact the rule needs is not documented by a first-party source. A gap in
 *   public evidence, not a verdict of non-compliance; a buyer can ask the vendor `question`.
 * - `outside-eea`: a first-party source shows processing outside the accepted countries.
 * Texts live in the dictionaries under `reasons.<code>`; questions under `compare.questions.<key>`,
 * the same wording the side-by-side question list uses.
 */

export type ReasonBasis = 'missing-evidence' | 'outside-eea';

export const REASONS = {
  'offering-undocumented': { basis: 'missing-evidence', question: 'offering' },
  'storage-undocumented': { basis: 'missing-evidence', question: 'storage' },
  'subprocessors-undocumented': { basis: 'missing-evidence', question: 'subProcessorList' },
  'subprocessor-location-undocumented': { basis: 'missing-evidence', question: 'subProcessorLocation' },
  'support-undocumented': { basis: 'missing-evidence', question: 'supportAccess' },
  'sending-switch-undocumented': { basis: 'missing-evidence', question: 'telemetrySwitch' },
  'jurisdiction-undocumented': { basis: 'missing-evidence', question: 'headquarters' },
  'storage-outside': { basis: 'outside-eea', question: null },
  'subprocessor-outside': { basis: 'outside-eea', question: null },
  'support-outside': { basis: 'outside-eea', question: null },
  'sends-personal-data': { basis: 'outside-eea', question: null },
  'jurisdiction-outside': { basis: 'outside-eea', question: null },
} as const satisfies Record<string, { basis: ReasonBasis; question: string | null }>;

export type ReasonCode = keyof typeof REASONS;
export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

/** The keys of `compare.questions` that reasons point at, beyond the criteria's own. */
export type EvidenceQuestion = Exclude<(typeof REASONS)[ReasonCode]['question'], null>;

interface ReasonBase<C extends ReasonCode> {
  code: C;
  /**
   * For `outside-eea`: the first-party sources that show it. For `missing-evidence`: the
   * sources that say something about the fact without deciding it (third parties), if any.
   */
  sources: string[];
}

export type Reason =
  | ReasonBase<'offering-undocumented'>
  | ReasonBase<'storage-undocumented'>
  | ReasonBase<'subprocessors-undocumented'>
  | (ReasonBase<'subprocessor-location-undocumented'> & { name: string })
  | ReasonBase<'support-undocumented'>
  | (ReasonBase<'sending-switch-undocumented'> & { what: Note })
  | (ReasonBase<'jurisdiction-undocumented'> & { role: 'headquarters' | 'parent' })
  | (ReasonBase<'storage-outside'> & { country: string })
  | (ReasonBase<'subprocessor-outside'> & { name: string; country: string })
  | (ReasonBase<'support-outside'> & { country: string })
  | (ReasonBase<'sends-personal-data'> & { what: Note })
  | (ReasonBase<'jurisdiction-outside'> & { role: 'headquarters' | 'parent'; country: string });

export function basisOf(reason: Pick<Reason, 'code'>): ReasonBasis {
  return REASONS[reason.code].basis;
}

export function isMissingEvidence(reason: Pick<Reason, 'code'>): boolean {
  return basisOf(reason) === 'missing-evidence';
}

/** Things a buyer should know about a qualifying offering, which neither exclude it nor set a condition. */
export const CAVEAT_CODES = [
  'host-in-eea',
  'sending-undocumented',
  'sends-anonymous',
  'storage-countries-unnamed',
  'subprocessors-by-commitment',
  'support-by-commitment',
] as const;

export type Caveat =
  | { code: 'host-in-eea' }
  | { code: 'sending-undocumented' }
  | { code: 'sends-anonymous'; what: Note }
  | { code: 'storage-countries-unnamed' }
  | { code: 'subprocessors-by-commitment' }
  | { code: 'support-by-commitment' };
