import { CRITERION_GROUPS, criteriaInGroup } from '../../src/lib/criteria.ts';
import { vendorSchema, type Vendor } from '../../src/lib/schema/vendor.ts';

type HostedInput = {
  id?: string;
  storage?: string[] | 'unknown' | 'eea';
  locations?: 'listed' | 'eea-commitment' | 'not-documented';
  subProcessors?: { name: string; countries: string[] | 'unknown' }[];
  support?: string[] | 'unknown' | 'none';
  dpf?: 'yes' | 'no' | 'unknown';
};

/** A hosted offering as an editor would write it, with just the residency facts a test varies. */
export function cloud(input: HostedInput = {}) {
  return {
    id: input.id ?? 'cloud',
    kind: 'vendor-cloud',
    name: { nl: 'Cloud', en: 'Cloud' },
    storage: { value: input.storage ?? ['DE'], source: ['s'] },
    hostingProvider: { value: 'unknown' },
    subProcessors: {
      locations: input.locations ?? 'listed',
      entries: (input.subProcessors ?? [{ name: 'Hoster', countries: ['DE'] }]).map((entry) => ({ ...entry, purpose: 'hosting' })),
      source: ['s'],
    },
    supportAccess: { value: input.support ?? 'unknown' },
    transferMechanisms: { value: 'unknown' },
    dpfCertified: { status: input.dpf ?? 'unknown' },
  };
}

export function selfHosted(callsHome: 'yes' | 'no' | 'unknown' = 'unknown') {
  return { id: 'self-hosted', kind: 'self-hosted', name: { nl: 'Zelf hosten', en: 'Self-hosted' }, callsHome: { status: callsHome } };
}

function unknownGroup(group: (typeof CRITERION_GROUPS)[number]) {
  return Object.fromEntries(criteriaInGroup(group).map((key) => [key, { status: 'unknown' }]));
}

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
    sources: [{ id: 's', url: 'https://acme.example/security', title: 'Acme security page', accessed: '2026-11-29' }],
    lastVerified: '2026-11-29',
    ...overrides,
  };
}

/** A parsed vendor, so tests exercise the same types the site uses. */
export function makeVendor(overrides: Record<string, unknown> = {}): Vendor {
  return vendorSchema.parse(rawVendor(overrides));
}
