/**
 * The GDPR criteria the site compares, declared once. The vendor schema builds its feature
 * groups from this registry, and pages, the checklist and (later) table columns and filters
 * read their keys, groups and GDPR articles from here. Labels live in the dictionaries under
 * `criteria.<key>.label` / `.explain`.
 */

import { cite, type GdprRef } from './citation.ts';
import type { Locale } from './locales.ts';

export const CRITERION_GROUPS = ['consent', 'minimisation', 'rights', 'security', 'contract'] as const;
export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

export interface Criterion {
  group: CriterionGroup;
  /** Where the GDPR asks for it; pages cite it in their language's style (citation.ts). */
  refs: readonly GdprRef[];
  /** Counts in the vendor's "criteria met" checklist; false for pluses such as customer-managed keys. */
  core: boolean;
}

export const CRITERIA = {
  lawfulBasis: { group: 'consent', refs: [{ article: 6, paragraph: 1 }, { article: 5, paragraph: 2 }], core: true },
  explicitConsent: { group: 'consent', refs: [{ article: 4, point: '11' }, { article: 7 }, { recital: 32 }], core: true },
  consentLog: { group: 'consent', refs: [{ article: 7, paragraph: 1 }], core: true },
  purposeConsent: { group: 'consent', refs: [{ article: 5, paragraph: 1, point: 'b' }, { article: 6, paragraph: 1, point: 'a' }], core: true },
  withdrawal: { group: 'consent', refs: [{ article: 7, paragraph: 3 }, { article: 21 }], core: true },
  doubleOptIn: { group: 'consent', refs: [{ article: 7, paragraph: 1 }], core: false },
  minimisation: { group: 'minimisation', refs: [{ article: 5, paragraph: 1, point: 'c' }, { article: 9 }], core: true },
  retentionRules: { group: 'minimisation', refs: [{ article: 5, paragraph: 1, point: 'e' }, { article: 13, paragraph: 2, point: 'a' }], core: true },
  access: { group: 'rights', refs: [{ article: 15 }], core: true },
  portability: { group: 'rights', refs: [{ article: 20 }], core: true },
  rectification: { group: 'rights', refs: [{ article: 16 }], core: true },
  erasure: { group: 'rights', refs: [{ article: 17 }], core: true },
  dsarWorkflow: { group: 'rights', refs: [{ article: 12, paragraph: 3 }], core: true },
  encryptionInTransit: { group: 'security', refs: [{ article: 32, paragraph: 1, point: 'a' }], core: true },
  encryptionAtRest: { group: 'security', refs: [{ article: 32, paragraph: 1, point: 'a' }], core: true },
  customerManagedKeys: { group: 'security', refs: [{ article: 32, paragraph: 1, point: 'a' }], core: false },
  twoFactor: { group: 'security', refs: [{ article: 32 }], core: true },
  sso: { group: 'security', refs: [{ article: 32 }], core: false },
  auditLog: { group: 'security', refs: [{ article: 32 }, { article: 5, paragraph: 2 }], core: false },
  iso27001: { group: 'security', refs: [{ article: 42 }, { article: 32 }], core: false },
  soc2: { group: 'security', refs: [{ article: 42 }, { article: 32 }], core: false },
  dpa: { group: 'contract', refs: [{ article: 28, paragraph: 3 }], core: true },
  subProcessorList: { group: 'contract', refs: [{ article: 28, paragraph: 2 }, { article: 28, paragraph: 4 }], core: true },
  breachNotification: { group: 'contract', refs: [{ article: 33, paragraph: 2 }], core: true },
} as const satisfies Record<string, Criterion>;

export type CriterionKey = keyof typeof CRITERIA;

export const CRITERION_KEYS = Object.keys(CRITERIA) as CriterionKey[];

export function criteriaInGroup(group: CriterionGroup): CriterionKey[] {
  return CRITERION_KEYS.filter((key) => CRITERIA[key].group === group);
}

/** Feature statuses. `unknown` means not documented anywhere we looked, never "no". */
export const STATUSES = ['yes', 'partial', 'no', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** Where the GDPR asks for a criterion, in a language's citation style: "art. 17" / "Art. 17". */
export function articlesOf(key: CriterionKey, locale: Locale): string {
  return cite(CRITERIA[key].refs, locale);
}
