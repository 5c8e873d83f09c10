import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from './content-check.ts';

/**
 * The files of one collection folder, sorted, with paths as an editor sees them. Besides the
 * .mdx files the build reads, it returns every other file and sub-folder with empty text (a
 * folder's path ends in `/`), so the check can say they are not read; hidden files (`.DS_Store`,
 * editor swap files) are left out.
 */
export function readContentFiles(dir: string): ContentFile[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => {
      const path = relative(process.cwd(), join(dir, entry.name));
      if (entry.isDirectory()) return { path: `${path}/`, text: '' };
      return { path, text: entry.name.endsWith('.mdx') ? readFileSync(join(dir, entry.name), 'utf8') : '' };
    });
}

/** Both collections of a content folder (src/content, or CONTENT_DIR). */
export function readContent(root: string): { vendorFiles: ContentFile[]; articleFiles: ContentFile[] } {
  return { vendorFiles: readContentFiles(join(root, 'vendors')), articleFiles: readContentFiles(join(root, 'articles')) };
}
