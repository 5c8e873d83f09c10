/**
 * `npm run bench:table`: the comparison table at 1,000 generated vendors, in headless Chromium.
 * Prints the time of one filter change and one sort (the event handler plus the style and
 * layout it causes), and the gzipped size of the page's own JavaScript. Figures, not a test.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'astro';
import { chromium } from 'playwright-core';
import { writeSyntheticContent } from './synthetic.ts';

const VENDORS = Number(process.env.BENCH_VENDORS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

export async function benchTable(vendors = VENDORS, rounds = ROUNDS) {
  process.env.CONTENT_DIR = writeSyntheticContent(vendors, 0);
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const outDir = join(mkdtempSync(join(tmpdir(), 'eu-crm-bench-dist-')), 'dist');
  await build({ root: process.cwd(), outDir, logLevel: 'error' });
  const server = await preview({ root: process.cwd(), outDir, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${server.port}/en/compare/`);
    await page.locator('crm-compare[data-ready]').waitFor({ timeout: 60_000 });
    const rows = await page.locator('tbody tr[data-id]').count();

    // One filter change or sort: the click's handler runs synchronously, then reading a layout
    // property forces the style recalculation and layout the change caused.
    const measure = (selector: string) =>
      page.evaluate(
        ({ selector, rounds }) => {
          const samples: number[] = [];
          const target = document.querySelector<HTMLElement>(selector)!;
          const table = document.querySelector<HTMLElement>('[data-compare-table]')!;
          for (let i = 0; i < rounds; i++) {
            const start = performance.now();
            target.click();
            void table.getBoundingClientRect().height;
            samples.push(performance.now() - start);
          }
          return samples;
        },
        { selector, rounds },
      );
    const filter = stats(await measure('input[name="need"][value="consentLog"]'));
    const sort = stats(await measure('button[data-sort="price"]'));

    const scripts = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => new URL(s.src).pathname));
    const jsBytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(outDir, path))).length, 0);
    const htmlBytes = gzipSync(readFileSync(join(outDir, 'en', 'compare', 'index.html'))).length;
    return { vendors, rowsInTable: rows, filter, sort, jsGzipBytes: jsBytes, htmlGzipBytes: htmlBytes, scripts };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchTable();
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`\nComparison table, ${result.vendors} generated vendors (${result.rowsInTable} rows in the listed table), ${ROUNDS} rounds each:`);
  console.log(`  filter change   median ${ms(result.filter.median)}   p95 ${ms(result.filter.p95)}   max ${ms(result.filter.max)}   (budget 16 ms)`);
  console.log(`  sort by price   median ${ms(result.sort.median)}   p95 ${ms(result.sort.p95)}   max ${ms(result.sort.max)}   (budget 16 ms)`);
  console.log(`  page JavaScript ${(result.jsGzipBytes / 1024).toFixed(1)} KB gzipped (${result.scripts.join(', ')}; budget 10 KB)`);
  console.log(`  page HTML       ${(result.htmlGzipBytes / 1024).toFixed(1)} KB gzipped (every row, for readers without JavaScript)`);
}
