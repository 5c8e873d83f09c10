import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from './content-check.ts';

/** The .mdx files of one collection folder, sorted, with paths as an editor sees them. */
export function readContentFiles(dir: string): ContentFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ path: relative(process.cwd(), join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

/** Both collections of a content folder (src/content, or CONTENT_DIR). */
export function readContent(root: string): { vendorFiles: ContentFile[]; articleFiles: ContentFile[] } {
  return { vendorFiles: readContentFiles(join(root, 'vendors')), articleFiles: readContentFiles(join(root, 'articles')) };
}
