/**
 * `npm run bench`: how the site does at scale and for the reader, against the targets of issue 7.
 *
 *   1. Scale: the whole site (search included) at 1,000 and 5,000 synthetic vendors and 200
 *      articles, each built cold in a child process: wall time, peak memory of the build's
 *      process tree, pages, pages per second, site size, search index size.
 *   2. Floor: a bare Astro site with the same number of trivial pages, built the same way; our
 *      time and memory as ratios to it.
 *   3. Table: the comparison table's filter and sort at 1,000 vendors (bench/table.ts).
 *   4. Reader: the real site, built and served with gzip: bytes per page kind before any
 *      interaction and Lighthouse scores.
 *   5. History: what the vendors' git histories add to the build at 1,000 vendors committed in
 *      three versions each, against the same files without git (bench/history.ts).
 *
 * Prints a table and writes bench/results/latest.json. Options (after `--`):
 *   --smoke              20 vendors, 5 articles, no Lighthouse, no waiting (what `npm test` runs)
 *   --only=a,b           any of scale, table, reader, history
 *   --history-vendors=1000
 *   --vendors=1000,5000  the scale points
 *   --articles=200
 * Environment: BENCH_QUIET_LOAD (1-minute load average to wait for before each timed step,
 * default 1.5; 0 = do not wait), BENCH_QUIET_WAIT (seconds to wait at most, default 900),
 * BENCH_LIGHTHOUSE_RUNS (runs per page, median performance; default 3),
 * BENCH_NODE_OPTIONS (Node options for the builds, e.g. --max-old-space-size=6144; default none),
 * BENCH_HISTORY_RUNS (builds of each kind for the history step, fastest counts; default 2).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine, machineLoad, round, waitForQuiet, type BuildRun, type Load } from './measure.ts';
import { benchReader, CHROMIUM, type ReaderPage } from './reader.ts';
import { benchHistory, type HistoryBench } from './history.ts';
import { benchFloor, benchSite, removeSite, type FloorResult, type ScaleResult } from './scale.ts';
import { writeSyntheticContent } from './synthetic.ts';
import { benchTable } from './table.ts';

const PROJECT = new URL('..', import.meta.url).pathname;
const MB = 1024 * 1024;

type Step = 'scale' | 'table' | 'reader' | 'history';

export interface BenchOptions {
  vendors: number[];
  articles: number;
  only: Set<Step>;
  historyVendors: number;
  historyRuns: number;
  lighthouseRuns: number;
  /** Load average to wait for before each timed step; 0 = never wait. */
  quietLoad: number;
  quietWaitMs: number;
  nodeOptions: string;
  tableRounds: number;
  say: (line: string) => void;
}

export interface Ratio {
  time: number;
  cpu: number;
  memory: number;
}

const ratioOf = (ours: ScaleResult['build'], floor: FloorResult['build']): Ratio => ({
  time: ours.wallMs / floor.wallMs,
  cpu: ours.cpuMs / floor.cpuMs,
  memory: ours.peakRssBytes / floor.peakRssBytes,
});

export interface TargetCheck {
  target: string;
  value: string;
  ok: boolean;
}

export interface BenchResults {
  takenAt: string;
  smoke: boolean;
  machine: ReturnType<typeof machine> & { chromium: string; astro: string; lighthouse: string };
  commit: string;
  /** Whether the site under test builds a search index (dist/pagefind). */
  search: boolean;
  scale: (Omit<ScaleResult, 'pages' | 'outDir'> & {
    /** The bare site with the same page count, and the same reading the same content too. */
    floor: FloorResult;
    floorWithContent: FloorResult;
    /** Our build as a multiple of each floor: wall time, CPU time, peak memory. */
    ratio: Ratio;
    ratioWithContent: Ratio;
  })[];
  table?: Awaited<ReturnType<typeof benchTable>>;
  reader?: { load: Load; pages: ReaderPage[] };
  history?: HistoryBench;
  targets: TargetCheck[];
}

export function parseArgs(argv: string[], env: Record<string, string | undefined>): BenchOptions {
  const arg = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const smoke = argv.includes('--smoke');
  const only = (arg('only')?.split(',') ?? ['scale', 'table', 'reader', 'history']) as Step[];
  return {
    vendors: (arg('vendors') ?? (smoke ? '20' : '1000,5000')).split(',').map(Number),
    articles: Number(arg('articles') ?? (smoke ? 5 : 200)),
    only: new Set(only),
    historyVendors: Number(arg('history-vendors') ?? (smoke ? 20 : 1000)),
    historyRuns: smoke ? 1 : Number(env.BENCH_HISTORY_RUNS ?? 2),
    lighthouseRuns: smoke ? 0 : Number(env.BENCH_LIGHTHOUSE_RUNS ?? 3),
    quietLoad: smoke ? 0 : Number(env.BENCH_QUIET_LOAD ?? 1.5),
    quietWaitMs: Number(env.BENCH_QUIET_WAIT ?? 900) * 1000,
    // Builds run as `npm run build` does, with Node's default heap, unless told otherwise.
    nodeOptions: env.BENCH_NODE_OPTIONS ?? '',
    tableRounds: smoke ? 3 : 30,
    say: (line) => console.log(line),
  };
}

function versions() {
  const pkg = (name: string) => JSON.parse(readFileSync(join(PROJECT, 'node_modules', name, 'package.json'), 'utf8')).version as string;
  let chromium = 'not found';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // No Chromium: the table and reader steps will say so.
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT, encoding: 'utf8' }).trim();
    if (execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'public'], { cwd: PROJECT, encoding: 'utf8' }).trim()) commit += '+changes';
  } catch {
    // Not a git checkout.
  }
  return { chromium, astro: pkg('astro'), lighthouse: pkg('lighthouse'), commit };
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const { say } = options;
  const quiet = async () => {
    if (options.quietLoad > 0) await waitForQuiet(options.quietLoad, options.quietWaitMs, say);
  };
  const { commit, ...tools } = versions();
  const results: BenchResults = {
    takenAt: new Date().toISOString(),
    smoke: options.lighthouseRuns === 0,
    machine: { ...machine(), ...tools },
    commit,
    search: false,
    scale: [],
    targets: [],
  };

  const tableSite = Math.min(...options.vendors);
  let keptForTable: string | undefined;
  try {
    if (options.only.has('scale') || options.only.has('table')) {
      for (const vendors of options.vendors) {
        const keep = options.only.has('table') && vendors === tableSite;
        const content = writeSyntheticContent(vendors, options.articles);
        try {
          await quiet();
          say(`Building the site with ${vendors} vendors and ${options.articles} articles...`);
          const site = await benchSite({ vendors, articles: options.articles, content, nodeOptions: options.nodeOptions, keep });
          if (keep) keptForTable = site.outDir;
          results.search ||= site.searchIndexBytes > 0;
          await quiet();
          say(`Building the bare Astro floor with ${site.pagesBuilt} pages...`);
          const floor = await benchFloor(site.pagesBuilt, { nodeOptions: options.nodeOptions });
          await quiet();
          say(`Building the bare Astro floor with ${site.pagesBuilt} pages that reads the same content...`);
          const floorWithContent = await benchFloor(site.pagesBuilt, { nodeOptions: options.nodeOptions, content });
          const { pages: _pages, outDir: _outDir, ...figures } = site;
          results.scale.push({ ...figures, floor, floorWithContent, ratio: ratioOf(site.build, floor.build), ratioWithContent: ratioOf(site.build, floorWithContent.build) });
        } finally {
          rmSync(content, { recursive: true, force: true });
        }
      }
    }
    if (options.only.has('table') && keptForTable) {
      await quiet();
      say(`Timing the comparison table at ${tableSite} vendors...`);
      results.table = await benchTable(tableSite, options.tableRounds, keptForTable);
    }
  } finally {
    if (keptForTable) removeSite(keptForTable);
  }

  if (options.only.has('history')) {
    results.history = await benchHistory({
      vendors: options.historyVendors,
      articles: options.articles,
      runs: options.historyRuns,
      nodeOptions: options.nodeOptions,
      quiet,
      say,
    });
  }

  if (options.only.has('reader')) {
    await quiet();
    say('Building the real site for the reader-side figures...');
    const site = await benchSite({ vendors: null, articles: 0, nodeOptions: options.nodeOptions, keep: true });
    results.search ||= site.searchIndexBytes > 0;
    try {
      await quiet();
      const load = machineLoad();
      results.reader = { load, pages: await benchReader(site.outDir, { lighthouseRuns: options.lighthouseRuns, say }) };
    } finally {
      removeSite(site.outDir);
    }
  }
  results.targets = checkTargets(results);
  return results;
}

const kb = (bytes: number) => `${round(bytes / 1024)} KB`;
const mb = (bytes: number) => `${round(bytes / MB)} MB`;
const s = (ms: number) => `${round(ms / 1000)} s`;

/** The issue's targets, each with the measured value and whether it is met. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const page of results.reader?.pages ?? []) {
    if (page.lighthouse) {
      const { scores } = page.lighthouse;
      checks.push({
        target: `Lighthouse 100 in all four categories: ${page.kind}`,
        value: `${scores.performance} / ${scores.accessibility} / ${scores['best-practices']} / ${scores.seo}`,
        ok: Object.values(scores).every((score) => score === 100),
      });
    }
  }
  for (const page of results.reader?.pages ?? []) {
    if (page.kind === 'vendor' || page.kind === 'article') {
      checks.push({ target: `${page.kind} page: no JavaScript apart from search`, value: `site JS ${kb(page.bytes.jsSite)}, search JS ${kb(page.bytes.jsSearch)}`, ok: page.bytes.jsSite === 0 });
    }
    if (page.kind === 'compare') {
      checks.push({ target: 'comparison page: its JavaScript ≤ 10 KB gzipped', value: `${kb(page.bytes.js)} (table ${kb(page.bytes.jsSite)}, search opener ${kb(page.bytes.jsSearch)})`, ok: page.bytes.js <= 10 * 1024 });
    }
    if (page.kind === 'home') checks.push({ target: 'home page: ≤ 60 KB total transfer', value: kb(page.bytes.total), ok: page.bytes.total <= 60 * 1024 });
  }
  const thousand = results.scale.find((r) => r.vendors === 1000);
  if (thousand) {
    checks.push({ target: '1,000 vendors: full build with search ≤ 60 s', value: `${s(thousand.build.wallMs)}${results.search ? '' : ' (no search index built)'}`, ok: thousand.build.wallMs <= 60_000 && results.search });
    checks.push({ target: '1,000 vendors: peak memory ≤ 1.5 GB', value: mb(thousand.build.peakRssBytes), ok: thousand.build.peakRssBytes <= 1.5 * 1024 * MB });
    checks.push({ target: '1,000 vendors: ≤ 2× the bare site’s build time', value: `${round(thousand.ratio.time, 2)}× wall, ${round(thousand.ratio.cpu, 2)}× CPU (${round(thousand.ratioWithContent.time, 2)}× a bare site reading the same content)`, ok: thousand.ratio.time <= 2 });
  }
  const fiveThousand = results.scale.find((r) => r.vendors === 5000);
  if (fiveThousand) checks.push({ target: '5,000 vendors: builds without running out of memory', value: `${s(fiveThousand.build.wallMs)}, ${mb(fiveThousand.build.peakRssBytes)} (${fiveThousand.build.nodeOptions || 'default heap'})`, ok: true });
  const history = results.history;
  if (history && history.vendors >= 1000) {
    checks.push({
      target: `${history.vendors.toLocaleString('en')} vendors: the vendor histories add ≤ 10% to the build`,
      value: `+${round(history.added.wallMs / 1000, 2)} s wall (${round(history.added.wallShare * 100)}%), +${round(history.added.cpuMs / 1000, 2)} s CPU (${round(history.added.cpuShare * 100)}%); the step itself ${Math.min(...history.stepMs)} ms in the build, ${Math.round(history.inProcessMs)} ms in process`,
      ok: history.added.wallShare <= 0.1,
    });
  }
  if (results.table && results.table.vendors >= 1000) {
    const { filter, sort, vendors } = results.table;
    checks.push({ target: `table filter at ${vendors} vendors ≤ 16 ms (median)`, value: `${round(filter.median)} ms (p95 ${round(filter.p95)} ms)`, ok: filter.median <= 16 });
    checks.push({ target: `table sort at ${vendors} vendors ≤ 16 ms (median)`, value: `${round(sort.median)} ms (p95 ${round(sort.p95)} ms)`, ok: sort.median <= 16 });
  }
  return checks;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

export function report(results: BenchResults): string {
  const lines: string[] = [];
  const m = results.machine;
  lines.push(
    `\nMachine: ${m.cpuModel}, ${m.cores} cores, ${round(m.memoryBytes / 1024 / MB)} GB; Node ${m.node} (default heap limit ${round(m.defaultHeapLimitBytes / 1024 / MB)} GB); ${m.chromium}; Astro ${m.astro}; Lighthouse ${m.lighthouse}; commit ${results.commit}`,
  );
  if (!results.search && (results.scale.length > 0 || results.reader)) lines.push('NOTE: the site built no search index (dist/pagefind): the scale figures are WITHOUT search.');
  if (results.scale.length > 0) {
    lines.push('\nBuild (cold, child process; memory = peak RSS of the whole process tree)');
    lines.push(
      table([
        ['vendors (listed) + articles', 'pages', 'wall', 'CPU', 'pages/s', 'peak RSS', 'site', 'search index', 'load 1m'],
        ...results.scale.map((r) => [
          `${r.vendors} (${r.listedVendors}) + ${r.articles}`,
          String(r.pagesBuilt),
          s(r.build.wallMs),
          s(r.build.cpuMs),
          String(round(r.pagesPerSecond)),
          mb(r.build.peakRssBytes),
          mb(r.siteBytes),
          mb(r.searchIndexBytes),
          `${r.load.before.avg[0]}`,
        ]),
      ]),
    );
    const times = (x: Ratio) => `${round(x.time, 2)}× / ${round(x.cpu, 2)}× / ${round(x.memory, 2)}×`;
    lines.push('\nThe floor: a bare Astro site with as many trivial pages, alone and reading the same content (glob + MDX)');
    lines.push(
      table([
        ['vendors', 'floor wall', 'CPU', 'RSS', 'ours ×floor (wall / CPU / RSS)', 'floor+content wall', 'CPU', 'RSS', 'ours ×floor+content'],
        ...results.scale.map((r) => [
          String(r.vendors),
          s(r.floor.build.wallMs),
          s(r.floor.build.cpuMs),
          mb(r.floor.build.peakRssBytes),
          times(r.ratio),
          s(r.floorWithContent.build.wallMs),
          s(r.floorWithContent.build.cpuMs),
          mb(r.floorWithContent.build.peakRssBytes),
          times(r.ratioWithContent),
        ]),
      ]),
    );
  }
  for (const r of results.scale) {
    const p = r.build.phases;
    if (p.configDone === undefined || p.buildStart === undefined || p.pagesWritten === undefined || p.done === undefined) continue;
    lines.push(
      `  ${r.vendors} vendors, where the time goes: start-up, config and content check ${s(p.configDone)}; content sync ${s(p.buildStart - p.configDone)}; ` +
        `bundling and rendering ${s(p.pagesWritten - p.buildStart)}; after the pages (search index) ${s(p.done - p.pagesWritten)}`,
    );
  }
  if (results.table) {
    const t = results.table;
    lines.push(`\nComparison table at ${t.vendors} vendors: filter median ${round(t.filter.median)} ms (p95 ${round(t.filter.p95)}), sort median ${round(t.sort.median)} ms (p95 ${round(t.sort.p95)}); page JS ${kb(t.jsGzipBytes)}, HTML ${kb(t.htmlGzipBytes)} gzipped`);
  }
  if (results.history) {
    const h = results.history;
    const runs = (list: BuildRun[]) => list.map((run) => `${s(run.wallMs)} / ${s(run.cpuMs)}`).join(', ');
    lines.push(`\nVendor histories at ${h.vendors} vendors, ${h.versions} committed versions (wall / CPU per build; load ${h.load.avg[0]})`);
    lines.push(`  with history:    ${runs(h.withHistory)}; the history step ${h.stepMs.map((ms) => `${ms} ms`).join(', ')}`);
    lines.push(`  without history: ${runs(h.withoutHistory)}`);
    lines.push(
      `  added (fastest of each): ${round(h.added.wallMs / 1000, 2)} s wall (${round(h.added.wallShare * 100)}%), ${round(h.added.cpuMs / 1000, 2)} s CPU (${round(h.added.cpuShare * 100)}%); the step run in this process: ${Math.round(h.inProcessMs)} ms`,
    );
  }
  if (results.reader) {
    lines.push(`\nReader side, real site served with gzip (bytes before any interaction, gzipped; load ${results.reader.load.avg[0]})`);
    lines.push(
      table([
        ['page', 'HTML', 'CSS', 'JS site', 'JS search', 'fonts', 'other', 'total', 'perf', 'a11y', 'best pr.', 'SEO'],
        ...results.reader.pages.map((p) => {
          const lh = p.lighthouse?.scores;
          return [
            `${p.kind} ${p.path}`,
            kb(p.bytes.html),
            kb(p.bytes.css),
            kb(p.bytes.jsSite),
            kb(p.bytes.jsSearch),
            kb(p.bytes.font),
            kb(p.bytes.other),
            kb(p.bytes.total),
            ...(lh ? [`${lh.performance}`, `${lh.accessibility}`, `${lh['best-practices']}`, `${lh.seo}`] : ['-', '-', '-', '-']),
          ];
        }),
      ]),
    );
    for (const page of results.reader.pages) {
      for (const lost of page.lighthouse?.lost ?? []) lines.push(`  ${page.kind}: ${lost.category} lost on ${lost.id} (score ${round(lost.score, 2)}${lost.displayValue ? `, ${lost.displayValue}` : ''})`);
    }
  }
  if (results.targets.length > 0) {
    lines.push('\nTargets (issues 7 and 15)');
    lines.push(table([['', 'target', 'measured'], ...results.targets.map((t) => [t.ok ? 'met   ' : 'MISSED', t.target, t.value])]));
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseArgs(process.argv.slice(2), process.env);
  if (!existsSync(CHROMIUM) && (options.only.has('table') || options.only.has('reader'))) {
    throw new Error(`No Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
  }
  const results = await runBench(options);
  console.log(report(results));
  const dir = join(PROJECT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, options.lighthouseRuns === 0 ? 'smoke.json' : 'latest.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nResults: ${file}`);
}
