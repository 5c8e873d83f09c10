/**
 * Synthetic but schema-valid content for benchmarks: N vendors (about a quarter of them
 * excluded by the eligibility rule) and M articles, written into a temporary content folder
 * that the build reads through CONTENT_DIR. The real content is never touched.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CRITERION_GROUPS, criteriaInGroup, STATUSES } from '../src/lib/criteria.ts';

/** A small deterministic PRNG, so two runs build the same site. */
function random(seed: number) {
  // Scramble the seed first (murmur3's finaliser): a linear congruential generator's first
  // output is nearly linear in a small seed, which made vendor 0 to 35 excluded and hardly
  // any after them.
  let state = seed >>> 0;
  state = Math.imul(state ^ (state >>> 16), 0x85ebca6b) >>> 0;
  state = Math.imul(state ^ (state >>> 13), 0xc2b2ae35) >>> 0;
  state = (state ^ (state >>> 16)) >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const EEA_STORAGE = ['DE', 'NL', 'IE', 'FR', 'SE', 'FI', 'NO', 'BE', 'AT', 'DK'];
const LANGUAGES = ['nl', 'en', 'fr', 'de', 'es', 'it', 'sv', 'da', 'pl'];

export function syntheticVendor(index: number, rand = random(index + 1)) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const group = (g: (typeof CRITERION_GROUPS)[number]) =>
    Object.fromEntries(criteriaInGroup(g).map((key) => {
      const status = pick(STATUSES);
      return [key, status === 'unknown' ? { status } : { status, source: ['site'] }];
    }));
  const excluded = rand() < 0.25;
  const storage = excluded ? ['US'] : [pick(EEA_STORAGE), pick(EEA_STORAGE)].filter((c, i, all) => all.indexOf(c) === i);
  const hq = rand() < 0.15 ? 'US' : pick(EEA_STORAGE);
  const name = `Synthetic CRM ${String(index).padStart(5, '0')}`;
  return {
    id: `synthetic-crm-${String(index).padStart(5, '0')}`,
    data: {
      name,
      website: `https://crm-${index}.example`,
      description: { nl: `${name} is een synthetisch CRM voor benchmarks.`, en: `${name} is a synthetic CRM for benchmarks.` },
      headquarters: { value: hq, source: ['site'] },
      parentCompany: { value: 'none', source: ['site'] },
      founded: { value: 2000 + (index % 25), source: ['site'] },
      offerings: [
        {
          id: 'cloud',
          kind: 'vendor-cloud',
          name: { nl: 'Cloud', en: 'Cloud' },
          source: ['site'],
          storage: { value: storage, source: ['site'] },
          hostingProvider: { value: 'Own data centres', source: ['site'] },
          subProcessors: { locations: 'listed', entries: [{ name: 'Mailer', purpose: 'e-mail delivery', countries: [pick(EEA_STORAGE)], source: ['site'] }], source: ['site'] },
          supportAccess: { value: [pick(EEA_STORAGE)], source: ['site'] },
          transferMechanisms: { value: 'unknown' },
          dpfCertified: { status: 'unknown' },
        },
        ...(rand() < 0.2 ? [{ id: 'self-hosted', kind: 'self-hosted', name: { nl: 'Zelf hosten', en: 'Self-hosted' }, source: ['site'], sends: { value: 'nothing', source: ['site'] } }] : []),
      ],
      consent: group('consent'),
      minimisation: group('minimisation'),
      rights: group('rights'),
      security: { ...group('security'), otherCertifications: [] },
      contract: group('contract'),
      pricing: {
        freePlan: { status: pick(['yes', 'no', 'unknown'] as const), source: ['site'] },
        entryPrice: rand() < 0.2 ? { value: 'unknown' } : { value: Math.round(5 + rand() * 95), source: ['site'] },
      },
      languages: rand() < 0.2 ? { value: 'unknown' } : { value: LANGUAGES.filter(() => rand() < 0.4).concat('en').filter((l, i, all) => all.indexOf(l) === i), source: ['site'] },
      openSource: { status: 'no', source: ['site'] },
      sources: [{ id: 'site', kind: 'vendor', url: `https://crm-${index}.example/privacy`, title: 'Privacy page', accessed: '2026-11-29' }],
      lastVerified: '2026-11-29',
    },
  };
}

export function syntheticArticle(index: number) {
  const lang = index % 2 === 0 ? 'nl' : 'en';
  const body = Array.from({ length: 6 }, (_, i) => `## Section ${i + 1}\n\nParagraph ${i + 1} of synthetic article ${index}, about consent, retention and the rights of access and erasure.\n`).join('\n');
  return {
    id: `synthetic-article-${String(index).padStart(4, '0')}`,
    text: `---\n${stringify({ title: `Synthetic article ${index}`, description: `Synthetic article number ${index} for the benchmarks of the site.`, lang, publishDate: '2026-11-01', tags: ['benchmark'], vendors: [] })}---\n\n${body}`,
  };
}

/** Writes the content folder and returns its path. */
export function writeSyntheticContent(vendors: number, articles: number): string {
  const root = mkdtempSync(join(tmpdir(), 'eu-crm-bench-'));
  mkdirSync(join(root, 'vendors'));
  mkdirSync(join(root, 'articles'));
  for (let i = 0; i < vendors; i++) {
    const { id, data } = syntheticVendor(i);
    writeFileSync(join(root, 'vendors', `${id}.mdx`), `---\n${stringify(data)}---\n`);
  }
  for (let i = 0; i < articles; i++) {
    const { id, text } = syntheticArticle(i);
    writeFileSync(join(root, 'articles', `${id}.mdx`), text);
  }
  return root;
}
