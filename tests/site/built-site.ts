import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { partition } from '../../src/lib/eligibility.ts';
import { ACTIVE_POLICY } from '../../src/lib/policy.ts';

/** Helpers for tests that read the built site in dist/ (built by `npm test` before these run). */

export const DIST = 'dist';

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does this for you).');
  }
}

/** Every file under dist/, as paths relative to it. */
export function builtFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [relative(DIST, path)];
  });
}

export function readBuilt(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/**
 * What the content says should be listed, awaiting evidence and excluded, computed from the source
 * files; `notListed` is the last two together, the vendors no listing may show.
 */
export function expectedDirectory() {
  const vendorFiles = readContentFiles('src/content/vendors');
  const { issues, vendors } = checkContent(vendorFiles, readContentFiles('src/content/articles'));
  if (issues.length > 0) throw new Error(`The real content does not pass the content check (${issues.length} problems).`);
  const sorted = partition(vendors, ACTIVE_POLICY);
  return { vendorFiles, ...sorted, notListed: [...sorted.awaiting, ...sorted.excluded] };
}

/** How Astro writes text into HTML, so names with & or quotes can be found in pages. */
export function asHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
