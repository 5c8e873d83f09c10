import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { articleScaffold, slugify, vendorScaffold } from '../src/lib/scaffold.ts';
import { vendorSchema } from '../src/lib/schema/vendor.ts';
import { parse } from 'yaml';

const today = '2026-11-29';
const label = (key: keyof typeof en.criteria) => en.criteria[key].label;
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as unknown;

/** What an editor does with the scaffold: replace every TODO and document one qualifying offering on first-party evidence. */
function fillVendor(text: string): string {
  const replacements: [string, string][] = [
    ['website: https://TODO.example', 'website: https://acme.example'],
    ['TODO: beschrijving in het Nederlands.', 'Een CRM voor kleine bureaus, gehost in Duitsland.'],
    ['TODO: description in English.', 'A CRM for small agencies, hosted in Germany.'],
    ['nl: TODO Cloud van de leverancier', 'nl: Acme-cloud (EU)'],
    ['en: TODO Vendor cloud', 'en: Acme cloud (EU)'],
    ['      value: unknown  # [DE, NL]', '      source: [privacy]\n      value: [DE]  # [DE, NL]'],
    ['    # source: [pricing]', '    source: [privacy]'],
    ['      locations: not-documented', '      locations: listed\n      source: [privacy]'],
    ['      entries: []', '      entries: [{ name: Acme Hosting, purpose: hosting, countries: [DE] }]'],
    ['      value: unknown  # none | eea', '      source: [privacy]\n      value: eea  # none | eea'],
    ['url: https://TODO.example/privacy', 'url: https://acme.example/privacy'],
    ['title: TODO Privacy policy of', 'title: Privacy policy of'],
  ];
  let filled = text;
  for (const [from, to] of replacements) {
    expect(filled, `the scaffold has ${JSON.stringify(from)}`).toContain(from);
    filled = filled.replace(from, to);
  }
  return filled;
}

describe('slugify', () => {
  it.each([
    ['Acme CRM', 'acme-crm'],
    ['Bewaartermijnen: een sjabloon', 'bewaartermijnen-een-sjabloon'],
    ['Café Ünïcode & Co.', 'cafe-unicode-co'],
    ['  --  ', ''],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('keeps long titles to sixty characters, cut between words', () => {
    const slug = slugify('How to handle a data subject access request in your CRM step by step, with templates');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('how-to-handle-a-data-subject-access-request-in-your-crm-step');
  });
});

describe('the vendor scaffold', () => {
  const text = vendorScaffold({ name: 'Acme CRM', today, label });
  const vendorFile = { path: 'src/content/vendors/acme-crm.mdx', text };

  it('has every field and passes the schema; the content check asks only for the TODOs', () => {
    expect(vendorSchema.safeParse(frontmatter(text)).success).toBe(true);
    const { issues } = checkContent([vendorFile], [], { today: new Date(`${today}T12:00:00Z`) });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.filter((issue) => !issue.message.startsWith('Replace the placeholder'))).toEqual([]);
    expect(issues.map((issue) => issue.field)).toEqual([
      'website',
      'description.nl',
      'description.en',
      'offerings[0].name.nl',
      'offerings[0].name.en',
      'sources[0].url',
      'sources[0].title',
    ]);
  });

  it('passes the content check once the TODOs are replaced, and the vendor is listed', () => {
    const { issues, vendors } = checkContent([{ ...vendorFile, text: fillVendor(text) }], [], { today: new Date(`${today}T12:00:00Z`) });
    expect(issues).toEqual([]);
    expect(vendors.map((v) => v.id)).toEqual(['acme-crm']);
  });
});

describe('the article scaffold', () => {
  it('is a draft with every field that passes the schema, in the language asked for', () => {
    const text = articleScaffold({ title: 'Retention: a "template"', lang: 'en', today });
    const data = frontmatter(text) as Record<string, unknown>;
    expect(data).toMatchObject({ title: 'Retention: a "template"', lang: 'en', draft: true, tags: [], vendors: [] });
    const { issues } = checkContent([], [{ path: 'src/content/articles/retention-a-template.mdx', text }]);
    expect(issues.map((issue) => issue.field)).toEqual(['description']);
  });
});

describe('the CLI scaffolds and a build of what they write', () => {
  const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'vendors'), { recursive: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', PATH: `node_modules/.bin:${process.env.PATH}` };
  const run = (script: string, ...args: string[]) => spawnSync('node', [script, ...args], { env, encoding: 'utf8' });

  it('`new:vendor` and `new:article` write the files, and refuse to overwrite them', () => {
    expect(run('scripts/new-vendor.ts', 'Acme', 'CRM').status).toBe(0);
    expect(run('scripts/new-article.ts', 'Acme in practice', '--lang', 'en').status).toBe(0);
    expect(existsSync(join(content, 'vendors', 'acme-crm.mdx'))).toBe(true);
    expect(readFileSync(join(content, 'articles', 'acme-in-practice.mdx'), 'utf8')).toContain('lang: en');
    const again = run('scripts/new-vendor.ts', 'Acme CRM');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(run('scripts/new-article.ts', 'x', '--lang', 'de').stderr).toContain('--lang must be one of nl, en, fr');
  });

  it('builds the filled vendor into a page, with an article that uses every MDX component', () => {
    const vendorPath = join(content, 'vendors', 'acme-crm.mdx');
    writeFileSync(vendorPath, fillVendor(readFileSync(vendorPath, 'utf8')));
    const articlePath = join(content, 'articles', 'acme-in-practice.mdx');
    const article = readFileSync(articlePath, 'utf8')
      .replace(/TODO: one or two sentences[^\n]*/, 'How Acme keeps customer data in Germany, in practice.')
      .replace('draft: true', 'draft: false')
      .replace('vendors: []', 'vendors: [acme-crm]');
    writeFileSync(
      articlePath,
      `${article}\n<Callout type="warning">Check the backups.</Callout>\n\n<VendorCard vendor="acme-crm" />\n\n<VendorChecklist vendor="acme-crm" />\n`,
    );
    const check = run('scripts/check-content.ts');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);

    const outDir = join(root, 'dist');
    const build = spawnSync('astro', ['build', '--outDir', outDir], { env, encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(build.stdout).toContain('1 vendor files = 1 listed + 0 awaiting evidence + 0 excluded');
    for (const page of ['crm/acme-crm/index.html', 'en/crm/acme-crm/index.html']) {
      expect(readFileSync(join(outDir, page), 'utf8')).toContain('<h1 class="text-3xl font-bold sm:text-4xl" data-pagefind-weight="10">Acme CRM</h1>');
    }
    const page = readFileSync(join(outDir, 'en', 'articles', 'acme-in-practice', 'index.html'), 'utf8');
    expect(page).toContain('data-callout="warning"');
    expect(page).toContain('data-mdx="vendor-card"');
    expect(page).toContain('data-vendor-checklist="acme-crm"');
  }, 120_000);
});
