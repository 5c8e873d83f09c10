/**
 * Build benchmarks: the whole site (search included) at N synthetic vendors, and the floor, a
 * bare Astro site with the same number of trivial pages built the same way. Both build in a
 * child process (bench/astro-build.ts) from a temporary copy of the project, so the measured
 * process tree is the build alone and the working tree (its .astro/, caches, dist/) is never
 * touched: a benchmark can run while tests build the real site.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ACTIVE_POLICY } from '../src/lib/policy.ts';
import { partition } from '../src/lib/eligibility.ts';
import { vendorSchema } from '../src/lib/schema/vendor.ts';
import { folderBytes, htmlPages, machineLoad, measureBuild, type BuildRun, type Load } from './measure.ts';
import { syntheticVendor, writeSyntheticContent } from './synthetic.ts';

const PROJECT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
/** Not part of a build's input: dependencies (linked instead), outputs, caches, history. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'bench/results']);

export interface ScaleResult {
  vendors: number;
  /** Vendors the eligibility rule lists (the rest are excluded and get no page). */
  listedVendors: number;
  articles: number;
  build: BuildRun;
  pagesBuilt: number;
  /** Of those, vendor pages (every language) and article pages. */
  vendorPages: number;
  articlePages: number;
  pagesPerSecond: number;
  siteBytes: number;
  /** Size of dist/pagefind; 0 when the site has no search index. */
  searchIndexBytes: number;
  /**
   * Content files the build compiled as modules of their own (.astro/content-modules.mjs): the
   * articles, whose body pages render. Vendor files load as data and add none.
   */
  contentModules: number;
  load: { before: Load; after: Load };
  /** Where the site was built; removed unless the caller keeps it. */
  outDir: string;
  /** Every HTML page built, relative to outDir. */
  pages: string[];
}

/** A bare Astro site's build: the framework's own cost for that many pages. */
export interface FloorResult {
  pages: number;
  build: BuildRun;
  pagesBuilt: number;
  pagesPerSecond: number;
  siteBytes: number;
  load: { before: Load; after: Load };
}

/** A throwaway copy of the project whose node_modules is a link to the real one. */
export function projectSnapshot(): string {
  const root = mkdtempSync(join(tmpdir(), 'eu-crm-bench-site-'));
  cpSync(PROJECT, root, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(relative(PROJECT, source)),
  });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** The vendor ids the eligibility rule lists among the first `count` synthetic vendors. */
export function listedSyntheticIds(count: number): string[] {
  const entries = Array.from({ length: count }, (_, i) => {
    const { id, data } = syntheticVendor(i);
    return { id, data: vendorSchema.parse(data) };
  });
  return partition(entries, ACTIVE_POLICY).listed.map((vendor) => vendor.id);
}

/**
 * Builds the site with `vendors` synthetic vendors and `articles` synthetic articles, or with
 * the real content when `vendors` is null. The site is left in `outDir` when `keep` is set.
 */
export async function benchSite(options: { vendors: number | null; articles: number; content?: string; nodeOptions?: string; keep?: boolean }): Promise<ScaleResult> {
  const { vendors, articles, nodeOptions, keep = false } = options;
  const root = projectSnapshot();
  // A content folder the caller wrote stays for the caller to remove.
  const owned = vendors !== null && !options.content;
  const content = vendors === null ? null : (options.content ?? writeSyntheticContent(vendors, articles));
  const outDir = join(root, 'dist');
  try {
    const before = machineLoad();
    const build = await measureBuild({
      root,
      outDir,
      cacheDir: join(root, '.bench-cache'),
      env: content ? { CONTENT_DIR: content } : {},
      nodeOptions,
      logFile: join(root, 'build.log'),
    });
    const after = machineLoad();
    const pages = htmlPages(outDir);
    return {
      vendors: vendors ?? 0,
      listedVendors: vendors === null ? 0 : listedSyntheticIds(vendors).length,
      articles,
      build,
      pagesBuilt: pages.length,
      vendorPages: pages.filter((page) => /^([a-z]{2}\/)?crm\/[^/]+\/index\.html$/.test(page)).length,
      articlePages: pages.filter((page) => /^([a-z]{2}\/)?articles\/(?!tags\/)[^/]+\/index\.html$/.test(page)).length,
      pagesPerSecond: pages.length / (build.wallMs / 1000),
      siteBytes: folderBytes(outDir),
      searchIndexBytes: folderBytes(join(outDir, 'pagefind')),
      contentModules: countContentModules(root),
      load: { before, after },
      outDir,
      pages,
    };
  } finally {
    if (owned && content) rmSync(content, { recursive: true, force: true });
    if (!keep) removeSite(outDir);
  }
}

function countContentModules(root: string): number {
  const file = join(root, '.astro', 'content-modules.mjs');
  return existsSync(file) ? (readFileSync(file, 'utf8').match(/\bimport\(/g) ?? []).length : 0;
}

/** Removes a site built by benchSite (its whole temporary project copy). */
export function removeSite(outDir: string): void {
  rmSync(join(outDir, '..'), { recursive: true, force: true });
}

/**
 * The framework's floor: a bare Astro project (no layout, no integration, no search) with `pages`
 * trivial pages, built the same way as the site. With `content` it also reads that content
 * folder through content collections the framework's default way (glob() loaders, MDX), so the
 * floor includes what loading the same content costs Astro itself.
 */
export async function benchFloor(pages: number, options: { nodeOptions?: string; content?: string } = {}): Promise<FloorResult> {
  const { nodeOptions, content } = options;
  const root = mkdtempSync(join(tmpdir(), 'eu-crm-bench-floor-'));
  try {
    symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
    writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'floor', private: true, type: 'module' })}\n`);
    mkdirSync(join(root, 'src', 'pages', 'crm'), { recursive: true });
    const page = (frontmatter: string, heading: string) => `---\n${frontmatter}\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{Astro.params.id}</title></head><body><h1>${heading}</h1></body></html>\n`;
    if (content) {
      writeFileSync(join(root, 'astro.config.mjs'), `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n`);
      writeFileSync(
        join(root, 'src', 'content.config.ts'),
        `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  vendors: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(join(content, 'vendors'))} }) }),
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(join(content, 'articles'))} }) }),
};
`,
      );
      writeFileSync(
        join(root, 'src', 'pages', 'crm', '[id].astro'),
        page(
          `import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  const vendors = await getCollection('vendors');
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`page-\${i}\` }, props: { name: vendors[i % vendors.length]?.id ?? '' } }));
}`,
          '{Astro.props.name}',
        ),
      );
    } else {
      writeFileSync(
        join(root, 'src', 'pages', 'crm', '[id].astro'),
        page(
          `export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`vendor-\${i}\` } }));
}`,
          '{Astro.params.id}',
        ),
      );
    }
    const outDir = join(root, 'dist');
    const before = machineLoad();
    const build = await measureBuild({ root, outDir, cacheDir: join(root, '.bench-cache'), nodeOptions, logFile: join(root, 'build.log') });
    const after = machineLoad();
    const built = htmlPages(outDir).length;
    return { pages, build, pagesBuilt: built, pagesPerSecond: built / (build.wallMs / 1000), siteBytes: folderBytes(outDir), load: { before, after } };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
