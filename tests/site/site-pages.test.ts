import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/i18n/routes.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { sitePages } from '../../src/lib/site-pages.ts';
import { assertBuilt, builtFiles, DIST, expectedDirectory } from './built-site.ts';

/**
 * The content check refuses article links to pages the build does not write, using its own list
 * of those pages (src/lib/site-pages.ts). This holds that list to the build: every page it names
 * is in dist/, and every page in dist/ is on it.
 */
describe('the pages the content check expects are the pages the build writes', () => {
  assertBuilt();
  const { listed } = expectedDirectory();
  const { articles } = checkContent([], readContentFiles('src/content/articles'));
  const expected = sitePages(routes, { listed: listed.map((v) => v.id), articles });
  const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

  it('every page on the list is built', () => {
    expect([...expected].filter((path) => !existsSync(fileOf(path)))).toEqual([]);
  });

  it('every built page is on the list', () => {
    const built = builtFiles()
      // Pages and generated files; Pagefind's index, the bundled assets and public/ are not pages.
      .filter((file) => !/^(pagefind|_astro)\//.test(file) && /\.(html|xml|json|txt|csv)$/.test(file))
      .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(built.length).toBeGreaterThan(100);
    expect(built.filter((path) => !expected.has(path))).toEqual([]);
  });
});
