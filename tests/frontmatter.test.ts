import mdx from '@astrojs/mdx';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../src/lib/content-files.ts';
import { expandedSize, MAX_VALUES, readFrontmatter } from '../src/lib/frontmatter.ts';

type GetEntryInfo = (input: { fileUrl: URL; contents: string }) => Promise<{ data: Record<string, unknown>; body: string }>;

/** The function Astro's glob loader calls for every .mdx entry, taken from the MDX integration itself. */
async function astroEntryInfo(): Promise<GetEntryInfo> {
  let getEntryInfo: GetEntryInfo | undefined;
  const setup = mdx().hooks['astro:config:setup'] as (params: Record<string, unknown>) => Promise<void>;
  await setup({
    config: {},
    updateConfig: () => {},
    addRenderer: () => {},
    addPageExtension: () => {},
    addContentEntryType: (type: { getEntryInfo: GetEntryInfo }) => (getEntryInfo = type.getEntryInfo),
  });
  return getEntryInfo!;
}

const real = [...readContentFiles('src/content/vendors'), ...readContentFiles('src/content/articles')];
const fixture = (name: string) => readContentFiles('tests/fixtures/check-classes/vendors').find((f) => f.path.endsWith(`/${name}`))!;

describe('the frontmatter is read as the build reads it', () => {
  let entryInfo: GetEntryInfo;
  beforeAll(async () => {
    entryInfo = await astroEntryInfo();
  });
  const astro = (file: { path: string; text: string }) => entryInfo({ fileUrl: pathToFileURL(resolve(file.path)), contents: file.text });

  it('gives the same data as Astro for every real content file', async () => {
    expect(real.length).toBeGreaterThan(50);
    for (const file of real) expect(readFrontmatter(file.text).data, file.path).toEqual((await astro(file)).data);
  });

  it('imports the frontmatter parser and the MDX compiler that Astro itself resolves', () => {
    const fromProject = createRequire(join(process.cwd(), 'package.json'));
    const fromMdx = createRequire(fromProject.resolve('@astrojs/mdx'));
    const fromSatteri = createRequire(fromMdx.resolve('@astrojs/markdown-satteri'));
    expect(fromProject.resolve('@astrojs/internal-helpers/frontmatter')).toBe(fromMdx.resolve('@astrojs/internal-helpers/frontmatter'));
    expect(fromProject.resolve('satteri')).toBe(fromSatteri.resolve('satteri'));
  });

  it('refuses a YAML tag and a duplicate key, which Astro refuses too', async () => {
    for (const [name, message] of [
      ['yaml-tag.mdx', /is a YAML tag/],
      ['yaml-duplicate-key.mdx', /`twoFactor` is written twice/],
    ] as const) {
      const file = fixture(name);
      await expect(astro(file)).rejects.toThrow();
      const { data, problems } = readFrontmatter(file.text);
      expect(data).toBeUndefined();
      expect(problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(message) })]);
    }
    expect(readFrontmatter('---\nvalue: !foo BE\n---\n').problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('`!foo` is a YAML tag') });
  });

  it('reads 2026-02-30 as Astro does (2 March) and says so', async () => {
    const file = fixture('impossible-date.mdx');
    const astroDate = (await astro(file)).data.lastVerified as Date;
    expect(astroDate.toISOString().slice(0, 10)).toBe('2026-03-02');
    const { data, problems } = readFrontmatter(file.text);
    expect(data!.lastVerified).toEqual(astroDate);
    expect(problems).toEqual([
      { line: 63, at: ['lastVerified'], severity: 'error', message: 'Expected a real calendar date written as YYYY-MM-DD, got 2026-02-30 (YAML reads it as 2026-03-02).' },
    ]);
    // A date inside a text or in quotes is not a YAML date.
    expect(readFrontmatter('---\nnote: page dated 2026-02-30\nquoted: "2026-02-30"\n---\n').problems).toEqual([]);
  });
});

describe('readFrontmatter', () => {
  it('finds the line of a field, of a list item, and of the parent of a missing field', () => {
    const fm = readFrontmatter('---\nname: A\nconsent:\n  lawfulBasis: { status: unknown }\nsources:\n  - id: s\n    url: https://a.example\n---\nBody\n');
    expect(fm.lineOf(['name'])).toBe(2);
    expect(fm.lineOf(['consent', 'lawfulBasis', 'status'])).toBe(4);
    expect(fm.lineOf(['sources', 0, 'url'])).toBe(7);
    expect(fm.parentLineOf(['consent', 'consentLog'])).toBe(3);
    expect(fm.parentLineOf(['website'])).toBe(1);
    expect(fm.bodyLine).toBe(9);
    expect(fm.body.split('\n')).toHaveLength(10);
    expect(fm.body.split('\n')[8]).toBe('Body');
  });

  it('counts lines from the opening --- when blank lines come first, as Astro allows', () => {
    const fm = readFrontmatter('\n\n---\nname: "unclosed\n---\n');
    expect(fm.problems).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('not valid YAML') })]);
  });

  it('gives a byte-order mark, an empty block, a missing block and an unclosed block their own messages', () => {
    const bom = readFrontmatter('\uFEFF---\nname: A\n---\n');
    expect(bom.data).toEqual({ name: 'A' });
    expect(bom.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('byte-order mark (BOM)') })]);
    expect(readFrontmatter('---\n---\n').problems[0]!.message).toMatch(/^The frontmatter block is empty/);
    expect(readFrontmatter('---\n# only a comment\n---\n').problems[0]!.message).toMatch(/^The frontmatter block is empty/);
    expect(readFrontmatter('Just text.\n').problems[0]!.message).toBe('Expected the file to start with a frontmatter block between two `---` lines.');
    expect(readFrontmatter('---\nname: A\n').problems[0]!.message).toMatch(/no closing `---` line/);
    expect(readFrontmatter('---\njust a sentence\n---\n').problems[0]!.message).toMatch(/`name: value` lines/);
    expect(readFrontmatter('+++\nname = "A"\n+++\n').problems[0]!.message).toMatch(/in YAML/);
  });

  it('names a duplicated key and where it first appears', () => {
    expect(readFrontmatter('---\nname: A\nwebsite: https://a.example\nname: B\n---\n').problems).toEqual([
      { line: 4, at: ['name'], severity: 'error', message: 'The field `name` is written twice in the same place (first at line 2): keep one.' },
    ]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const { data, problems } = readFrontmatter(fixture('yaml-alias-bomb.mdx').text);
    expect(data).toBeUndefined();
    expect(problems[0]!.message).toContain(`more than ${MAX_VALUES.toLocaleString('en')} values`);
  });
});

describe('expandedSize', () => {
  it('counts shared values as often as they are used, cycles once, and stops at the limit', () => {
    const leaf = ['x', 'y'];
    expect(expandedSize({ a: leaf, b: leaf })).toBe(7);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(expandedSize(cycle)).toBe(2);
    let node: unknown = ['x'];
    for (let i = 0; i < 40; i++) node = [node, node];
    expect(expandedSize(node, 1000)).toBeGreaterThan(1000);
    expect(expandedSize(node, 1000)).toBeLessThan(3000);
  });
});
