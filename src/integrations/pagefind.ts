import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where the search bundle lives in the built site; the search script loads it from here. */
export const PAGEFIND_DIR = 'pagefind';

/** Pagefind's own UIs, which it always writes; the site has its own UI on the JS API. */
const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

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
        try {
          const created = await pagefind.createIndex();
          if (!created.index || created.errors.length > 0) throw new Error(`Pagefind could not start:\n${created.errors.join('\n')}`);
          const added = await created.index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site:\n${added.errors.join('\n')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no page to index: no element carries data-pagefind-body.');
          const written = await created.index.writeFiles({ outputPath: output });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index:\n${written.errors.join('\n')}`);
          for (const name of await readdir(output)) if (UNUSED_UI.test(name)) await rm(join(output, name));
          // addDirectory counts every HTML file it read; the entry file knows what was indexed.
          const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const perLanguage = Object.entries(entry.languages).map(([lang, { page_count }]) => `${lang} ${page_count}`);
          const { files, bytes } = await sizeOf(output);
          logger.info(`Search index: ${perLanguage.join(', ')} pages indexed; ${files} files, ${(bytes / 1024).toFixed(1)} KiB in dist/${PAGEFIND_DIR}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
