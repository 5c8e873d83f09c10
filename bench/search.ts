/**
 * `npm run bench:search`: what search costs a visitor, measured in headless Chromium from the
 * network log. Prints the bytes of a page where search is never opened (the opener only), the
 * bytes the first query downloads (UI, Pagefind, index chunks, result fragments), and the size
 * of the index; first on the built site in dist/ (built if missing), then on a generated site
 * of about 2,000 indexed pages. Figures, not a test.
 *
 * Sizes are given as served by `astro preview` (no compression) and as "gz": what a host that
 * gzips text sends. Pagefind's index files and WebAssembly are gzipped by Pagefind itself and
 * count as they are.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'astro';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeSyntheticContent } from './synthetic.ts';

const SYNTHETIC_VENDORS = Number(process.env.BENCH_VENDORS ?? 1340);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

interface Download {
  path: string;
  served: number;
  gz: number;
}

/** What the browser would be sent by a gzipping host. */
function gzSize(body: Buffer, contentType: string): number {
  const gzipped = body[0] === 0x1f && body[1] === 0x8b;
  if (gzipped || !/text|javascript|json|css|svg|xml/.test(contentType)) return body.length;
  return gzipSync(body).length;
}

/** Records every response while `action` runs, with its body size. */
async function downloads(page: Page, action: () => Promise<void>): Promise<Download[]> {
  const pending: Promise<Download>[] = [];
  const listener = (response: import('playwright-core').Response) => {
    pending.push(
      response.body().then(
        (body) => ({ path: new URL(response.url()).pathname, served: body.length, gz: gzSize(body, response.headers()['content-type'] ?? '') }),
        () => ({ path: new URL(response.url()).pathname, served: 0, gz: 0 }),
      ),
    );
  };
  page.on('response', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  return Promise.all(pending);
}

const isSearchFile = (path: string) => /^\/pagefind\/|^\/_astro\/(dialog|results|search)\.|\/search\/strings\.json$/.test(path);
const sum = (list: Download[], key: 'served' | 'gz') => list.reduce((total, d) => total + d[key], 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(list: Download[]): string {
  return list.map((d) => `      ${d.path.padEnd(64)} ${kb(d.served).padStart(9)} ${kb(d.gz).padStart(9)} gz`).join('\n');
}

/** Opens the header search with `/`, types the query and waits for its results. */
async function firstQuery(browser: Browser, base: string, path: string, query: string) {
  const page = await browser.newPage();
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  const got = await downloads(page, async () => {
    await page.keyboard.press('/');
    await page.locator('dialog[open] input[type=search]').fill(query);
    await page.locator('dialog [role=status]', { hasText: query }).waitFor({ timeout: 60_000 });
  });
  const results = await page.locator('dialog .search-result').count();
  await page.close();
  return { got, results };
}

function indexSize(dir: string) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = relative(dir, join(e.parentPath, e.name));
      return { path, bytes: statSync(join(dir, path)).size };
    });
  const group = (test: (path: string) => boolean) => files.filter((f) => test(f.path)).reduce((total, f) => total + f.bytes, 0);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return {
    pages: Object.values(entry.languages).reduce((total, l) => total + l.page_count, 0),
    total: group(() => true),
    words: group((p) => p.startsWith('index/')),
    fragments: group((p) => p.startsWith('fragment/')),
    filters: group((p) => p.startsWith('filter/')),
    wasm: group((p) => p.startsWith('wasm.')),
    js: group((p) => p.endsWith('.js')),
    files: files.length,
  };
}

async function measureSite(outDir: string, label: string, queries: { path: string; query: string }[], idlePath: string) {
  const server = await preview({ root: process.cwd(), outDir, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  const base = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const size = indexSize(join(outDir, 'pagefind'));
    console.log(`\n${label}: ${size.pages} indexed pages`);
    console.log(
      `  index in dist/pagefind: ${kb(size.total)} in ${size.files} files (word index ${kb(size.words)}, fragments ${kb(size.fragments)}, filters ${kb(size.filters)}, WebAssembly ${kb(size.wasm)} for all languages, JS ${kb(size.js)})`,
    );

    const page = await browser.newPage();
    const idle = await downloads(page, async () => {
      await page.goto(base + idlePath);
    });
    const opener = await page.evaluate(() => document.querySelector('site-search')?.outerHTML ?? '');
    await page.close();
    const search = idle.filter((d) => isSearchFile(d.path));
    const openerScript = idle.filter((d) => d.path.includes('SiteSearch'));
    console.log(`  page read without opening search (${idlePath}): ${kb(sum(idle, 'served'))} (${kb(sum(idle, 'gz'))} gz), of which search files: ${sum(search, 'served')} bytes`);
    console.log(
      `    the opener: script ${kb(sum(openerScript, 'served'))} (${kb(sum(openerScript, 'gz'))} gz, cached across pages) + markup ${opener.length} bytes (${gzipSync(opener).length} gz)`,
    );

    for (const { path, query } of queries) {
      const { got, results } = await firstQuery(browser, base, path, query);
      console.log(`  first query "${query}" on ${path} (${results} results shown): ${kb(sum(got, 'served'))} served, ${kb(sum(got, 'gz'))} gz (aim: 150 KB)`);
      console.log(table(got));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

process.env.ASTRO_TELEMETRY_DISABLED = '1';

if (!existsSync(join('dist', 'pagefind', 'pagefind-entry.json'))) {
  console.log('dist/ has no search index yet: building the site first.');
  await build({ root: process.cwd(), logLevel: 'error' });
}
await measureSite('dist', 'Built site (dist/)', [
  { path: '/crm/odoo/', query: 'Teamleader' },
  { path: '/en/', query: 'consent log' },
], '/crm/odoo/');

process.env.CONTENT_DIR = writeSyntheticContent(SYNTHETIC_VENDORS, 0);
const outDir = join(mkdtempSync(join(tmpdir(), 'eu-crm-bench-search-')), 'dist');
await build({ root: process.cwd(), outDir, logLevel: 'error' });
await measureSite(outDir, `Generated site (${SYNTHETIC_VENDORS} generated vendor files)`, [
  { path: '/methodology/', query: 'Synthetic CRM 00420' },
  { path: '/en/', query: 'consent' },
], '/methodology/');
