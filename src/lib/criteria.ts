/**
 * The GDPR criteria the site compares, declared once. The vendor schema builds its feature
 * groups from this registry, and pages, the checklist and (later) table columns and filters
 * read their keys, groups and GDPR articles from here. Labels live in the dictionaries under
 * `criteria.<key>.label` / `.explain`.
 */

export const CRITERION_GROUPS = ['consent', 'minimisation', 'rights', 'security', 'contract'] as const;
export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

export interface Criterion {
  group: CriterionGroup;
  /** Where the GDPR asks for it, as printed on the page. */
  articles: string;
  /** Counts in the vendor's "criteria met" checklist; false for pluses such as customer-managed keys. */
  core: boolean;
}

export const CRITERIA = {
  lawfulBasis: { group: 'consent', articles: 'Art. 6(1), Art. 5(2)', core: true },
  explicitConsent: { group: 'consent', articles: 'Art. 4(11), Art. 7, Recital 32', core: true },
  consentLog: { group: 'consent', articles: 'Art. 7(1)', core: true },
  purposeConsent: { group: 'consent', articles: 'Art. 5(1)(b), Art. 6(1)(a)', core: true },
  withdrawal: { group: 'consent', articles: 'Art. 7(3), Art. 21', core: true },
  doubleOptIn: { group: 'consent', articles: 'Art. 7(1)', core: false },
  minimisation: { group: 'minimisation', articles: 'Art. 5(1)(c), Art. 9', core: true },
  retentionRules: { group: 'minimisation', articles: 'Art. 5(1)(e), Art. 13(2)(a)', core: true },
  access: { group: 'rights', articles: 'Art. 15', core: true },
  portability: { group: 'rights', articles: 'Art. 20', core: true },
  rectification: { group: 'rights', articles: 'Art. 16', core: true },
  erasure: { group: 'rights', articles: 'Art. 17', core: true },
  dsarWorkflow: { group: 'rights', articles: 'Art. 12(3)', core: true },
  encryptionInTransit: { group: 'security', articles: 'Art. 32(1)(a)', core: true },
  encryptionAtRest: { group: 'security', articles: 'Art. 32(1)(a)', core: true },
  customerManagedKeys: { group: 'security', articles: 'Art. 32(1)(a)', core: false },
  twoFactor: { group: 'security', articles: 'Art. 32', core: true },
  sso: { group: 'security', articles: 'Art. 32', core: false },
  auditLog: { group: 'security', articles: 'Art. 32, Art. 5(2)', core: false },
  iso27001: { group: 'security', articles: 'Art. 42, Art. 32', core: false },
  soc2: { group: 'security', articles: 'Art. 42, Art. 32', core: false },
  dpa: { group: 'contract', articles: 'Art. 28(3)', core: true },
  subProcessorList: { group: 'contract', articles: 'Art. 28(2), Art. 28(4)', core: true },
  breachNotification: { group: 'contract', articles: 'Art. 33(2)', core: true },
} as const satisfies Record<string, Criterion>;

export type CriterionKey = keyof typeof CRITERIA;

export const CRITERION_KEYS = Object.keys(CRITERIA) as CriterionKey[];

export function criteriaInGroup(group: CriterionGroup): CriterionKey[] {
  return CRITERION_KEYS.filter((key) => CRITERIA[key].group === group);
}

/** Feature statuses. `unknown` means not documented anywhere we looked, never "no". */
export const STATUSES = ['yes', 'partial', 'no', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];
