/**
 * Child process of the benchmarks: `node bench/astro-build.ts <root> <outDir> <cacheDir> [phases.json]`
 * builds one Astro project with Astro's own `build()`, the way `astro build` does, so the parent
 * can time it and sample its memory from outside. A fresh cacheDir makes every measured build
 * cold. With a fourth argument it writes when each build hook ran (ms since the process
 * started), which tells where the time goes: start-up and content, bundling and rendering, and
 * what runs after the pages are written (the search index).
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import type { AstroIntegration } from 'astro';

const [root, outDir, cacheDir, phasesFile] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) throw new Error('usage: node bench/astro-build.ts <root> <outDir> <cacheDir> [phases.json]');

const phases: Record<string, number> = {};
const mark = (name: string) => () => {
  phases[name] = Math.round(performance.now());
};
// Added after the project's own integrations, so its hooks run after theirs.
const timer: AstroIntegration = {
  name: 'bench-phases',
  hooks: {
    'astro:config:done': mark('configDone'),
    'astro:build:start': mark('buildStart'),
    'astro:build:generated': mark('pagesWritten'),
    'astro:build:done': mark('done'),
  },
};
await build({ root, outDir, cacheDir, logLevel: 'info', integrations: [timer] });
if (phasesFile) writeFileSync(phasesFile, JSON.stringify(phases));
