/**
 * `npm run build`: the content check, the eligibility report, the static site and its search
 * index (Astro's build with this project's integrations), written into a staging folder beside
 * dist/ that replaces dist/ only once every step, Pagefind included, has succeeded. A failed build
 * leaves dist/ exactly as it was (or absent, if there was none), never a mix of two builds or a
 * site without its search index.
 *
 * On failure it prints what went wrong in the editor's words (the content check's list, an MDX
 * error with file and line) without Astro's stack trace, and exits 1.
 *
 * `--outDir <dir>` publishes somewhere else than dist/ (tests build fixture content that way).
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { describeBuildFailure, showPath } from '../src/lib/build-failure.ts';
import { publishStaged, removeAbandoned, stagingDirFor } from '../src/lib/staged-dir.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const target = resolve(values.outDir);
const shown = showPath(target, process.cwd());
const staging = stagingDirFor(target);
removeAbandoned(target);

let settled = false;
const outcome = () => (existsSync(target) ? `The build failed; ${shown}/ is unchanged, still the last complete build.` : `The build failed; nothing was written to ${shown}/.`);
async function fail(error: unknown): Promise<never> {
  settled = true;
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${await describeBuildFailure(error, process.cwd())}\n\n${outcome()}`);
  process.exit(1);
}

// Node ends a process once nothing is left to wait for, even while a step is still awaited
// because a child process ended without answering; that must not pass for a success. (The
// Pagefind integration catches its own case first, with a better message.)
process.on('exit', () => {
  if (settled) return;
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build stopped before it finished, without reporting an error.\n\n${outcome()}`);
  process.exitCode = 1;
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    settled = true;
    rmSync(staging, { recursive: true, force: true });
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

try {
  await build({ outDir: staging, logger: { entrypoint: fileURLToPath(new URL('./build-logger.ts', import.meta.url)) } });
  publishStaged(staging, target);
} catch (error) {
  await fail(error);
}
settled = true;
console.log(`Published the build to ${shown}/.`);
