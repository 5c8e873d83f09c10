import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectSnapshot } from '../bench/scale.ts';

// `npm run build` (scripts/build.ts) on small fixture content, each build publishing into a
// scratch folder with --outDir instead of dist/. The builds run in a copy of the project because
// a build also writes .astro/ in its root and caches content in node_modules/.astro, which a
// build of the real site (or another test's) may be using meanwhile.

/** A copy of the project whose node_modules links every package but Astro's and Vite's caches. */
function isolatedProject(): string {
  const root = projectSnapshot();
  const modules = join(root, 'node_modules');
  rmSync(modules);
  mkdirSync(modules);
  for (const name of readdirSync('node_modules')) {
    if (!CACHES.has(name)) symlinkSync(resolve('node_modules', name), join(modules, name));
  }
  return root;
}
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/** Every file under `dir` with a hash of its bytes, or null when there is no `dir`. */
function listing(dir: string): string[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => `${relative(dir, path)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`)
    .sort();
}

/** What an earlier, complete build left: a few files, nested like the real site. */
function publishedSite(dir: string): void {
  mkdirSync(join(dir, 'pagefind'), { recursive: true });
  mkdirSync(join(dir, 'en'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>The last good build</title>');
  writeFileSync(join(dir, 'en', 'index.html'), '<!doctype html><title>The last good build (en)</title>');
  writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), '{"version":"earlier"}');
}

/** Stack-trace lines of Node (`    at fn (file:…)`) or Astro's "Stack trace:" heading. */
const STACK = /^\s+at \S|Stack trace:/m;

const goodVendor = readFileSync('tests/fixtures/bad-content/vendors/good-crm.mdx', 'utf8');

describe('npm run build publishes a complete build or nothing', () => {
  let root: string;
  let scratch: string;

  beforeAll(() => {
    root = isolatedProject();
    scratch = mkdtempSync(join(tmpdir(), 'build-test-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Content folder with the one valid vendor and the given articles. */
  function content(name: string, articles: Record<string, string> = {}): string {
    const dir = join(scratch, name);
    mkdirSync(join(dir, 'vendors'), { recursive: true });
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(join(dir, 'vendors', 'good-crm.mdx'), goodVendor);
    for (const [file, text] of Object.entries(articles)) writeFileSync(join(dir, 'articles', file), text);
    return dir;
  }

  function build(contentDir: string, outDir: string, env: Record<string, string> = {}) {
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}`, stderr: run.stderr };
  }

  /** Anything a build left beside its output: staging folders, the site it replaced. */
  const leftovers = (outDir: string) => readdirSync(join(outDir, '..')).filter((name) => name !== 'site');

  /** An article that is valid up to its body's second paragraph, `line`. */
  function articleEndingWith(title: string, description: string, line: string): string {
    return ['---', `title: ${title}`, `description: ${description}`, 'lang: en', 'publishDate: 2026-11-29', '---', '', 'A first paragraph.', '', line, ''].join('\n');
  }

  /** What every failed build leaves: exit 1, no stack trace, the published site as it was and nothing beside it. */
  function expectPublishedSiteKept(run: ReturnType<typeof build>, outDir: string, before: ReturnType<typeof listing>) {
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('site/ is unchanged, still the last complete build.');
    expect(run.output).not.toMatch(STACK);
    expect(listing(outDir)).toEqual(before);
    expect(leftovers(outDir)).toEqual([]);
  }

  function site(name: string, published = true): string {
    const dir = join(scratch, name, 'site');
    mkdirSync(join(dir, '..'), { recursive: true });
    if (published) publishedSite(dir);
    return dir;
  }

  it('a content error: the editor’s list, exit 1, no stack trace, the published site untouched', () => {
    const outDir = site('content-error');
    const before = listing(outDir);
    const run = build(join(process.cwd(), 'tests/fixtures/bad-content'), outDir);
    expectPublishedSiteKept(run, outDir, before);
    expect(run.stderr).toContain('Content check failed');
    expect(run.stderr).toMatch(/✖ \S*tests\/fixtures\/bad-content\/vendors\/bad-values\.mdx\n\s+line 3, website: /);
    expect(run.stderr).toContain('vendors[1]: No vendor with id "no-such-crm"');
    expect(run.output).not.toContain('An unhandled error occurred');
  }, 120_000);

  it('a content error with nothing published yet: still nothing', () => {
    const outDir = site('content-error-first', false);
    const run = build(join(process.cwd(), 'tests/fixtures/bad-content'), outDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nothing was written to');
    expect(existsSync(outDir)).toBe(false);
    expect(leftovers(outDir)).toEqual([]);
  }, 120_000);

  it('an MDX error in an article: its file and line, exit 1, no stack trace, the published site untouched', () => {
    const outDir = site('mdx-error');
    const before = listing(outDir);
    const article = articleEndingWith('An article that does not compile', 'Its body opens a tag it never closes.', '<div>an unclosed tag');
    const run = build(content('mdx', { 'unclosed-tag.mdx': article }), outDir);
    expectPublishedSiteKept(run, outDir, before);
    expect(run.stderr).toMatch(/✖ \S*unclosed-tag\.mdx\n\s+line 10, .*closing tag for `<div>`/);
  }, 120_000);

  it('an MDX error found only when the page renders: its page, exit 1, no stack trace, the published site untouched', () => {
    const outDir = site('mdx-render-error');
    const before = listing(outDir);
    const article = articleEndingWith('An article whose expression fails', 'Its body compiles but uses a name that does not exist.', '{undefinedName.property}');
    const run = build(content('mdx-render', { 'undefined-name.mdx': article }), outDir);
    expectPublishedSiteKept(run, outDir, before);
    // Astro finds it while rendering the page (after it has emptied its output folder); a content
    // check that compiles the body may find it first and name the file instead.
    expect(run.output).toMatch(/\/en\/articles\/undefined-name\/|undefined-name\.mdx/);
    expect(run.output).toContain('undefinedName is not defined');
  }, 120_000);

  it('Pagefind dying while it writes the index: exit 1, its own message, the published site untouched', () => {
    const outDir = site('pagefind-failure');
    const before = listing(outDir);
    // Test-only: PAGEFIND_EXTENDED_BINARY_PATH is Pagefind's own override of its binary. This one
    // runs the real binary with a file size limit of 0 bytes, so the first byte of the index it
    // writes kills it (SIGXFSZ), as a full disk or an exhausted quota would. Until the build
    // guarded against it, `astro build` then exited 0 with a half-written index.
    const realBinary = createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);
    const wrapper = join(scratch, 'pagefind-no-disk');
    writeFileSync(wrapper, `#!/bin/sh\nulimit -f 0\nexec "${realBinary}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    const run = build(content('pagefind'), outDir, { PAGEFIND_EXTENDED_BINARY_PATH: wrapper });
    expectPublishedSiteKept(run, outDir, before);
    expect(run.stderr).toContain('Pagefind stopped before the search index was complete');
  }, 120_000);

  it('a build that succeeds replaces the published site whole, search index and data files included', () => {
    const outDir = site('success');
    const run = build(content('valid'), outDir);
    expect(run.status, run.output).toBe(0);
    const files = listing(outDir)!.map((line) => line.split(' ')[0]);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'en/index.html', '_headers', 'sitemap.xml', 'data/verdicts.json', 'pagefind/pagefind-entry.json']));
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain('The last good build');
    expect(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')).not.toContain('earlier');
    expect(leftovers(outDir)).toEqual([]);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, 120_000);
});
