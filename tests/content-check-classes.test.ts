import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../src/lib/content-files.ts';
import { checkContent, type ContentReport } from '../src/lib/content-check.ts';

/**
 * One fixture file per kind of problem the content check reports (tests/fixtures/check-classes),
 * each checked alone beside valid files and all of them in one run, with the exact words the
 * editor reads.
 */

const dir = 'tests/fixtures/check-classes';
const today = new Date('2026-11-29T12:00:00Z');
const vendorFiles = readContentFiles(join(dir, 'vendors'));
const articleFiles = readContentFiles(join(dir, 'articles'));
const all = [...vendorFiles, ...articleFiles];
const file = (name: string) => all.find((f) => f.path === join(dir, name) || f.path === `${join(dir, name)}/`.replace(/\/\/$/, '/'))!;

/** Valid files the bad ones are checked beside: a listed vendor, one awaiting evidence, a published article and a draft. */
const BASELINE = ['vendors/listed-crm.mdx', 'vendors/awaiting-crm.mdx', 'articles/good-article.mdx', 'articles/draft-article.mdx'];

/** Every problem of every fixture file, as the report prints it (✖ error, ⚠ warning). */
const EXPECTED: Record<string, string[]> = {
  'vendors/acme-crm.md': [
    '✖ (file): "acme-crm.md" is not read: the site takes only files ending in .mdx (lower case). Rename it to "acme-crm.mdx".',
  ],
  'vendors/archive/': [
    '✖ (file): The folder "archive" is not read: the site takes only .mdx files directly in this folder. Move its files up, or the folder out of src/content.',
  ],
  'vendors/empty-frontmatter.mdx': [
    '✖ line 1, (frontmatter): The frontmatter block is empty: the fields go between the two `---` lines (`npm run new:vendor` and `npm run new:article` write a file with every field).',
  ],
  'vendors/future-date.mdx': [
    '✖ line 62, sources[0].accessed: 2098-12-31 is later than today (2026-11-29): write the day you opened the page.',
    '✖ line 63, lastVerified: 2099-01-01 is later than today (2026-11-29): write the day you checked the sources.',
  ],
  'vendors/impossible-date.mdx': [
    '✖ line 63, lastVerified: Expected a real calendar date written as YYYY-MM-DD, got 2026-02-30 (YAML reads it as 2026-03-02).',
  ],
  'vendors/long-text.mdx': [
    '✖ line 6, description.en: A description has at most 1,500 characters; this one has 1,574: shorten it (every character ends up on the page).',
  ],
  'vendors/missing-field.mdx': [
    '✖ line 1, website: Missing required field `website`: expected a full web address starting with https://.',
    '✖ line 21, consent.consentLog: Missing required field `consentLog` (expected object).',
  ],
  'vendors/notes.txt': [
    '✖ (file): "notes.txt" is not read: the site takes only .mdx files here. Delete it, or move it out of src/content.',
  ],
  'vendors/price-range.mdx': [
    '✖ line 54, pricing.entryPrice.value: Expected the lowest paid price in EUR per user per month, at most 500; got 3900. Check the decimal point, and divide a yearly price by 12.',
  ],
  'vendors/unclosed-frontmatter.mdx': [
    '✖ line 1, (frontmatter): The frontmatter has no closing `---` line: end the fields with a line that holds only `---`.',
  ],
  'vendors/unknown-field.mdx': [
    '✖ line 56, openSource.licenceUrl: Unknown field `licenceUrl`: check the spelling against docs/editing.md.',
    '✖ line 58, sources[0].title: Missing required field `title` (expected string); `titel` at line 61 looks like it, misspelt.',
    '✖ line 61, sources[0].titel: Unknown field `titel`: did you mean `title`? Field names are case-sensitive.',
  ],
  'vendors/userinfo-url.mdx': [
    '✖ line 60, sources[0].url: "https://www.teamleader.eu@evil.example/privacy" leads to evil.example: in a web address everything before the @ is a user name, not the site. Write the address without the part up to the @.',
  ],
  'vendors/vendor-body.mdx': [
    '✖ line 66, (body): A vendor file is frontmatter only: the text from line 66 on is never shown on the site. Move what readers should see into a field (`description`, a `note`), and delete the rest.',
  ],
  'vendors/yaml-alias-bomb.mdx': [
    '✖ line 1, (frontmatter): The frontmatter stands for more than 100,000 values through YAML aliases (`*name` repeating an `&name` anchor): write the values out instead of repeating anchors.',
  ],
  'vendors/yaml-duplicate-key.mdx': [
    '✖ line 44, security.twoFactor: The field `twoFactor` is written twice in the same place (first at line 42): keep one.',
  ],
  'vendors/yaml-syntax.mdx': [
    '✖ line 26, (frontmatter): The frontmatter is not valid YAML: missed comma between flow collection entries (column 56).',
  ],
  'vendors/yaml-tag.mdx': [
    '✖ line 8, (frontmatter): `!foo` is a YAML tag, which the site\'s YAML reader refuses: remove it, or put the text in quotes when the `!` belongs to it.',
  ],
  'articles/broken-links.mdx': [
    '✖ line 8, (body): Link to /en/crm/ghost-crm/: No vendor with id "ghost-crm": expected the file name of a file in src/content/vendors (without .mdx).',
    '✖ line 9, (body): Link to /en/crm/awaiting-crm/: Vendor "awaiting-crm" is not listed (the eligibility rule finds it awaiting evidence or excluded), so the site has no page or card for it: remove the reference (`npm run build` and the methodology page say why).',
    '✖ line 10, (body): Link to /en/pricing/: No page at /en/pricing/ on this site: check the address (the site\'s pages are listed in src/i18n/routes.ts).',
    '✖ line 11, (body): Link to /en/compare: Write the address with a slash at the end: /en/compare/ (without it, the page is not found in `npm run dev`).',
    '✖ line 12, (body): Link to /articles/good-article/: The article "good-article" is written in en, so its address is /en/articles/good-article/.',
    '✖ line 13, (body): Link to /en/articles/draft-article/: The article "draft-article" is a draft, so it has no page yet: link it once it is published.',
    '✖ line 14, (body): Link to /en/articles/tags/retention/: No published article in en has the tag "retention", so there is no page for it.',
    '✖ line 15, (body): Link to /en/methodology/#vendor-listed-crm: Vendor "listed-crm" is listed, so the methodology page has no entry for it: link its page /en/crm/listed-crm/ instead.',
    '✖ line 16, (body): Link to /en/compare/?compare=listed-crm,awaiting-crm: Vendor "awaiting-crm" is not listed (the eligibility rule finds it awaiting evidence or excluded), so the site has no page or card for it: remove the reference (`npm run build` and the methodology page say why).',
    '✖ line 17, (body): "https://www.teamleader.eu@evil.example/" leads to evil.example: in a web address everything before the @ is a user name, not the site. Write the address without the part up to the @.',
  ],
  'articles/future-publish.mdx': [
    '✖ line 5, publishDate: 2099-06-01 is later than today (2026-11-29): write the day the article went online; keep an article for later as `draft: true`.',
  ],
  'articles/mdx-comparison.mdx': [
    '✖ line 8, (body): Not valid MDX (column 19): Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`). A less-than sign in the text is written `\\<`.',
  ],
  'articles/mdx-errors.mdx': [
    '✖ line 10, (body): Not valid MDX (column 1): Expected a closing tag for `<Callout>`.',
    '✖ line 14, (body): Not valid MDX (column 16): Could not parse expression with oxc: Unexpected token (found after skipping the error above; it may follow from that one).',
  ],
  'articles/unsafe-markup.mdx': [
    '✖ line 8, (body): Articles do not import or export: the components (Callout, VendorCard, VendorChecklist, CompareLink) work without an import. Remove this line.',
    '✖ line 10, (body): <script> is not allowed in an article: articles run no scripts and embed no other sites. Link to the page instead.',
    '✖ line 12, (body): <iframe> is not allowed in an article: articles run no scripts and embed no other sites. Link to the page instead.',
    '✖ line 14, (body): `onClick` on <a> is an event handler, which runs code: remove it.',
    '✖ line 16, (body): `href` on <a> is a `javascript:` address, which runs code: link to a page instead.',
    '✖ line 16, (body): A `javascript:` link runs code: link to a page instead.',
    '✖ line 18, (body): `set:html` on <div> inserts raw HTML: write the content as text and MDX instead.',
  ],
  'vendors/byte-order-mark.mdx': [
    '⚠ line 1, (frontmatter): The file starts with an invisible byte-order mark (BOM). The site reads it, but other tools may not: save the file as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar, "Save with Encoding", "UTF-8").',
  ],
};

function linesOf(report: Pick<ContentReport, 'issues' | 'warnings'>, path: string): string[] {
  const byLine = (a: { line?: number }, b: { line?: number }) => (a.line ?? 0) - (b.line ?? 0);
  const format = (mark: string) => (i: ContentReport['issues'][number]) => `${mark} ${i.line ? `line ${i.line}, ` : ''}${i.field}: ${i.message}`;
  return [
    ...report.issues.filter((i) => i.path === path).sort(byLine).map(format('✖')),
    ...report.warnings.filter((i) => i.path === path).sort(byLine).map(format('⚠')),
  ];
}

const split = (names: string[]) => ({
  vendors: names.filter((n) => n.startsWith('vendors/')).map(file),
  articles: names.filter((n) => n.startsWith('articles/')).map(file),
});

describe('the content check on one bad file of each kind', () => {
  it('passes the valid files on their own', () => {
    const { vendors, articles } = split(BASELINE);
    const report = checkContent(vendors, articles, { today });
    expect([...report.issues, ...report.warnings]).toEqual([]);
    expect(report.vendors.map((v) => v.id)).toEqual(['listed-crm', 'awaiting-crm']);
  });

  it('has a fixture for every kind it tests, and no fixture it does not test', () => {
    const names = all.map((f) => f.path.slice(dir.length + 1));
    expect(names.filter((n) => !BASELINE.includes(n) && !(n in EXPECTED))).toEqual([]);
  });

  it.each(Object.keys(EXPECTED))('%s', (name) => {
    const { vendors, articles } = split([...BASELINE, name]);
    const report = checkContent(vendors, articles, { today });
    expect(linesOf(report, file(name).path)).toEqual(EXPECTED[name]);
    expect([...report.issues, ...report.warnings].filter((i) => i.path !== file(name).path)).toEqual([]);
  });
});

describe('the content check on every bad file at once', () => {
  const report = checkContent(vendorFiles, articleFiles, { today });

  it('reports each file exactly as it does alone: no file hides or changes the problems of another', () => {
    for (const [name, lines] of Object.entries(EXPECTED)) expect(linesOf(report, file(name).path), name).toEqual(lines);
    const reported = new Set([...report.issues, ...report.warnings].map((i) => i.path));
    expect([...reported].sort()).toEqual(Object.keys(EXPECTED).map((n) => file(n).path).sort());
  });

  it('reports a fault of the check itself for the file it happened on, and checks the others', () => {
    const { vendors, articles } = split([...BASELINE, 'articles/broken-links.mdx', 'vendors/price-range.mdx']);
    const faulty = checkContent(vendors, articles, {
      today,
      hasAsset: () => {
        throw new Error('disk gone');
      },
    });
    expect(linesOf(faulty, file('articles/broken-links.mdx').path)).toEqual([
      '✖ (file): The check stopped on this file (disk gone); the other files were checked. This is a fault in the check: please report it with the file.',
    ]);
    expect(linesOf(faulty, file('vendors/price-range.mdx').path)).toEqual(EXPECTED['vendors/price-range.mdx']);
  });

  it('still reads the files that parse, including those that break a rule', () => {
    expect(report.vendors.map((v) => v.id)).toEqual(expect.arrayContaining(['listed-crm', 'awaiting-crm', 'future-date', 'price-range', 'vendor-body', 'byte-order-mark']));
  });
});

const env = { ...process.env, CONTENT_DIR: dir, PATH: `node_modules/.bin:${process.env.PATH}` };
const run = (...args: string[]) => spawnSync('node', ['scripts/check-content.ts', ...args], { env, encoding: 'utf8' });

describe('`npm run check:content -- <file…>`', () => {
  it('reports only the files named, and says that other files have problems too', () => {
    const result = run('--', join(dir, 'vendors/price-range.mdx'), join(dir, 'articles/mdx-errors.mdx'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Content check: 3 problem(s) in 2 file(s)');
    expect(result.stderr).toContain('line 54, pricing.entryPrice.value: Expected the lowest paid price');
    expect(result.stderr).toContain('line 10, (body): Not valid MDX (column 1): Expected a closing tag for `<Callout>`.');
    expect(result.stderr).not.toContain('yaml-tag.mdx');
    expect(result.stderr).toMatch(/\(\d+ other file\(s\) have problems too, and the build stops on them/);
    // The byte-order-mark warning belongs to another file.
    expect(result.stdout).not.toContain('warning');
  });

  it('applies the rules across files to the files named: links need the other vendors and articles', () => {
    const result = run(join(dir, 'articles/broken-links.mdx'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('10 problem(s) in 1 file(s)');
    expect(result.stderr).toContain('line 9, (body): Link to /en/crm/awaiting-crm/: Vendor "awaiting-crm" is not listed');
  });

  it('passes a valid file, and shows its own warnings only', () => {
    const valid = run(join(dir, 'vendors/listed-crm.mdx'));
    expect(valid.status).toBe(0);
    expect(valid.stdout).toContain(`Content check: ${dir}/vendors/listed-crm.mdx is valid.`);
    const warned = run(join(dir, 'vendors/byte-order-mark.mdx'));
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('1 warning(s) in 1 file(s)');
    expect(warned.stdout).toContain('byte-order mark (BOM)');
  });

  it('refuses a path that is not a content file', () => {
    const result = run('README.md');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`✖ README.md: not a file in ${dir}/vendors or ${dir}/articles.\n`);
  });
});
