import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../src/lib/content-files.ts';
import { checkContent, formatReport } from '../src/lib/content-check.ts';
import {
  duplicateVendors,
  normalizeWebsite,
  placeholders,
  staleVendor,
  translationMismatches,
  unsourcedFacts,
  vendorIdProblem,
  vendorReferences,
} from '../src/lib/content-rules.ts';
import { cloud, makeVendor, selfHosted } from './helpers/vendor.ts';

const at = (findings: { at: (string | number)[] }[]) => findings.map((f) => f.at.join('.'));

describe('unsourcedFacts', () => {
  it('accepts a vendor whose only claims name a source', () => {
    expect(unsourcedFacts(makeVendor())).toEqual([]);
  });

  it('flags every status, value and licence that is not unknown and names no source', () => {
    const vendor = makeVendor({
      founded: { value: 2004 },
      openSource: { status: 'no', licence: 'proprietary' },
      pricing: { freePlan: { status: 'yes', source: ['s'] }, entryPrice: { value: 12 } },
      languages: { value: ['nl', 'en'] },
    });
    expect(at(unsourcedFacts(vendor))).toEqual(['founded.value', 'pricing.entryPrice.value', 'languages.value', 'openSource.status']);
    expect(unsourcedFacts(vendor)[0]!.message).toBe(
      '2004 is a fact without a source: add `source: [id]` naming an entry of `sources` that shows it, or set it to `unknown` and say in `note` what you found.',
    );
  });

  it('treats a licence as a claim even when the status is unknown', () => {
    expect(at(unsourcedFacts(makeVendor({ openSource: { status: 'unknown', licence: 'MIT' } })))).toEqual(['openSource.licence']);
  });

  it('treats "none" as a claim: no parent company and no support access must be shown too', () => {
    const offering = { ...cloud(), supportAccess: { value: 'none' } };
    const vendor = makeVendor({ parentCompany: { value: 'none' }, offerings: [offering] });
    expect(at(unsourcedFacts(vendor))).toEqual(['parentCompany.value', 'offerings.0.supportAccess.value']);
  });

  it('lets the source of a sub-processor list cover its entries, but not an unsourced list', () => {
    expect(unsourcedFacts(makeVendor({ offerings: [cloud()] }))).toEqual([]);
    const unsourced = cloud();
    delete (unsourced.subProcessors as { source?: string[] }).source;
    expect(at(unsourcedFacts(makeVendor({ offerings: [unsourced] })))).toEqual([
      'offerings.0.subProcessors.locations',
      'offerings.0.subProcessors.entries.0.countries',
    ]);
  });

  it('flags a self-hosted offering that claims it sends nothing without a source, and a listed certification', () => {
    const vendor = makeVendor({
      offerings: [{ ...selfHosted(), sends: { value: 'nothing' } }],
      security: { ...(makeVendor().security as object), otherCertifications: [{ name: 'BSI C5' }] },
    });
    expect(at(unsourcedFacts(vendor))).toEqual(['offerings.0.sends.value', 'security.otherCertifications.0.name']);
  });
});

describe('placeholders', () => {
  it('finds every string that still holds TODO, wherever it is', () => {
    expect(at(placeholders({ name: 'TODO: name', sources: [{ url: 'https://x.example', title: 'TODO: title' }], n: 3 }))).toEqual([
      'name',
      'sources.0.title',
    ]);
    expect(placeholders({ name: 'Acme', list: ['a', 'b'] })).toEqual([]);
  });
});

describe('duplicateVendors', () => {
  const vendor = (id: string, name: string, website: string) => ({ id, data: { name, website } });

  it('treats the same website with or without www, scheme and trailing slash as one', () => {
    expect(normalizeWebsite('https://www.Acme.example/')).toBe(normalizeWebsite('http://acme.example'));
    expect(normalizeWebsite('https://acme.example/crm')).not.toBe(normalizeWebsite('https://acme.example'));
  });

  it('flags both files of a duplicate name or website, and leaves distinct vendors alone', () => {
    const result = duplicateVendors([
      vendor('acme', 'Acme CRM', 'https://acme.example'),
      vendor('acme-2', 'ACME crm', 'https://acme-two.example'),
      vendor('other', 'Other', 'https://www.acme.example/'),
      vendor('fine', 'Fine', 'https://fine.example'),
    ]);
    expect([...result.keys()].sort()).toEqual(['acme', 'acme-2', 'other']);
    expect(at(result.get('acme')!)).toEqual(['name', 'website']);
    expect(result.get('acme-2')![0]!.message).toBe('The same name as acme.mdx: one vendor, one file. Merge the files, or make the name tell them apart.');
  });
});

describe('translationMismatches', () => {
  const article = (id: string, lang: string, ...translations: string[]) => ({ id, data: { lang, translations } });

  it('accepts a group of three languages that point at each other', () => {
    expect(translationMismatches([article('stuk', 'nl', 'piece', 'texte'), article('piece', 'en', 'stuk', 'texte'), article('texte', 'fr', 'stuk', 'piece')]).size).toBe(0);
  });

  it('flags a version that does not list this article back, and says what to add', () => {
    const result = translationMismatches([article('stuk', 'nl', 'piece', 'texte'), article('piece', 'en', 'stuk'), article('texte', 'fr', 'stuk', 'piece')]);
    expect([...result.keys()]).toEqual(['texte']);
    expect(result.get('texte')![0]).toMatchObject({ at: ['translations', 1], message: '"piece" does not list this article: add texte to its `translations`, so the versions point at each other.' });
  });

  it('flags a translation in the same language and two in one language', () => {
    const same = translationMismatches([article('a', 'nl', 'b'), article('b', 'nl', 'a')]);
    expect([...same.keys()]).toEqual(['a', 'b']);
    const two = translationMismatches([article('a', 'nl', 'b', 'c'), article('b', 'en', 'a'), article('c', 'en', 'a')]);
    expect(two.get('a')![0]!.message).toBe('"c" and "b" are both in en: name one article per language.');
  });
});

describe('staleVendor', () => {
  const today = new Date('2026-11-29T12:00:00Z');

  it('warns when the facts are more than twelve months old', () => {
    expect(staleVendor({ lastVerified: '2025-11-29' }, today)).toEqual([]);
    expect(staleVendor({ lastVerified: '2025-11-28' }, today)).toEqual([
      expect.objectContaining({ at: ['lastVerified'], severity: 'warning', message: expect.stringContaining('more than 12 months ago') }),
    ]);
  });

});

describe('vendorReferences in MDX bodies', () => {
  it('reads the ids of every vendor component with their line, across attribute lines', () => {
    const body = ['Intro', '<VendorCard vendor="acme" />', '', 'Text <VendorChecklist vendor=\'beta\'/> text', '<CompareLink', '  vendors="acme, beta,gamma"', '>Compare</CompareLink>'].join('\n');
    expect(vendorReferences(body, 10)).toEqual([
      { component: 'VendorCard', ids: ['acme'], line: 11 },
      { component: 'VendorChecklist', ids: ['beta'], line: 13 },
      { component: 'CompareLink', ids: ['acme', 'beta', 'gamma'], line: 14 },
    ]);
  });

  it('ignores examples in code blocks, inline code and MDX comments', () => {
    const body = '```mdx\n<VendorCard vendor="x" />\n```\n`<VendorCard vendor="y" />`\n{/* <VendorCard vendor="z" /> */}\n';
    expect(vendorReferences(body)).toEqual([]);
  });

  it('asks for plain quoted ids, a present attribute and two to four vendors to compare', () => {
    const problems = vendorReferences('<VendorCard vendor={id} />\n<VendorChecklist />\n<CompareLink vendors="a" />').map((r) => r.problem);
    expect(problems).toEqual([
      'Write `vendor` of <VendorCard> as a plain quoted string, e.g. vendor="teamleader", so the content check can verify it.',
      '<VendorChecklist> needs `vendor="…"` with a vendor id.',
      '<CompareLink> compares 2 to 4 vendors, got 1.',
    ]);
  });

  it('tells an unknown id from an excluded vendor', () => {
    const known = new Set(['listed', 'excluded']);
    const listed = new Set(['listed']);
    expect(vendorIdProblem('listed', known, listed)).toBeUndefined();
    expect(vendorIdProblem('ghost', known, listed)).toMatch(/^No vendor with id "ghost"/);
    expect(vendorIdProblem('excluded', known, listed)).toMatch(/^Vendor "excluded" is not listed \(the eligibility rule finds it awaiting evidence or excluded\)/);
  });
});

describe('the content check on fixture files for the editor checks', () => {
  const fixtures = 'tests/fixtures/editor-checks';
  const report = checkContent(readContentFiles(join(fixtures, 'vendors')), readContentFiles(join(fixtures, 'articles')), {
    today: new Date('2026-11-29T12:00:00Z'),
  });

  it('flags a source-less fact, a duplicate website, broken twins and component references as errors', () => {
    expect(formatReport(report.issues)).toMatchInlineSnapshot(`
      "✖ tests/fixtures/editor-checks/vendors/listed-crm-copy.mdx
          line 3, website: The same website as listed-crm.mdx: one vendor, one file. Merge the files, or make the website tell them apart.
      ✖ tests/fixtures/editor-checks/vendors/listed-crm.mdx
          line 3, website: The same website as listed-crm-copy.mdx: one vendor, one file. Merge the files, or make the website tell them apart.
      ✖ tests/fixtures/editor-checks/vendors/unsourced-crm.mdx
          line 7, headquarters.value: "DE" is a fact without a source: add \`source: [id]\` naming an entry of \`sources\` that shows it, or set it to \`unknown\` and say in \`note\` what you found.
          line 56, openSource.status: "no" is a fact without a source: add \`source: [id]\` naming an entry of \`sources\` that shows it, or set it to \`unknown\` and say in \`note\` what you found.
      ✖ tests/fixtures/editor-checks/articles/piece.mdx
          line 8, (body): <VendorCard>: Write \`vendor\` of <VendorCard> as a plain quoted string, e.g. vendor="teamleader", so the content check can verify it.
      ✖ tests/fixtures/editor-checks/articles/stuk.mdx
          line 6, vendors[1]: Vendor "unsourced-crm" is not listed (the eligibility rule finds it awaiting evidence or excluded), so the site has no page or card for it: remove the reference (\`npm run build\` and the methodology page say why).
          line 7, translations[0]: "piece" does not list this article: add stuk to its \`translations\`, so the versions point at each other.
          line 12, (body): <VendorChecklist>: Vendor "unsourced-crm" is not listed (the eligibility rule finds it awaiting evidence or excluded), so the site has no page or card for it: remove the reference (\`npm run build\` and the methodology page say why).
          line 14, (body): <CompareLink>: No vendor with id "ghost-crm": expected the file name of a file in src/content/vendors (without .mdx)."
    `);
  });

  it('warns about the stale date without failing, and leaves unknown criteria to the research queue', () => {
    expect(formatReport([], report.warnings.filter((w) => w.path.endsWith('unsourced-crm.mdx')))).toMatchInlineSnapshot(`
      "⚠ tests/fixtures/editor-checks/vendors/unsourced-crm.mdx
          line 63, lastVerified: Last verified 2025-06-01, more than 12 months ago: check the sources again and update \`lastVerified\` (the page shows a stale notice until then)."
    `);
  });
});

describe('`npm run check:content` on the editor-check fixtures', () => {
  it('prints the warnings, then the errors, and exits non-zero', async () => {
    const { spawnSync } = await import('node:child_process');
    const env = { ...process.env, CONTENT_DIR: 'tests/fixtures/editor-checks', PATH: `node_modules/.bin:${process.env.PATH}` };
    const run = spawnSync('node', ['scripts/check-content.ts'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("1 warning(s) in 1 file(s), for the editors' to-do list");
    expect(run.stdout).toContain('line 63, lastVerified: Last verified 2025-06-01');
    expect(run.stderr).toContain('9 problem(s) in 5 file(s)');
  });
});
