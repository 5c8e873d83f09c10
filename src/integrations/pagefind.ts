import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { BuildStepError } from '../lib/build-failure.ts';

/** Where the search bundle lives in the built site; the search script loads it from here. */
export const PAGEFIND_DIR = 'pagefind';

/** Pagefind's own UIs, which it always writes; the site has its own UI on the JS API. */
const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

async function writeIndex(site: string, output: string, logger: AstroIntegrationLogger): Promise<void> {
  const created = await pagefind.createIndex();
  if (!created.index || created.errors.length > 0) throw new BuildStepError(`Pagefind could not start:\n${created.errors.join('\n')}`);
  const added = await created.index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new BuildStepError(`Pagefind could not index the site:\n${added.errors.join('\n')}`);
  if (added.page_count === 0) throw new BuildStepError('Pagefind found no page to index: no element carries data-pagefind-body.');
  const written = await created.index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new BuildStepError(`Pagefind could not write the index:\n${written.errors.join('\n')}`);
  for (const name of await readdir(output)) if (UNUSED_UI.test(name)) await rm(join(output, name));
  // addDirectory counts every HTML file it read; the entry file knows what was indexed.
  const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const perLanguage = Object.entries(entry.languages).map(([lang, { page_count }]) => `${lang} ${page_count}`);
  const { files, bytes } = await sizeOf(output);
  logger.info(`Search index: ${perLanguage.join(', ')} pages indexed; ${files} files, ${(bytes / 1024).toFixed(1)} KiB in dist/${PAGEFIND_DIR}/`);
}

/**
 * Pagefind does its work in a child process. When that process dies without answering (killed,
 * out of memory, a disk that takes no more bytes), Pagefind's promises never settle, and Node,
 * with nothing left to wait for, ends the build with exit code 0 and half an index in the site.
 * This promise rejects instead, when Node is about to exit while Pagefind is still awaited.
 */
function whenPagefindVanishes(): { promise: Promise<never>; dispose: () => void } {
  let listener = () => {};
  const promise = new Promise<never>((_, reject) => {
    listener = () =>
      reject(new BuildStepError('Pagefind stopped before the search index was complete: its process ended without an answer (killed, or out of memory or disk space?).'));
    process.once('beforeExit', listener);
  });
  return { promise, dispose: () => process.off('beforeExit', listener) };
}

async function sizeOf(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/**
 * Builds the Pagefind search index over the built site as the last step of `astro build`, so
 * `npm run build` is the only command. Only elements marked `data-pagefind-body` are indexed (the
 * vendor, article and methodology pages mark their main content); Pagefind makes one index per
 * `<html lang>`. Any Pagefind error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'eu-crm-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, PAGEFIND_DIR);
        // writeFiles() leaves files of an earlier index in place; start from nothing.
        await rm(output, { recursive: true, force: true });
        const vanished = whenPagefindVanishes();
        try {
          await Promise.race([writeIndex(site, output, logger), vanished.promise]);
        } catch (error) {
          if (error instanceof BuildStepError) throw error;
          throw new BuildStepError(`Pagefind failed while writing the search index: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          vanished.dispose();
          await pagefind.close();
        }
      },
    },
  };
}
