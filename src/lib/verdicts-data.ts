import { z } from 'astro/zod';
import { CONDITION_CODES } from './conditions.ts';
import { EVIDENCE_KIND_KEYS } from './evidence.ts';
import { VENDOR_STATES, type Policy, type Verdict } from './eligibility.ts';
import { DATA_LICENCE } from './open-data.ts';
import { CAVEAT_CODES, REASON_CODES, REASONS, type Reason } from './reasons.ts';
import type { Vendor } from './schema/vendor.ts';

/**
 * /data/verdicts.json: the methodology page as data. Every vendor file, whatever its state, with
 * its reasons per offering (each with the sources behind it), conditions and caveats. The zod
 * schema below is the document's contract; /data/verdicts.schema.json is generated from it.
 */

const sourceRef = z.strictObject({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  kind: z.enum(EVIDENCE_KIND_KEYS),
  accessed: z.string(),
});

const params = {
  country: z.string().optional().describe('ISO 3166-1 alpha-2 code, for reasons about a country.'),
  name: z.string().optional().describe('The sub-processor or exception it is about.'),
  role: z.enum(['headquarters', 'parent']).optional(),
  what: z.unknown().optional().describe('What self-hosted software sends, as the vendor file words it.'),
};

const reasonRecord = z.strictObject({
  code: z.enum(REASON_CODES as [string, ...string[]]),
  basis: z.enum(['missing-evidence', 'outside-eea']).describe('missing-evidence: not documented by a first-party source; outside-eea: a first-party source shows it.'),
  sources: z.array(sourceRef).describe('For outside-eea, the sources that show it; for missing-evidence, third-party sources that say something without deciding.'),
  ...params,
});

const conditionRecord = z.strictObject({
  code: z.enum(CONDITION_CODES),
  name: z.string().optional(),
  purpose: z.string().optional(),
  countries: z.union([z.literal('unknown'), z.array(z.string())]).optional(),
  what: z.unknown().optional(),
  onByDefault: z.union([z.boolean(), z.literal('unknown')]).optional(),
  sources: z.array(sourceRef),
});

export const verdictsDocument = z.strictObject({
  title: z.string(),
  licence: z.strictObject({ id: z.string(), name: z.string(), url: z.string() }),
  about: z.string(),
  schema: z.string(),
  policy: z.strictObject({ accept: z.enum(['eea', 'eea-and-adequacy']), excludeNonEeaJurisdiction: z.boolean() }),
  counts: z.strictObject({ files: z.int(), listed: z.int(), 'awaiting-evidence': z.int(), excluded: z.int() }),
  vendors: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      state: z.enum(VENDOR_STATES),
      lastVerified: z.string(),
      page: z.string().optional().describe('The vendor page, for listed vendors only.'),
      vendorReasons: z.array(reasonRecord),
      offerings: z.array(
        z.strictObject({
          id: z.string(),
          kind: z.string(),
          qualifies: z.boolean(),
          source: z.array(sourceRef).describe('The sources that document that the offering exists.'),
          reasons: z.array(reasonRecord),
          conditions: z.array(conditionRecord),
          caveats: z.array(z.strictObject({ code: z.enum(CAVEAT_CODES), what: z.unknown().optional() })),
        }),
      ),
    }),
  ),
});

export type VerdictsDocument = z.infer<typeof verdictsDocument>;

interface Entry {
  id: string;
  data: Vendor;
  verdict: Verdict;
}

export interface VerdictsOptions {
  pageUrl: (id: string) => string;
  aboutUrl: string;
  schemaUrl: string;
  policy: Policy;
}

export function verdictsJson(entries: readonly Entry[], options: VerdictsOptions): VerdictsDocument {
  const count = (state: Verdict['status']) => entries.filter((e) => e.verdict.status === state).length;
  return {
    title: 'EU CRM Guide: the verdict of the eligibility rule for every vendor we track',
    licence: DATA_LICENCE,
    about: options.aboutUrl,
    schema: options.schemaUrl,
    policy: options.policy,
    counts: { files: entries.length, listed: count('listed'), 'awaiting-evidence': count('awaiting-evidence'), excluded: count('excluded') },
    vendors: entries.map(({ id, data, verdict }) => {
      const refs = (ids: readonly string[] | undefined) =>
        (ids ?? []).flatMap((ref) => data.sources.filter((s) => s.id === ref)).map(({ id, url, title, kind, accessed }) => ({ id, url, title, kind, accessed }));
      const reason = (r: Reason) => ({ ...r, basis: REASONS[r.code].basis, sources: refs(r.sources) });
      return {
        id,
        name: data.name,
        state: verdict.status,
        lastVerified: data.lastVerified,
        ...(verdict.status === 'listed' ? { page: options.pageUrl(id) } : {}),
        vendorReasons: verdict.vendorReasons.map(reason),
        offerings: verdict.offerings.map((o) => ({
          id: o.offering.id,
          kind: o.offering.kind,
          qualifies: o.qualifies,
          source: refs(o.offering.source),
          reasons: o.reasons.map(reason),
          conditions: o.conditions.map((c) => ({ ...c, sources: refs(c.sources) })),
          caveats: o.caveats,
        })),
      };
    }),
  };
}

export function verdictsJsonSchema(id: string) {
  return {
    ...z.toJSONSchema(verdictsDocument),
    $id: id,
    title: 'EU CRM Guide verdicts',
    description: `The verdict of the eligibility rule for every vendor file (listed, awaiting-evidence, excluded). Data published under ${DATA_LICENCE.name}.`,
  };
}
