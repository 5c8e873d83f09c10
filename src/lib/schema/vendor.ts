import { z } from 'astro/zod';
import { CRITERIA, criteriaInGroup, type CriterionGroup, type CriterionKey } from '../criteria.ts';
import { calendarDate, countryCode, fact, feature, httpsUrl, kebabId, localizedText, note, sourceRefs } from './shared.ts';

/**
 * The vendor frontmatter: one MDX file per CRM under src/content/vendors/<id>.mdx.
 * This schema is the single source of truth for the fields; docs/editing.md explains them.
 * Every GDPR fact is explicit: a status or value of `unknown` is allowed, a missing key is not.
 */

type KeysIn<G extends CriterionGroup> = { [K in CriterionKey]: (typeof CRITERIA)[K]['group'] extends G ? K : never }[CriterionKey];

/** One object per criterion group, with one feature per criterion of the registry. */
function featureGroup<G extends CriterionGroup>(group: G) {
  const shape = Object.fromEntries(
    criteriaInGroup(group).map((key) => [key, feature.describe(`${key} (${CRITERIA[key].articles})`)]),
  );
  return z.strictObject(shape as { [K in KeysIn<G>]: typeof feature });
}

export const TRANSFER_MECHANISMS = ['scc', 'bcr', 'adequacy', 'dpf'] as const;

const countryList = z.array(countryCode).min(1, { error: 'List at least one country, or write `unknown`.' });

export const subProcessor = z.strictObject({
  name: z.string().trim().min(1).describe('Legal or trading name of the sub-processor.'),
  purpose: z.string().trim().min(1).describe('What it does with customer data: hosting, e-mail delivery, support tooling, ...'),
  countries: z
    .union([z.literal('unknown'), countryList])
    .describe('Every country where it stores or processes customer data, or `unknown`.'),
  note: note.optional(),
  source: sourceRefs.optional(),
});

export const SUBPROCESSOR_LOCATIONS = ['listed', 'eea-commitment', 'not-documented'] as const;

const subProcessors = z
  .strictObject({
    locations: z.enum(SUBPROCESSOR_LOCATIONS).describe(
      '`listed`: `entries` is the complete list, each with its countries. `eea-commitment`: the vendor states in a source that all processing, sub-processors included, stays in the EEA. `not-documented`: neither.',
    ),
    listUrl: httpsUrl.optional().describe('The public sub-processor list, when there is one.'),
    entries: z.array(subProcessor).describe('Known sub-processors; may be empty.'),
    note: note.optional(),
    source: sourceRefs.optional(),
  })
  .refine((value) => value.locations !== 'listed' || value.entries.length > 0, {
    error: '`locations: listed` needs the sub-processors in `entries`.',
    path: ['entries'],
  });

const commonOffering = {
  id: kebabId.describe('Unique within this vendor, e.g. `eu-cloud` or `self-hosted`.'),
  name: localizedText.describe('How the offering is called, with plan or region: "Cloud, EU region (Enterprise plan)".'),
  note: note.optional(),
  source: sourceRefs.optional(),
};

const hostedOffering = {
  ...commonOffering,
  storage: fact(z.union([z.literal('eea'), countryList])).describe(
    'Every country where customer data is stored at rest, backups included; `eea` when the vendor documents that all of it stays in the EU/EEA without naming countries.',
  ),
  hostingProvider: z.strictObject({
    value: z.union([z.literal('unknown'), z.string().trim().min(1)]).describe('Infrastructure provider, e.g. AWS, own data centres.'),
    headquarters: countryCode.optional().describe("The provider's headquarters, for the jurisdiction chain."),
    note: note.optional(),
    source: sourceRefs.optional(),
  }),
  subProcessors,
  supportAccess: fact(z.union([z.literal('none'), countryList])).describe(
    'Countries from which staff or sub-processors can access customer data remotely (support, operations).',
  ),
  transferMechanisms: fact(z.array(z.enum(TRANSFER_MECHANISMS)).min(1)).describe(
    'Chapter V safeguards the vendor names for transfers outside the EEA: scc, bcr, adequacy, dpf.',
  ),
  dpfCertified: feature.describe('Certified under the EU-US Data Privacy Framework.'),
};

export const OFFERING_KINDS = ['vendor-cloud', 'partner-hosted', 'self-hosted'] as const;

export const offering = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('vendor-cloud'), ...hostedOffering }),
  z.strictObject({ kind: z.literal('partner-hosted'), ...hostedOffering }),
  z.strictObject({
    kind: z.literal('self-hosted'),
    ...commonOffering,
    callsHome: feature.describe(
      'Whether the software itself sends personal data elsewhere (telemetry, licence checks, built-in cloud features): yes is bad.',
    ),
  }),
]);

export type Offering = z.infer<typeof offering>;
export type HostedOffering = Exclude<Offering, { kind: 'self-hosted' }>;

export const source = z.strictObject({
  id: kebabId.describe('Short id that facts use in their `source` list.'),
  url: httpsUrl,
  title: z.string().trim().min(1).describe('What the page is, e.g. "Teamleader security page".'),
  accessed: calendarDate.describe('When the page was read, YYYY-MM-DD.'),
  note: note.optional().describe('E.g. "third-party copy of the DPA" or "page dated 2024-03".'),
});

export const vendorSchema = z
  .strictObject({
    name: z.string().trim().min(1).describe('Product name as the vendor writes it.'),
    website: httpsUrl,
    description: localizedText.describe('Two to four sentences in our own words, per language.'),
    headquarters: fact(countryCode).describe('Country of the company that sells the product.'),
    parentCompany: z.strictObject({
      value: z.union([
        z.literal('none'),
        z.literal('unknown'),
        z.strictObject({ name: z.string().trim().min(1), country: countryCode }),
      ]),
      note: note.optional(),
      source: sourceRefs.optional(),
    }),
    founded: fact(z.int().min(1950).max(2100)).describe('Year the company or product was founded.'),
    offerings: z.array(offering).min(1, { error: 'A vendor needs at least one offering (vendor cloud, partner-hosted or self-hosted).' }),
    consent: featureGroup('consent'),
    minimisation: featureGroup('minimisation'),
    rights: featureGroup('rights'),
    security: featureGroup('security').extend({
      otherCertifications: z
        .array(z.strictObject({ name: z.string().trim().min(1), note: note.optional(), source: sourceRefs.optional() }))
        .describe('Further certifications (BSI C5, ISO 27701, ...).'),
    }),
    contract: featureGroup('contract').extend({
      dpaUrl: httpsUrl.optional().describe('Where the data processing agreement can be read.'),
    }),
    pricing: z.strictObject({
      freePlan: feature,
      entryPrice: fact(z.number().nonnegative()).describe('Lowest paid price in EUR per user per month.'),
      note: note.optional(),
      source: sourceRefs.optional(),
    }),
    languages: fact(
      z.array(
        z.string().regex(/^[a-z]{2,3}$/, { error: 'Expected a language code such as "nl", "fr", "de" or "en".' }),
      ).min(1),
    ).describe('Interface languages as ISO 639-1 codes.'),
    openSource: feature.extend({
      licence: z.string().trim().min(1).optional().describe('SPDX id such as AGPL-3.0, or "proprietary".'),
    }),
    sources: z.array(source).min(1, { error: 'List at least one source.' }),
    lastVerified: calendarDate.describe('When an editor last checked these facts, YYYY-MM-DD.'),
  })
  .superRefine((vendor, ctx) => {
    const seen = new Set<string>();
    vendor.offerings.forEach((o, i) => {
      if (seen.has(o.id)) ctx.addIssue({ code: 'custom', path: ['offerings', i, 'id'], message: `Offering id "${o.id}" is used twice.` });
      seen.add(o.id);
    });
    const sourceIds = new Set<string>();
    vendor.sources.forEach((s, i) => {
      if (sourceIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `Source id "${s.id}" is used twice.` });
      sourceIds.add(s.id);
    });
    for (const [path, ids] of sourceReferences(vendor)) {
      ids.forEach((id, i) => {
        if (!sourceIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, i],
            message: `Unknown source "${id}": add it to \`sources\` or use one of ${[...sourceIds].join(', ')}.`,
          });
        }
      });
    }
  });

/** Every `source: [...]` list in a value, with its path. */
function sourceReferences(value: unknown, path: (string | number)[] = []): [(string | number)[], string[]][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => sourceReferences(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'source' && Array.isArray(child) && path[0] !== 'sources'
      ? [[[...path, key], child as string[]] as [(string | number)[], string[]]]
      : sourceReferences(child, [...path, key]),
  );
}

export type Vendor = z.infer<typeof vendorSchema>;
