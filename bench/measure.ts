/**
 * Measuring tools for the benchmarks: a child build with its wall time and the peak memory of
 * its whole process tree (Node, esbuild, Pagefind's binary...), sizes and page counts of a
 * built site, and the machine's load so every figure says under what load it was taken.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';

const PAGE_SIZE = 4096;

/** Every process as pid → [parent pid, resident bytes], read from /proc. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; the fields after its last ')' do not.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const rssPages = Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]);
      table.set(Number(name), [Number(fields[1]), rssPages * PAGE_SIZE]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** Resident memory of a process and all its descendants: the sum, and the largest single one. */
export function treeRss(root: number): { total: number; largest: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const rss = table.get(pid)?.[1] ?? 0;
    total += rss;
    largest = Math.max(largest, rss);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/** CPU time used by this process's finished children (user + system), from /proc/self/stat. */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat (cutime, cstime) are the 14th and 15th after the command name, in
  // clock ticks of 10 ms on Linux.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

export interface BuildRun {
  /** Wall time from spawning the build process to its exit. */
  wallMs: number;
  /**
   * CPU time (user + system) of the build and the processes it waited for. Less sensitive than
   * wall time to other work on the machine, so better for comparing two builds.
   */
  cpuMs: number;
  /** Peak of the summed resident memory of the build's process tree, sampled every 50 ms. */
  peakRssBytes: number;
  /** Peak resident memory of the largest single process of the tree. */
  peakLargestProcessBytes: number;
  /**
   * When the build's hooks ran, in ms since its process started: configDone (start-up, config
   * and integrations' setup, the content check), buildStart (content sync and types),
   * pagesWritten (bundling and rendering every page), done (what runs after, the search index).
   */
  phases: Record<string, number>;
  /** The Node options given to the build's process (a heap limit), if any. */
  nodeOptions: string;
  /** The build's own output (stdout and stderr). */
  logFile: string;
}

const RUNNER = fileURLToPath(new URL('./astro-build.ts', import.meta.url));

/**
 * Builds the Astro project at `root` into `outDir` in a child Node process (the same Node that
 * runs this script) with Astro's own `build()`, and measures it. Fails with the end of the
 * build's log when the build fails.
 */
export async function measureBuild(options: {
  root: string;
  outDir: string;
  cacheDir: string;
  env?: Record<string, string>;
  nodeOptions?: string;
  logFile: string;
}): Promise<BuildRun> {
  const { root, outDir, cacheDir, env = {}, nodeOptions = '', logFile } = options;
  const log = createWriteStream(logFile);
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const phasesFile = `${logFile}.phases.json`;
  const child = spawn(process.execPath, [RUNNER, root, outDir, cacheDir, phasesFile], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: nodeOptions, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let peak = { total: 0, largest: 0 };
  const sample = () => {
    if (child.pid === undefined) return;
    const now = treeRss(child.pid);
    peak = { total: Math.max(peak.total, now.total), largest: Math.max(peak.largest, now.largest) };
  };
  const timer = setInterval(sample, 50);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (exitCode) => resolve(exitCode));
  });
  const wallMs = performance.now() - start;
  const cpuMs = childrenCpuMs() - cpuBefore;
  clearInterval(timer);
  await new Promise<void>((resolve) => log.end(resolve));
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`Build of ${root} exited with ${code}; end of ${logFile}:\n${tail}`);
  }
  const phases = existsSync(phasesFile) ? (JSON.parse(readFileSync(phasesFile, 'utf8')) as Record<string, number>) : {};
  return { wallMs, cpuMs, peakRssBytes: peak.total, peakLargestProcessBytes: peak.largest, phases, nodeOptions, logFile };
}

/** Total size in bytes of the files under a folder (0 when it does not exist). */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Pages of a built site: its HTML files, the search index's own files not counted. */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
}

export interface Load {
  /** 1, 5 and 15 minute load averages. */
  avg: [number, number, number];
  cores: number;
}

export function machineLoad(): Load {
  const [a, b, c] = loadavg();
  return { avg: [round(a!, 2), round(b!, 2), round(c!, 2)], cores: cpus().length };
}

/**
 * Waits until the 1-minute load average is below `threshold` (other engineers build and test on
 * the same machine), for at most `maxWaitMs`. Returns the load it settled on.
 */
export async function waitForQuiet(threshold: number, maxWaitMs: number, say: (line: string) => void): Promise<Load> {
  const until = Date.now() + maxWaitMs;
  let load = machineLoad();
  let told = false;
  while (load.avg[0] >= threshold && Date.now() < until) {
    if (!told) say(`  waiting for a quiet machine: load ${load.avg[0]} ≥ ${threshold} (at most ${Math.round(maxWaitMs / 1000)} s)`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 5000));
    load = machineLoad();
  }
  if (told) say(`  load now ${load.avg[0]}${load.avg[0] >= threshold ? ' (gave up waiting)' : ''}`);
  return load;
}

export function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  // The heap limit a build gets without NODE_OPTIONS: V8's default for this machine's memory.
  const heapLimitBytes = getHeapStatistics().heap_size_limit;
  return { cpuModel: model, cores: cpus().length, memoryBytes: totalmem(), node: process.version, defaultHeapLimitBytes: heapLimitBytes };
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
