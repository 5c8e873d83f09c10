import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseArgs, runBench } from '../bench/run.ts';
import { CHROMIUM } from '../bench/reader.ts';
import { listedSyntheticIds } from '../bench/scale.ts';
import { LOCALES } from '../src/lib/locales.ts';

// A tiny run of `npm run bench` (20 vendors, 5 articles, floor at the same page count, no
// Lighthouse), so the benchmark cannot rot. It checks that the figures make sense, never how
// fast anything was: timings are for `npm run bench` to print.
const browser = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!browser) console.warn(`\n!! bench smoke: no Chromium at ${CHROMIUM}, so the table and reader steps are SKIPPED (CI fails instead).\n`);
const searchExpected = readFileSync('astro.config.mjs', 'utf8').includes('pagefind');

it('runs the benchmark at 20 vendors and reports sane figures', { timeout: 180_000 }, async () => {
  const options = parseArgs(['--smoke', ...(browser ? [] : ['--only=scale,history'])], {});
  options.say = () => {};
  const results = await runBench(options);

  expect(results.scale).toHaveLength(1);
  const [site] = results.scale;
  const listed = listedSyntheticIds(20);
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.length).toBeLessThan(20);
  expect(site!.listedVendors).toBe(listed.length);
  expect(site!.vendorPages).toBe(listed.length * LOCALES.length);
  expect(site!.articlePages).toBe(5);
  expect(site!.pagesBuilt).toBeGreaterThan(site!.vendorPages + site!.articlePages);
  // Only the articles are compiled as modules; vendors load as data.
  expect(site!.contentModules).toBe(5);
  expect(site!.siteBytes).toBeGreaterThan(0);
  if (searchExpected) expect(site!.searchIndexBytes).toBeGreaterThan(0);
  expect(results.search).toBe(site!.searchIndexBytes > 0);
  for (const run of [site!.build, site!.floor.build, site!.floorWithContent.build]) {
    expect(run.wallMs).toBeGreaterThan(0);
    expect(run.cpuMs).toBeGreaterThan(0);
    expect(run.peakRssBytes).toBeGreaterThan(50 * 1024 * 1024);
    expect(run.peakRssBytes).toBeGreaterThanOrEqual(run.peakLargestProcessBytes);
  }
  expect(Object.keys(site!.build.phases)).toEqual(expect.arrayContaining(['configDone', 'buildStart', 'pagesWritten', 'done']));
  expect(site!.floor.pages).toBe(site!.pagesBuilt);
  expect(site!.floor.pagesBuilt).toBe(site!.pagesBuilt);
  expect(site!.floorWithContent.pagesBuilt).toBe(site!.pagesBuilt);
  expect(site!.ratio.time).toBeGreaterThan(0);
  expect(site!.ratioWithContent.time).toBeGreaterThan(0);

  // The history step: the build with git read every committed version, the one without did not.
  const history = results.history!;
  expect(history.vendors).toBe(20);
  expect(history.versions).toBe(20 * 3);
  expect(history.withHistory).toHaveLength(1);
  expect(history.withoutHistory).toHaveLength(1);
  expect(history.stepMs).toHaveLength(1);
  expect(history.inProcessMs).toBeGreaterThan(0);

  if (!browser) return;
  expect(results.table!.rowsInTable).toBeGreaterThan(0);
  expect(results.table!.jsGzipBytes).toBeGreaterThan(0);
  expect(results.table!.filter.median).toBeGreaterThan(0);
  const pages = results.reader!.pages;
  expect(pages.map((p) => p.kind)).toEqual(['home', 'vendor', 'compare', 'article']);
  for (const page of pages) {
    expect(page.bytes.html, page.path).toBeGreaterThan(0);
    expect(page.bytes.css, page.path).toBeGreaterThan(0);
    expect(page.bytes.total, page.path).toBeGreaterThanOrEqual(page.bytes.html + page.bytes.css + page.bytes.js + page.bytes.font);
    expect(page.lighthouse).toBeUndefined();
  }
  expect(pages.find((p) => p.kind === 'compare')!.bytes.jsSite).toBeGreaterThan(0);
  // Every target of the issue was checked, none of them with a timing.
  expect(results.targets.map((t) => t.target).join('\n')).toContain('home page: ≤ 60 KB total transfer');
});
