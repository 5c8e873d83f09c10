/**
 * Reader-side benchmarks on a built site served locally (bench/serve.ts, gzip as in
 * production): what each page kind downloads before any interaction, from Chromium's network
 * log, and its Lighthouse scores with the `lighthouse` package driving the system Chromium.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * JavaScript that belongs to search rather than to the page: Pagefind's own files, and the
 * header's search opener (the script of src/components/SiteSearch.astro, which Astro names after
 * the component). The targets allow vendor and article pages this and nothing else.
 */
export const SEARCH_JS = [/^\/pagefind\//, /^\/_astro\/SiteSearch\.astro_/];

export interface PageBytes {
  /** Gzipped response bodies by kind, in bytes. */
  html: number;
  css: number;
  /** All JavaScript: the site's own plus the search's. */
  js: number;
  /** JavaScript of the page itself: everything but search's (SEARCH_JS). */
  jsSite: number;
  /** JavaScript of search: the opener and Pagefind's files (SEARCH_JS). */
  jsSearch: number;
  font: number;
  other: number;
  total: number;
  requests: { url: string; type: string; bytes: number }[];
}

export interface LighthouseScores {
  scores: Record<Category, number>;
  /** Performance scores of every run; `scores.performance` is their median. */
  performanceRuns: number[];
  /** Audits that cost points: id, score and the value shown. */
  lost: { category: Category; id: string; score: number; displayValue?: string }[];
}

export interface ReaderPage {
  kind: 'home' | 'vendor' | 'compare' | 'article';
  path: string;
  bytes: PageBytes;
  lighthouse?: LighthouseScores;
}

/** The largest index.html under a folder of the built site: the heaviest page of that kind. */
function heaviest(outDir: string, folder: string): string {
  // Pages of that kind are folders with an index.html (articles/tags/ holds more folders).
  const sized = readdirSync(join(outDir, folder), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(outDir, folder, d.name, 'index.html')))
    .map((d) => ({ name: d.name, size: statSync(join(outDir, folder, d.name, 'index.html')).size }));
  if (sized.length === 0) throw new Error(`No pages under ${folder}/ in ${outDir}`);
  sized.sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  return `/${folder}/${sized[0]!.name}/`;
}

/** The four page kinds, in the default language: the heaviest vendor page and article. */
export function readerPages(outDir: string): { kind: ReaderPage['kind']; path: string }[] {
  return [
    { kind: 'home', path: '/' },
    { kind: 'vendor', path: heaviest(outDir, 'crm') },
    { kind: 'compare', path: '/compare/' },
    { kind: 'article', path: heaviest(outDir, 'articles') },
  ];
}

/** Loads a page in a fresh browser context (cold cache) and adds up what it downloads until the network is idle. */
async function pageBytes(browser: import('playwright-core').Browser, url: string): Promise<PageBytes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pending: Promise<PageBytes['requests'][number]>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(request.sizes().then((sizes) => ({ url: new URL(request.url()).pathname, type: request.resourceType(), bytes: sizes.responseBodySize })));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const requests = await Promise.all(pending);
  await context.close();
  const sum = (filter: (r: PageBytes['requests'][number]) => boolean) => requests.filter(filter).reduce((total, r) => total + r.bytes, 0);
  const isJs = (r: PageBytes['requests'][number]) => r.type === 'script' || /\.m?js$/.test(r.url);
  const isSearch = (r: PageBytes['requests'][number]) => SEARCH_JS.some((pattern) => pattern.test(r.url));
  const known = (r: PageBytes['requests'][number]) => r.type === 'document' || r.type === 'stylesheet' || r.type === 'font' || isJs(r);
  return {
    html: sum((r) => r.type === 'document'),
    css: sum((r) => r.type === 'stylesheet'),
    js: sum(isJs),
    jsSite: sum((r) => isJs(r) && !isSearch(r)),
    jsSearch: sum((r) => isJs(r) && isSearch(r)),
    font: sum((r) => r.type === 'font'),
    other: sum((r) => !known(r)),
    total: sum(() => true),
    requests,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function lighthouseScores(port: number, url: string, runs: number): Promise<LighthouseScores> {
  // Loaded only when asked for: the smoke run in `npm test` does not need it.
  const { default: lighthouse } = await import('lighthouse');
  const results = [];
  let failures = 0;
  while (results.length < runs) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const error = result ? result.lhr.runtimeError : { code: 'NO_RESULT', message: 'Lighthouse returned nothing' };
    if (!error) {
      results.push(result!.lhr);
      continue;
    }
    // A lost trace (NO_NAVSTART and the like) happens now and then on a busy machine: run again.
    if (++failures >= 3) throw new Error(`Lighthouse on ${url} failed ${failures} times; last: ${error.message} (${error.code})`);
  }
  const performanceRuns = results.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100));
  // The run whose performance is the median speaks for the page; the other categories do not vary.
  const lhr = results[performanceRuns.indexOf(median(performanceRuns))]!;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  scores.performance = median(performanceRuns);
  const lost: LighthouseScores['lost'] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) lost.push({ category, id: ref.id, score: audit.score, displayValue: audit.displayValue });
    }
  }
  return { scores, performanceRuns, lost };
}

/**
 * Serves `outDir` and measures the four page kinds. `lighthouseRuns` 0 skips Lighthouse
 * (the smoke run); otherwise each page's performance score is the median of that many runs.
 */
export async function benchReader(outDir: string, options: { lighthouseRuns: number; say?: (line: string) => void }): Promise<ReaderPage[]> {
  const { lighthouseRuns, say = () => {} } = options;
  const server = await serveStatic(outDir);
  const pages: ReaderPage[] = readerPages(outDir).map((p) => ({ ...p, bytes: undefined as unknown as PageBytes }));
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.filter((f) => f !== '--headless=new') });
    try {
      for (const page of pages) page.bytes = await pageBytes(browser, server.url + page.path);
    } finally {
      await browser.close();
    }
    if (lighthouseRuns > 0) {
      const chromeLauncher = await import('chrome-launcher');
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
      try {
        for (const page of pages) {
          say(`  Lighthouse ${page.kind} ${page.path} (${lighthouseRuns} run${lighthouseRuns > 1 ? 's' : ''})`);
          page.lighthouse = await lighthouseScores(chrome.port, server.url + page.path, lighthouseRuns);
        }
      } finally {
        chrome.kill();
      }
    }
  } finally {
    await server.close();
  }
  return pages;
}
