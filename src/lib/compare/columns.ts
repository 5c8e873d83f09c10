import type { CriterionKey } from '../criteria.ts';

/**
 * The comparison table's columns, declared once: the server renders them in this order, the
 * browser script sorts by them, and the dictionaries label them under `compare.columns.<key>`.
 * A status column shows one criterion; a combined column shows two and sorts by the better one.
 */
export const COLUMN_GROUPS = ['residency', 'consent', 'rights', 'security', 'practical'] as const;
export type ColumnGroup = (typeof COLUMN_GROUPS)[number];

/** Criteria with a column of their own. */
type TableCriterion =
  | 'explicitConsent' | 'consentLog' | 'purposeConsent' | 'doubleOptIn' | 'retentionRules' | 'access' | 'portability'
  | 'erasure' | 'rectification' | 'dsarWorkflow' | 'encryptionAtRest' | 'dpa';

export type Column =
  | { key: 'storage' | 'jurisdiction' | 'hosting' | 'languages'; group: ColumnGroup; kind: 'text' }
  | { key: 'freePlan'; group: ColumnGroup; kind: 'flag' }
  | { key: TableCriterion; group: ColumnGroup; kind: 'status'; criteria: readonly [CriterionKey] }
  | { key: 'accessSecurity' | 'certifications'; group: ColumnGroup; kind: 'status'; criteria: readonly [CriterionKey, CriterionKey] }
  | { key: 'price'; group: ColumnGroup; kind: 'number' }
  | { key: 'lastVerified'; group: ColumnGroup; kind: 'date' };

const status = (key: TableCriterion, group: ColumnGroup): Column => ({ key, group, kind: 'status', criteria: [key] });

export const COLUMNS: readonly Column[] = [
  { key: 'storage', group: 'residency', kind: 'text' },
  { key: 'jurisdiction', group: 'residency', kind: 'text' },
  { key: 'hosting', group: 'residency', kind: 'text' },
  status('explicitConsent', 'consent'),
  status('consentLog', 'consent'),
  status('purposeConsent', 'consent'),
  status('doubleOptIn', 'consent'),
  status('retentionRules', 'consent'),
  status('access', 'rights'),
  status('portability', 'rights'),
  status('erasure', 'rights'),
  status('rectification', 'rights'),
  status('dsarWorkflow', 'rights'),
  status('encryptionAtRest', 'security'),
  { key: 'accessSecurity', group: 'security', kind: 'status', criteria: ['twoFactor', 'sso'] },
  { key: 'certifications', group: 'security', kind: 'status', criteria: ['iso27001', 'soc2'] },
  status('dpa', 'security'),
  { key: 'freePlan', group: 'practical', kind: 'flag' },
  { key: 'price', group: 'practical', kind: 'number' },
  { key: 'languages', group: 'practical', kind: 'text' },
  { key: 'lastVerified', group: 'practical', kind: 'date' },
];

export type ColumnKey = Column['key'];
export type SortKey = 'name' | ColumnKey;

export const SORT_KEYS: readonly SortKey[] = ['name', ...COLUMNS.map((c) => c.key)];

/** The criteria a buyer can require ("must have"), in the order the filter form shows them. */
export const REQUIRABLE: readonly CriterionKey[] = [
  'explicitConsent', 'consentLog', 'purposeConsent', 'doubleOptIn', 'withdrawal', 'lawfulBasis', 'minimisation', 'retentionRules',
  'access', 'portability', 'erasure', 'rectification', 'dsarWorkflow',
  'encryptionAtRest', 'twoFactor', 'sso', 'auditLog', 'iso27001', 'soc2',
  'dpa', 'subProcessorList', 'breachNotification',
];
