import { z } from 'astro/zod';
import { articlesOf, CRITERIA, criteriaInGroup, type CriterionGroup, type CriterionKey } from '../criteria.ts';
import { EVIDENCE_KIND_KEYS } from '../evidence.ts';
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
    criteriaInGroup(group).map((key) => [key, feature.describe(`${key} (${articlesOf(key, 'en')})`)]),
  );
  return z.strictObject(shape as { [K in KeysIn<G>]: typeof feature });
}

export const TRANSFER_MECHANISMS = ['scc', 'bcr', 'adequacy', 'dpf'] as const;

const countryList = z.array(countryCode).min(1, { error: 'List at least one country, or write `unknown`.' });

const switchOff = feature.describe(
  'Whether the vendor documents that this can be switched off (on request counts; say so in `note`): `yes` turns it into a condition on the verdict, `no` or `unknown` let its countries decide. Its `source` (without one, the entry\'s, then the block\'s or commitment\'s) must be first-party.',
);

export const subProcessor = z.strictObject({
  name: z.string().trim().min(1).describe('Legal or trading name of the sub-processor.'),
  purpose: z.string().trim().min(1).describe('What it does with customer data: hosting, e-mail delivery, support tooling, ...'),
  countries: z
    .union([z.literal('unknown'), countryList])
    .describe('Every country where it stores or processes customer data, or `unknown`.'),
  switchOff: switchOff.optional(),
  note: note.optional(),
  source: sourceRefs.optional().describe("Sources for this entry; without one, the `subProcessors` block's `source` covers it (with one, only its own counts)."),
});

export const SUBPROCESSOR_LOCATIONS = ['listed', 'not-documented'] as const;

const subProcessors = z
  .strictObject({
    locations: z.enum(SUBPROCESSOR_LOCATIONS).describe(
      '`listed`: a first-party source gives the complete list, each entry with its countries (put that source in this block\'s `source`). `not-documented`: there is no such list; a `commitment` on the offering can still document the locations.',
    ),
    listUrl: httpsUrl.optional().describe('The public sub-processor list, when there is one.'),
    entries: z.array(subProcessor).describe('Known sub-processors; may be empty.'),
    note: note.optional(),
    source: sourceRefs.optional().describe('The source of the list as a whole; it covers every entry without a `source` of its own.'),
  })
  .describe('Who else processes customer data for this offering: hosting, e-mail delivery, support tooling, AI features.')
  .refine((value) => value.locations !== 'listed' || value.entries.length > 0, {
    error: '`locations: listed` needs the sub-processors in `entries`.',
    path: ['entries'],
  });

export const COMMITMENT_COVERS = ['sub-processors', 'support-access'] as const;

const commitment = z
  .strictObject({
    scope: localizedText.describe('What the statement covers, in words: product, plan, region ("Efficy CRM, all plans").'),
    covers: z
      .array(z.enum(COMMITMENT_COVERS))
      .min(1)
      .optional()
      .describe(
        'What the statement documents; leave it out when it covers all processing. `[sub-processors]` when it names sub-processors but says nothing of support or remote access (support access then needs its own source).',
      ),
    quote: z.string().trim().min(1).optional().describe('The statement word for word, in its own language.'),
    quoteLang: z.string().regex(/^[a-z]{2,3}$/).optional().describe('Language of `quote` (ISO 639-1), when it is not English.'),
    exceptions: z
      .array(
        subProcessor.extend({
          source: sourceRefs
            .optional()
            .describe("Sources for this exception; without one, the commitment's `source` covers it (with one, only its own counts)."),
        }),
      )
      .optional()
      .describe('What the statement itself excepts (a support chat, an AI feature), as sub-processor entries with `countries` and `switchOff`.'),
    note: note.optional(),
    source: sourceRefs.describe('The first-party source of the statement (required).'),
  })
  .describe(
    'An EEA processing commitment: a first-party statement that all processing of customer personal data, sub-processors and support or remote access included, stays in the EEA. It documents sub-processor and support locations for its scope. A statement about storage alone is not one.',
  );

const commonOffering = {
  id: kebabId.describe('Unique within this vendor, e.g. `eu-cloud` or `self-hosted`.'),
  name: localizedText.describe('How the offering is called, with plan or region: "Cloud, EU region (Enterprise plan)".'),
  note: note.optional(),
  source: sourceRefs
    .optional()
    .describe('The first-party source that documents that this offering exists. Without one the offering is awaiting evidence.'),
};

const hostedOffering = {
  ...commonOffering,
  storage: fact(z.union([z.literal('eea'), countryList])).describe(
    'Every country where customer data is stored at rest, backups included; `eea` when the vendor documents that all of it stays in the EU/EEA without naming countries.',
  ),
  hostingProvider: z
    .strictObject({
      value: z.union([z.literal('unknown'), z.string().trim().min(1)]).describe('Infrastructure provider, e.g. AWS, own data centres.'),
      headquarters: countryCode.optional().describe("The provider's headquarters, for the jurisdiction chain."),
      note: note.optional(),
      source: sourceRefs.optional(),
    })
    .describe('Who runs the infrastructure. Takes `note` and `source` like every fact.'),
  subProcessors,
  commitment: commitment.optional(),
  supportAccess: fact(z.union([z.literal('none'), z.literal('eea'), countryList])).describe(
    'Countries from which staff or sub-processors can access customer data remotely (support, operations); `eea` when a first-party source says it happens only from the EEA without naming countries; `none` when nobody can. Without it (and without a `commitment`) the offering is awaiting evidence.',
  ),
  transferMechanisms: fact(z.array(z.enum(TRANSFER_MECHANISMS)).min(1)).describe(
    'Chapter V safeguards the vendor names for transfers outside the EEA: scc, bcr, adequacy, dpf.',
  ),
  dpfCertified: feature.describe('Certified under the EU-US Data Privacy Framework.'),
};

export const OFFERING_KINDS = ['vendor-cloud', 'partner-hosted', 'self-hosted'] as const;

/** What self-hosted software can send to its maker or elsewhere; personal data is what the rule weighs. */
export const SENT_DATA = ['crm-records', 'user-personal-data', 'anonymous'] as const;

export const transmission = z.strictObject({
  name: localizedText.describe('What it is, in words: "registration with the vendor", "usage statistics".'),
  data: z.enum(SENT_DATA).describe(
    '`crm-records`: customer data from the CRM; `user-personal-data`: personal data of users, such as an admin\'s e-mail; `anonymous`: anonymous usage counts or licence checks.',
  ),
  onByDefault: z.union([z.boolean(), z.literal('unknown')]).describe('`true` when it is on after a default installation.'),
  switchOff: feature.describe(
    'Whether the docs or code show how to switch it off: `yes` with a first-party source (its own `source`, or without one the item\'s) makes sending personal data a condition on the verdict, `no` excludes the offering, `unknown` leaves it awaiting evidence. Anonymous data needs no switch.',
  ),
  destination: z.union([z.literal('unknown'), countryList]).optional().describe('Where it goes, when documented.'),
  note: note.optional(),
  source: sourceRefs.describe('The first-party source (docs or code) that shows it (required).'),
});

const sending = z
  .strictObject({
    value: z
      .union([z.literal('unknown'), z.literal('nothing'), z.array(transmission).min(1)])
      .describe('`nothing` when docs or code show the software sends nothing elsewhere; otherwise each thing it sends.'),
    note: note.optional(),
    source: sourceRefs.optional(),
  })
  .describe(
    'What the software itself sends elsewhere (telemetry, registration, licence checks, built-in cloud features). Anonymous sending is a caveat, switchable sending of personal data a condition, unswitchable sending of personal data excludes the offering.',
  );

export const offering = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('vendor-cloud').describe("the vendor's own cloud, one offering per region or plan"), ...hostedOffering }),
  z.strictObject({ kind: z.literal('partner-hosted').describe('hosting by a partner of the vendor'), ...hostedOffering }),
  z.strictObject({
    kind: z.literal('self-hosted').describe('the software run on your own servers'),
    ...commonOffering,
    sends: sending,
  }),
]);

export type Offering = z.infer<typeof offering>;
export type HostedOffering = Exclude<Offering, { kind: 'self-hosted' }>;

export const source = z.strictObject({
  id: kebabId.describe('Short id that facts use in their `source` list.'),
  kind: z
    .enum(EVIDENCE_KIND_KEYS, {
      error: (issue) => `Expected one of ${EVIDENCE_KIND_KEYS.join(' | ')}, got ${JSON.stringify(issue.input)}.`,
    })
    .describe(
      '`vendor`: the vendor\'s own page or document. `vendor-copy`: a vendor document read from a mirror, archive or another site. `third-party`: press, partner, catalogue, marketplace, review site (shown, never decides). `code`: the product\'s source repository or the docs in it.',
    ),
  url: httpsUrl.describe('The address of the page as you opened it, starting with https://.'),
  title: z.string().trim().min(1).describe('What the page is, e.g. "Teamleader security page".'),
  accessed: calendarDate.describe('When the page was read, YYYY-MM-DD; today at the latest.'),
  note: note.optional().describe('E.g. "third-party copy of the DPA" or "page dated 2024-03".'),
});

/**
 * An error the file once contained, recorded in the change that fixes it, so readers see what we
 * got wrong and not only what is new (the vendor's history marks that version as a correction,
 * and the corrections page lists it).
 */
export const correction = z
  .strictObject({
    date: calendarDate.describe('The day the correction was made: the date of the change that fixes the error, YYYY-MM-DD.'),
    wrong: note.describe('What the page said that was wrong, in one sentence ("Storage was given as Germany only."): one English string, or one per language (nl, en, fr).'),
    right: note.describe('What is right, and how we know ("Backups are also kept in Canada, according to the DPA."): one English string, or one per language.'),
    source: sourceRefs.optional().describe('The sources that show what is right.'),
  })
  .describe('One error this file contained: when it was corrected, what was wrong, what is right.');

export type Correction = z.infer<typeof correction>;

export const vendorSchema = z
  .strictObject({
    name: z.string().trim().min(1).describe('Product name as the vendor writes it.'),
    website: httpsUrl.describe("The vendor's home page, a full address starting with https://."),
    description: localizedText.describe('Two to four sentences in our own words, per language.'),
    headquarters: fact(countryCode).describe('Country of the company that sells the product. Takes `note` and `source` like every fact.'),
    parentCompany: z
      .strictObject({
        value: z.union([
          z.literal('none'),
          z.literal('unknown'),
          z.strictObject({ name: z.string().trim().min(1), country: countryCode }),
        ]),
        note: note.optional(),
        source: sourceRefs.optional(),
      })
      .describe(
        'The group company above the seller: `{ name, country }` of the ultimate parent when the seller belongs to a group, `none` when the seller is independent (owned by its founders or investors, not by another company), `unknown` when no source says.',
      ),
    founded: fact(z.int().min(1950).max(2100)).describe('Year the company or product was founded.'),
    offerings: z
      .array(offering)
      .min(1, { error: 'A vendor needs at least one offering (vendor cloud, partner-hosted or self-hosted).' })
      .describe('Each way to run the CRM, with its own residency facts. The rule judges every offering; one that qualifies lists the vendor.'),
    consent: featureGroup('consent'),
    minimisation: featureGroup('minimisation'),
    rights: featureGroup('rights'),
    security: featureGroup('security').extend({
      otherCertifications: z
        .array(
          z.strictObject({
            name: z.string().trim().min(1).describe('The certification or attestation, e.g. "BSI C5".'),
            note: note.optional(),
            source: sourceRefs.optional(),
          }),
        )
        .describe('Further certifications (BSI C5, ISO 27701, ...).'),
    }),
    contract: featureGroup('contract').extend({
      dpaUrl: httpsUrl.optional().describe('Where the data processing agreement can be read.'),
    }),
    pricing: z.strictObject({
      freePlan: feature.describe('A free plan exists (a trial is not a free plan; say so in `note`).'),
      entryPrice: fact(z.number().nonnegative()).describe('Lowest paid price in EUR per user per month: more than 0 (a free plan goes in `freePlan`), at most 500.'),
      note: note.optional(),
      source: sourceRefs.optional(),
    }).describe('What it costs.'),
    languages: fact(
      z.array(
        z.string().regex(/^[a-z]{2,3}$/, { error: 'Expected a language code such as "nl", "fr", "de" or "en".' }),
      ).min(1),
    ).describe('Interface languages as ISO 639-1 codes.'),
    openSource: feature
      .extend({
        licence: z.string().trim().min(1).optional().describe('SPDX id such as AGPL-3.0, or "proprietary". A claim like any other: it needs a source.'),
      })
      .describe('The source code is published under an open-source licence.'),
    sources: z
      .array(source)
      .min(1, { error: 'List at least one source.' })
      .describe('Every page a fact relies on; facts name them by `id`.'),
    lastVerified: calendarDate.describe('When an editor last checked these facts, YYYY-MM-DD; today at the latest.'),
    corrections: z
      .array(correction)
      .optional()
      .describe(
        'Errors this file contained, oldest first. When a change fixes an error (not new information), add an entry in the same change; never remove one. Shown in the vendor\'s history and on the corrections page.',
      ),
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
