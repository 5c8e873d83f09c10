import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './built-site.ts';

/** Reading the Pagefind bundle the build wrote to dist/pagefind/, for tests on the index itself. */

export const PAGEFIND = join(DIST, 'pagefind');

/** Pagefind 1.x prefixes every decompressed index file with this signature. */
const SIGNATURE = 'pagefind_dcd';

export interface IndexFile {
  path: string;
  /** The decompressed file as text; CBOR index chunks keep their words as UTF-8 runs. */
  text: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every data file of the index (meta, word index, filters, fragments), decompressed. */
export function indexFiles(): IndexFile[] {
  return walk(PAGEFIND)
    .filter((path) => /\.pf_(meta|index|filter|fragment)$/.test(path))
    .map((path) => {
      const text = gunzipSync(readFileSync(path)).toString('utf8');
      if (!text.startsWith(SIGNATURE)) throw new Error(`${path} is not a Pagefind ${SIGNATURE} file`);
      return { path: relative(PAGEFIND, path), text: text.slice(SIGNATURE.length) };
    });
}

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** One fragment per indexed page: its URL, full indexed text, meta and filters. */
export function fragments(): (Fragment & { language: string })[] {
  return indexFiles()
    .filter((file) => file.path.startsWith('fragment/'))
    .map((file) => ({ ...(JSON.parse(file.text) as Fragment), language: file.path.slice('fragment/'.length, file.path.indexOf('_')) }));
}

/** A whole-word, case-insensitive pattern for a name such as "noCRM.io". */
export function wordPattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
}
