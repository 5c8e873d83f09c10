/**
 * What the vendor histories (issue 15) cost the build: N synthetic vendors committed in three
 * versions each in a throwaway git repository, built with their history and, from the same files
 * without `.git`, without it (the build then says the history is not available). The builds
 * alternate, and the fastest of each kind counts. Also timed: the history's own step in the build
 * (its log line) and the same step run here in-process, which is the steadier figure on a busy
 * machine.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { ACTIVE_POLICY } from '../src/lib/policy.ts';
import { vendorSchema } from '../src/lib/schema/vendor.ts';
import { readVendorHistories } from '../src/lib/vendor-histories.ts';
import { machineLoad, type BuildRun, type Load } from './measure.ts';
import { benchSite, removeSite } from './scale.ts';
import { syntheticArticle, syntheticVendor } from './synthetic.ts';
import { tempRepo } from '../tests/helpers/git.ts';

export interface HistoryBench {
  vendors: number;
  /** Committed versions the build read (vendors × 3). */
  versions: number;
  runs: number;
  withHistory: BuildRun[];
  withoutHistory: BuildRun[];
  /** The history step as the build logged it, per build with history. */
  stepMs: number[];
  /** The same step run in this process (git, parsing, comparing), fastest of three. */
  inProcessMs: number;
  /** Fastest with history minus fastest without, and that as a share of the latter. */
  added: { wallMs: number; cpuMs: number; wallShare: number; cpuShare: number };
  load: Load;
}

const DATES = ['2026-09-01', '2026-10-15', '2026-11-29'];

/**
 * Three versions of synthetic vendor `i`, oldest first; the last is the vendor as the scale
 * benchmark has it. Earlier versions differ as research does: facts still unknown, a price that
 * changed, support access not yet documented (awaiting evidence) for about a third of vendors.
 */
export function historicVersions(index: number): Record<string, unknown>[] {
  const current = syntheticVendor(index).data as Record<string, unknown> & { offerings: Record<string, unknown>[]; consent: Record<string, unknown>; pricing: Record<string, unknown> };
  const [cloud, ...rest] = current.offerings;
  const unknownConsent = Object.fromEntries(Object.keys(current.consent).map((key) => [key, { status: 'unknown' }]));
  const first = {
    ...current,
    offerings: [{ ...cloud, ...(index % 3 === 0 ? { supportAccess: { value: 'unknown' } } : {}) }, ...rest],
    consent: unknownConsent,
    pricing: { ...current.pricing, entryPrice: { value: 'unknown' } },
    lastVerified: DATES[0],
  };
  const second = { ...current, offerings: [{ ...cloud, storage: { value: ['DE'], source: ['site'] } }, ...rest], lastVerified: DATES[1] };
  return [first, second, current];
}

/** A content folder that is a git repository with every vendor in three commits. */
export function writeHistoryContent(vendors: number, articles: number): string {
  const repo = tempRepo('eu-crm-bench-history-');
  const root = repo.root;
  mkdirSync(join(root, 'vendors'));
  mkdirSync(join(root, 'articles'));
  for (let i = 0; i < articles; i++) {
    const { id, text } = syntheticArticle(i);
    writeFileSync(join(root, 'articles', `${id}.mdx`), text);
  }
  const versions = Array.from({ length: vendors }, (_, i) => ({ id: syntheticVendor(i).id, versions: historicVersions(i) }));
  DATES.forEach((date, step) => {
    repo.commit(Object.fromEntries(versions.map((vendor) => [`vendors/${vendor.id}.mdx`, `---\n${stringify(vendor.versions[step])}---\n`])), date, `research of ${date}`);
  });
  return root;
}

function stepOf(run: BuildRun): number {
  const match = /\[history\] .* in (\d+) ms/.exec(readFileSync(run.logFile, 'utf8'));
  if (!match) throw new Error(`The build with history logged no history step; see ${run.logFile}`);
  return Number(match[1]);
}

export async function benchHistory(options: { vendors: number; articles: number; runs: number; nodeOptions?: string; quiet: () => Promise<void>; say: (line: string) => void }): Promise<HistoryBench> {
  const { vendors, articles, runs, nodeOptions, quiet, say } = options;
  const withGit = writeHistoryContent(vendors, articles);
  const withoutGit = mkdtempSync(join(tmpdir(), 'eu-crm-bench-nohistory-'));
  cpSync(withGit, withoutGit, { recursive: true, filter: (source) => relative(withGit, source).split('/')[0] !== '.git' });
  try {
    const current = Array.from({ length: vendors }, (_, i) => ({ id: syntheticVendor(i).id, data: vendorSchema.parse(syntheticVendor(i).data) }));
    let inProcessMs = Infinity;
    let versions = 0;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const result = readVendorHistories(join(withGit, 'vendors'), current, ACTIVE_POLICY);
      inProcessMs = Math.min(inProcessMs, performance.now() - started);
      versions = result.versions;
      if (result.unavailable) throw new Error(`No history in the benchmark's repository: ${result.unavailable}`);
    }

    const withHistory: BuildRun[] = [];
    const withoutHistory: BuildRun[] = [];
    const stepMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      for (const [content, into] of [[withGit, withHistory], [withoutGit, withoutHistory]] as const) {
        await quiet();
        say(`Building ${vendors} vendors ${content === withGit ? 'with' : 'without'} their git history (run ${run + 1} of ${runs})...`);
        const site = await benchSite({ vendors, articles, content, nodeOptions, keep: true });
        try {
          if (content === withGit) stepMs.push(stepOf(site.build));
          into.push(site.build);
        } finally {
          removeSite(site.outDir);
        }
      }
    }
    const fastest = (list: BuildRun[], key: 'wallMs' | 'cpuMs') => Math.min(...list.map((run) => run[key]));
    const wallMs = fastest(withHistory, 'wallMs') - fastest(withoutHistory, 'wallMs');
    const cpuMs = fastest(withHistory, 'cpuMs') - fastest(withoutHistory, 'cpuMs');
    return {
      vendors,
      versions,
      runs,
      withHistory,
      withoutHistory,
      stepMs,
      inProcessMs,
      added: { wallMs, cpuMs, wallShare: wallMs / fastest(withoutHistory, 'wallMs'), cpuShare: cpuMs / fastest(withoutHistory, 'cpuMs') },
      load: machineLoad(),
    };
  } finally {
    rmSync(withGit, { recursive: true, force: true });
    rmSync(withoutGit, { recursive: true, force: true });
  }
}
