import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { expect } from 'vitest';
import { routes } from '../../src/i18n/routes.ts';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { SEARCH_FIELD_MARKER } from '../../src/lib/search-prefill.ts';
import { rawRequest } from '../helpers/http.ts';
import { builtFiles, readBuilt } from './built-site.ts';

/**
 * What serving dist/ must look like on every server the site is tested on (`npm start`'s and
 * nginx with docs/hosting.md's configuration): the same expectations for both, from the one
 * `_headers` parser.
 */

export const HEADER_RULES = parseHeadersFile(readFileSync('public/_headers', 'utf8'), 'public/_headers');

/** The headers public/_headers gives a path. */
export function expectedHeaders(path: string): Array<[string, string]> {
  return headersForPath(HEADER_RULES, path, 'public/_headers');
}

/** Every built file as the URL that serves it (`about/index.html` → `/about/`), `_headers` aside. */
export function builtUrlPaths(): string[] {
  return builtFiles()
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file !== '_headers')
    .map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort();
}

/**
 * Accepted media types per extension. Servers differ in names that are both correct (nginx's
 * mime.types says application/javascript and text/xml, RFC 9239 text/javascript); text types
 * must name UTF-8.
 */
const TYPES: Record<string, string[]> = {
  '.html': ['text/html'],
  '.css': ['text/css'],
  '.js': ['text/javascript', 'application/javascript'],
  '.json': ['application/json'],
  '.xml': ['application/xml', 'text/xml'],
  '.svg': ['image/svg+xml'],
  '.txt': ['text/plain'],
  '.csv': ['text/csv'],
  '.wasm': ['application/wasm'],
  '.woff2': ['font/woff2'],
  '.png': ['image/png'],
  '.webp': ['image/webp'],
  '.ico': ['image/x-icon', 'image/vnd.microsoft.icon'],
  // Pagefind's own formats (gzip inside), fetched and decoded by its script.
  '.pf_meta': ['application/octet-stream'],
  '.pf_index': ['application/octet-stream'],
  '.pf_fragment': ['application/octet-stream'],
  '.pf_filter': ['application/octet-stream'],
  '.pagefind': ['application/octet-stream'],
};
const BINARY = new Set(['.wasm', '.woff2', '.png', '.webp', '.ico', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter', '.pagefind']);

/** Problems with one Content-Type for a URL path; empty when it is right. */
export function contentTypeProblems(path: string, contentType: string | undefined): string[] {
  const extension = path.endsWith('/') ? '.html' : extname(path).toLowerCase();
  const accepted = TYPES[extension];
  if (!accepted) return [`${path}: no expected type for "${extension}" files; add it to TYPES in tests/site/served-site.ts`];
  const [essence, ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  const problems: string[] = [];
  if (!accepted.includes(essence ?? '')) problems.push(`${path}: served as "${contentType}", expected ${accepted.join(' or ')}`);
  if (!BINARY.has(extension) && !parameters.includes('charset=utf-8')) problems.push(`${path}: "${contentType}" does not name charset=utf-8`);
  return problems;
}

/** Problems with the headers a response carries for a path, against public/_headers. */
export function headerProblems(path: string, header: (name: string) => string | undefined): string[] {
  return expectedHeaders(path)
    .filter(([name, value]) => header(name) !== value)
    .map(([name, value]) => `${path}: ${name} is ${JSON.stringify(header(name))}, expected ${JSON.stringify(value)}`);
}

/** Every built file, fetched: status 200, its type, its headers. Returns every problem found. */
export async function servedFileProblems(origin: string): Promise<string[]> {
  const problems: string[] = [];
  const paths = builtUrlPaths();
  // A few at a time: enough to be quick, few enough for a small server.
  for (let i = 0; i < paths.length; i += 16) {
    const batch = await Promise.all(paths.slice(i, i + 16).map(async (path) => ({ path, response: await rawRequest(origin, path) })));
    for (const { path, response } of batch) {
      if (response.status !== 200) problems.push(`${path}: status ${response.status}`);
      problems.push(...contentTypeProblems(path, response.header('content-type')), ...headerProblems(path, response.header));
    }
  }
  return problems;
}

export const SEARCH_PAGES = LOCALES.map((locale) => routes.search(locale));

/** The built search pages hold the field marker exactly once (servers find the field by it). */
export function expectSearchPagesMarked(): void {
  for (const path of SEARCH_PAGES) {
    expect(readBuilt(`${path.slice(1)}index.html`).split(SEARCH_FIELD_MARKER).length - 1, path).toBe(1);
  }
}

/** Queries the search field must show as typed, without JavaScript, on every server. */
export const SEARCH_QUERIES: Array<{ search: string; value: string }> = [
  { search: '?q=odoo', value: 'odoo' },
  { search: '?q=odoo+crm', value: 'odoo crm' },
  { search: '?q=C%2B%2B+caf%C3%A9', value: 'C++ café' },
  { search: '?q=%3F%23%26x%3D1&type=article', value: '?#&x=1' },
  { search: '?q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E', value: '"><img src=x onerror=alert(1)>' },
  { search: '?q=%3C!--%23+echo+var%3D%22args%22+--%3E', value: '<!--# echo var="args" -->' },
  { search: '?q=two%0Alines', value: 'two\nlines' },
];

/** The value attribute of the search field in a page, decoded from its HTML escapes. */
export function searchFieldValue(html: string): string | undefined {
  const tag = html.match(/<input id="search-page-field"[^>]*>/)?.[0];
  const value = tag?.match(/\svalue="([^"]*)"/)?.[1];
  return value
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
