import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../src/lib/content-files.ts';
import { checkContent, formatReport } from '../src/lib/content-check.ts';
import {
  bodyUserinfo,
  duplicateVendors,
  editorialDate,
  futureDates,
  internalLinkProblem,
  internalLinks,
  isJavascriptUrl,
  MAX_ENTRY_PRICE,
  normalizeWebsite,
  priceRange,
  strayFile,
  TEXT_LIMITS,
  textLengths,
  unsafeMarkup,
  urlsWithUserinfo,
  vendorBody,
  type SiteIndex,
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

describe('futureDates', () => {
  const today = new Date('2026-11-29T12:00:00Z');

  it('accepts today and earlier, and refuses a later lastVerified, accessed or publication date', () => {
    expect(futureDates({ lastVerified: '2026-11-29', sources: [{ accessed: '2026-01-01' }] }, today)).toEqual([]);
    expect(futureDates({ lastVerified: '2099-01-01', sources: [{ accessed: '2026-11-30' }] }, today)).toEqual([
      { at: ['lastVerified'], severity: 'error', message: '2099-01-01 is later than today (2026-11-29): write the day you checked the sources.' },
      { at: ['sources', 0, 'accessed'], severity: 'error', message: '2026-11-30 is later than today (2026-11-29): write the day you opened the page.' },
    ]);
    expect(at(futureDates({ publishDate: '2026-12-01', updatedDate: '2027-01-01' }, today))).toEqual(['publishDate', 'updatedDate']);
    expect(futureDates({ corrections: [{ date: '2027-01-01', wrong: 'x', right: 'y' }] }, today)[0]).toMatchObject({ at: ['corrections', 0, 'date'], message: expect.stringContaining('the day the correction was made') });
  });

  it('lets a draft carry its planned publication date, and reads the Date objects of unvalidated YAML', () => {
    expect(futureDates({ draft: true, publishDate: '2027-01-01' }, today)).toEqual([]);
    expect(at(futureDates({ lastVerified: new Date('2099-01-01T00:00:00Z') }, today))).toEqual(['lastVerified']);
  });

  it("measures today in the editors' time zone, not the build server's", () => {
    // 23:30 UTC on 30 November is already 1 December in Brussels.
    const lateEvening = new Date('2026-11-30T23:30:00Z');
    expect(editorialDate(lateEvening)).toBe('2026-12-01');
    expect(futureDates({ lastVerified: '2026-12-01' }, lateEvening)).toEqual([]);
  });
});

describe('textLengths', () => {
  it('allows each kind of text up to its limit and refuses one character more, naming the limit', () => {
    const ok = { name: 'x'.repeat(TEXT_LIMITS.name), description: { nl: 'x'.repeat(TEXT_LIMITS.description) }, note: 'x'.repeat(TEXT_LIMITS.note) };
    expect(textLengths(ok)).toEqual([]);
    const findings = textLengths({
      name: 'x'.repeat(TEXT_LIMITS.name + 1),
      description: { nl: 'x'.repeat(5_000_000) },
      offerings: [{ storage: { note: { en: 'x'.repeat(TEXT_LIMITS.note + 1) } } }],
      sources: [{ url: `https://a.example/${'x'.repeat(TEXT_LIMITS.address)}`, title: 'x'.repeat(TEXT_LIMITS.title + 1) }],
      hostingProvider: { value: 'x'.repeat(TEXT_LIMITS.other + 1) },
    });
    expect(at(findings)).toEqual(['name', 'description.nl', 'offerings.0.storage.note.en', 'sources.0.url', 'sources.0.title', 'hostingProvider.value']);
    expect(findings[1]!.message).toBe('A description has at most 1,500 characters; this one has 5,000,000: shorten it (every character ends up on the page).');
    expect(findings[3]!.message).toMatch(/^An address has at most 2,000 characters/);
    expect(findings[5]!.message).toMatch(/^A text here has at most 1,000 characters/);
  });
});

describe('priceRange', () => {
  const vendor = (value: unknown) => ({ pricing: { entryPrice: { value } } });

  it('accepts an unknown price and one within the range', () => {
    expect([...priceRange(vendor('unknown')), ...priceRange(vendor(0.5)), ...priceRange(vendor(MAX_ENTRY_PRICE))]).toEqual([]);
  });

  it('refuses 0 (that is a free plan) and a price above the range', () => {
    expect(priceRange(vendor(0))[0]!.message).toMatch(/^An entry price of 0 is not a paid price/);
    expect(priceRange(vendor(3900))).toEqual([
      {
        at: ['pricing', 'entryPrice', 'value'],
        severity: 'error',
        message: 'Expected the lowest paid price in EUR per user per month, at most 500; got 3900. Check the decimal point, and divide a yearly price by 12.',
      },
    ]);
  });
});

describe('urlsWithUserinfo', () => {
  it('refuses an address whose host comes after a user name, wherever it is', () => {
    const findings = urlsWithUserinfo({ website: 'https://www.teamleader.eu@evil.example/', sources: [{ url: 'https://user:pw@a.example/x' }] });
    expect(at(findings)).toEqual(['website', 'sources.0.url']);
    expect(findings[0]!.message).toBe(
      '"https://www.teamleader.eu@evil.example/" leads to evil.example: in a web address everything before the @ is a user name, not the site. Write the address without the part up to the @.',
    );
  });

  it('leaves plain addresses, e-mail addresses in text and @ in paths alone', () => {
    expect(urlsWithUserinfo({ website: 'https://www.teamleader.eu/', note: 'Write to privacy@teamleader.eu', url: 'https://a.example/@team' })).toEqual([]);
  });
});

describe('strayFile and vendorBody', () => {
  it('says why a file or folder is not read, and how to fix it', () => {
    expect(strayFile('src/content/vendors/acme.md')[0]!.message).toBe('"acme.md" is not read: the site takes only files ending in .mdx (lower case). Rename it to "acme.mdx".');
    expect(strayFile('src/content/vendors/Acme.MDX')[0]!.message).toContain('Rename it to "Acme.mdx"');
    expect(strayFile('src/content/vendors/todo.txt')[0]!.message).toBe('"todo.txt" is not read: the site takes only .mdx files here. Delete it, or move it out of src/content.');
    expect(strayFile('src/content/vendors/old/')[0]!.message).toMatch(/^The folder "old" is not read/);
  });

  it('refuses text after a vendor frontmatter, at its first line, and accepts blank lines', () => {
    expect(vendorBody('   \n   \n\n\n')).toEqual([]);
    expect(vendorBody('   \n   \n\nNotes for editors.\n')).toEqual([
      expect.objectContaining({ bodyLine: 4, severity: 'error', message: expect.stringMatching(/^A vendor file is frontmatter only: the text from line 4 on is never shown/) }),
    ]);
  });
});

describe('unsafeMarkup', () => {
  const element = (name: string, attributes: [string, string | null, boolean?][] = [], spreads = 0) => ({
    name,
    attributes: attributes.map(([n, value, expression = false]) => ({ name: n, value, expression })),
    spreads,
    line: 3,
  });
  const messages = (body: Partial<Parameters<typeof unsafeMarkup>[0]>) => unsafeMarkup({ elements: [], links: [], code: [], ...body }).map((f) => f.message);

  it('accepts the components, ordinary elements and links', () => {
    expect(messages({ elements: [element('Callout', [['type', 'info']]), element('a', [['href', '/en/']]), element('img', [['src', '/x.png']])] })).toEqual([]);
    expect(messages({ links: [{ url: 'https://example.org/', line: 1, via: 'markdown' }], code: [{ kind: 'expression', source: '/* <script> in a comment */', line: 2 }] })).toEqual([]);
  });

  it('refuses <script>, <iframe>, event attributes, javascript: addresses, set:html, spreads and import/export', () => {
    expect(
      messages({
        elements: [
          element('script'),
          element('IFRAME', [['src', 'https://video.example/']]),
          element('a', [['onClick', 'go()']]),
          element('a', [['href', ' java\tscript:alert(1)']]),
          element('a', [['href', '"javascript:alert(1)"', true]]),
          element('div', [['set:html', '<b>x</b>']]),
          element('Callout', [], 1),
        ],
        links: [{ url: 'JavaScript:alert(1)', line: 4, via: 'markdown' }],
        code: [
          { kind: 'esm', source: 'import x from "y"', line: 1 },
          { kind: 'expression', source: '<script>alert(1)</script>', line: 5 },
          { kind: 'expression', source: '<a onclick="x()">y</a>', line: 6 },
        ],
      }),
    ).toEqual([
      '<script> is not allowed in an article: articles run no scripts and embed no other sites. Link to the page instead.',
      '<IFRAME> is not allowed in an article: articles run no scripts and embed no other sites. Link to the page instead.',
      '`onClick` on <a> is an event handler, which runs code: remove it.',
      '`href` on <a> is a `javascript:` address, which runs code: link to a page instead.',
      '`href` on <a> is a `javascript:` address, which runs code: link to a page instead.',
      '`set:html` on <div> inserts raw HTML: write the content as text and MDX instead.',
      'Write the attributes of <Callout> out instead of `{...}`: the check cannot see what a spread sets.',
      'A `javascript:` link runs code: link to a page instead.',
      'Articles do not import or export: the components (Callout, VendorCard, VendorChecklist, CompareLink) work without an import. Remove this line.',
      '<script> is not allowed in an article, also not inside `{…}`.',
      'This `{…}` expression holds a `javascript:` address or an event handler, which runs code: remove it.',
    ]);
  });

  it('reads javascript: as a browser does', () => {
    expect(['javascript:x', ' JAVASCRIPT:x', 'java\nscript:x', '\u0001javascript:x'].every(isJavascriptUrl)).toBe(true);
    expect(['/javascript/', 'https://javascript.info/', 'javascript-guide'].some(isJavascriptUrl)).toBe(false);
  });

  it('reports an address with a user name in a body link', () => {
    expect(bodyUserinfo({ links: [{ url: 'https://www.teamleader.eu@evil.example/', line: 9, via: 'markdown' }] })).toEqual([
      expect.objectContaining({ bodyLine: 9, message: expect.stringContaining('leads to evil.example') }),
    ]);
  });
});

describe('internal links in articles', () => {
  const site: SiteIndex = {
    pages: new Set(['/', '/en/', '/compare/', '/en/compare/', '/methodology/', '/en/methodology/', '/crm/acme/', '/en/crm/acme/', '/en/articles/piece/', '/articles/stuk/', '/articles/tags/consent/']),
    vendors: new Set(['acme', 'beta']),
    listed: new Set(['acme']),
    articles: new Map([
      ['piece', { lang: 'en', draft: false }],
      ['stuk', { lang: 'nl', draft: false }],
      ['later', { lang: 'en', draft: true }],
    ]),
    localePrefixes: { nl: '', en: '/en', fr: '/fr' },
    hasAsset: (path) => path === '/favicon.svg',
  };
  const problem = (url: string) => internalLinkProblem(url, '/en/articles/piece/', site);

  it('accepts pages that exist, assets, anchors, queries, other sites and mail', () => {
    for (const url of ['/en/crm/acme/', '/crm/acme/', '../../compare/', '/en/compare/?need=consentLog', '/en/compare/?compare=acme,acme', '/en/methodology/#vendor-beta', '/favicon.svg', 'https://example.org/x', 'mailto:a@b.example', '//cdn.example/x']) {
      expect(problem(url), url).toBeUndefined();
    }
  });

  it('says what is wrong with each kind of broken link', () => {
    expect(problem('/en/crm/ghost/')).toBe('No vendor with id "ghost": expected the file name of a file in src/content/vendors (without .mdx).');
    expect(problem('/en/crm/beta/')).toMatch(/^Vendor "beta" is not listed/);
    expect(problem('/en/compare/?compare=acme,beta')).toMatch(/^Vendor "beta" is not listed/);
    expect(problem('/en/methodology/#vendor-acme')).toBe('Vendor "acme" is listed, so the methodology page has no entry for it: link its page /en/crm/acme/ instead.');
    expect(problem('/en/methodology/#vendor-ghost')).toMatch(/^No vendor with id "ghost"/);
    expect(problem('/en/compare')).toBe('Write the address with a slash at the end: /en/compare/ (without it, the page is not found in `npm run dev`).');
    expect(problem('/articles/piece/')).toBe('The article "piece" is written in en, so its address is /en/articles/piece/.');
    expect(problem('/en/articles/later/')).toBe('The article "later" is a draft, so it has no page yet: link it once it is published.');
    expect(problem('/en/articles/nothing/')).toBe('No article with id "nothing" in src/content/articles.');
    expect(problem('/en/articles/tags/consent/')).toBe('No published article in en has the tag "consent", so there is no page for it.');
    expect(problem('/en/pricing/')).toBe("No page at /en/pricing/ on this site: check the address (the site's pages are listed in src/i18n/routes.ts).");
  });

  it('reports each broken link at its line, and leaves javascript: and same-page anchors to other rules', () => {
    const links = [
      { url: '/en/crm/ghost/', line: 4, via: 'markdown' },
      { url: '#section', line: 5, via: 'markdown' },
      { url: ' javascript:x', line: 6, via: '<a href>' },
    ];
    expect(internalLinks({ links }, '/en/articles/piece/', site)).toEqual([
      { at: [], bodyLine: 4, severity: 'error', message: 'Link to /en/crm/ghost/: No vendor with id "ghost": expected the file name of a file in src/content/vendors (without .mdx).' },
    ]);
  });
});
