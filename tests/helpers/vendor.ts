import { CRITERION_GROUPS, criteriaInGroup } from '../../src/lib/criteria.ts';
import { vendorSchema, type Vendor } from '../../src/lib/schema/vendor.ts';

/**
 * Vendor files as an editor writes them, for tests. Every fixture vendor has four sources, one of
 * each evidence kind: `s` (the vendor's own page), `copy` (a copy of a vendor document), `repo`
 * (source code) and `tp` (a third party). Facts cite `s` unless a test says otherwise.
 */

type Countries = string[] | 'unknown';
type Sources = string[] | undefined;

type HostedInput = {
  id?: string;
  /** Sources documenting the offering exists; `null` for none. */
  source?: string[] | null;
  storage?: string[] | 'unknown' | 'eea';
  storageSource?: Sources;
  locations?: 'listed' | 'not-documented';
  subProcessors?: { name: string; countries: Countries; source?: string[]; switchOff?: { status: string; source?: string[] } }[];
  subProcessorsSource?: Sources;
  support?: string[] | 'unknown' | 'none' | 'eea';
  supportSource?: Sources;
  dpf?: 'yes' | 'no' | 'unknown';
  dpfSource?: Sources;
  commitment?: Record<string, unknown>;
};

const withSource = (value: Record<string, unknown>, source: Sources) => (source ? { ...value, source } : value);

/** A hosted offering with just the residency facts a test varies; by default it qualifies. */
export function cloud(input: HostedInput = {}) {
  const support = input.support ?? ['DE'];
  return {
    id: input.id ?? 'cloud',
    kind: 'vendor-cloud',
    name: { nl: 'Cloud', en: 'Cloud' },
    ...(input.source === null ? {} : { source: input.source ?? ['s'] }),
    storage: withSource({ value: input.storage ?? ['DE'] }, 'storageSource' in input ? input.storageSource : ['s']),
    hostingProvider: { value: 'unknown' },
    subProcessors: withSource(
      {
        locations: input.locations ?? 'listed',
        entries: (input.subProcessors ?? [{ name: 'Hoster', countries: ['DE'] }]).map((entry) => ({ ...entry, purpose: 'hosting' })),
      },
      'subProcessorsSource' in input ? input.subProcessorsSource : ['s'],
    ),
    ...(input.commitment ? { commitment: input.commitment } : {}),
    supportAccess: withSource({ value: support }, support === 'unknown' ? undefined : 'supportSource' in input ? input.supportSource : ['s']),
    transferMechanisms: { value: 'unknown' },
    dpfCertified: withSource({ status: input.dpf ?? 'unknown' }, input.dpf && input.dpf !== 'unknown' ? (input.dpfSource ?? ['s']) : undefined),
  };
}

/** A self-hosted offering; `sends` as the editor writes it, `nothing` documented by the code by default. */
export function selfHosted(sends: unknown = 'nothing', source: string[] | null = ['repo']) {
  return {
    id: 'self-hosted',
    kind: 'self-hosted',
    name: { nl: 'Zelf hosten', en: 'Self-hosted' },
    ...(source === null ? {} : { source }),
    sends: sends === 'unknown' ? { value: 'unknown' } : sends === 'nothing' ? { value: 'nothing', source: ['repo'] } : { value: sends },
  };
}

/** One thing self-hosted software sends, documented by its code. */
export function transmission(input: { data: string; switchOff: string; onByDefault?: boolean | 'unknown'; source?: string[]; switchSource?: string[] }) {
  return {
    name: { nl: 'registratie', en: 'registration with the vendor' },
    data: input.data,
    onByDefault: input.onByDefault ?? true,
    switchOff: withSource({ status: input.switchOff }, input.switchOff === 'unknown' ? undefined : (input.switchSource ?? input.source ?? ['repo'])),
    source: input.source ?? ['repo'],
  };
}

function unknownGroup(group: (typeof CRITERION_GROUPS)[number]) {
  return Object.fromEntries(criteriaInGroup(group).map((key) => [key, { status: 'unknown' }]));
}

export const FIXTURE_SOURCES = [
  { id: 's', kind: 'vendor', url: 'https://acme.example/security', title: 'Acme security page', accessed: '2026-11-29' },
  { id: 'copy', kind: 'vendor-copy', url: 'https://mirror.example/acme-dpa.pdf', title: 'Acme DPA (copy)', accessed: '2026-11-29' },
  { id: 'repo', kind: 'code', url: 'https://code.example/acme/acme', title: 'Acme source code', accessed: '2026-11-29' },
  { id: 'tp', kind: 'third-party', url: 'https://reviews.example/acme', title: 'A review of Acme', accessed: '2026-11-29' },
];

/** The raw frontmatter of a valid vendor; tests override what they need. */
export function rawVendor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Acme CRM',
    website: 'https://acme.example',
    description: { nl: 'Een CRM voor tests.', en: 'A CRM for tests.' },
    headquarters: { value: 'NL', source: ['s'] },
    parentCompany: { value: 'none', source: ['s'] },
    founded: { value: 'unknown' },
    offerings: [cloud()],
    consent: unknownGroup('consent'),
    minimisation: unknownGroup('minimisation'),
    rights: unknownGroup('rights'),
    security: { ...unknownGroup('security'), otherCertifications: [] },
    contract: unknownGroup('contract'),
    pricing: { freePlan: { status: 'unknown' }, entryPrice: { value: 'unknown' } },
    languages: { value: 'unknown' },
    openSource: { status: 'unknown' },
    sources: FIXTURE_SOURCES,
    lastVerified: '2026-11-29',
    ...overrides,
  };
}

/** A parsed vendor, so tests exercise the same types the site uses. */
export function makeVendor(overrides: Record<string, unknown> = {}): Vendor {
  return vendorSchema.parse(rawVendor(overrides));
}
