import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_FIELD_MARKER } from '../src/lib/search-prefill.ts';
import { contentType, startSiteServer, type RunningServer } from '../src/server/site-server.ts';
import { HOSTILE_TARGETS, leaks, rawRequest, socketAnswer } from './helpers/http.ts';

/**
 * The production server on a small made-up site, so every file type and failure can be set up;
 * tests/site/production-server.test.ts runs it on the real build.
 */
const filler = 'x'.repeat(4_000);
const FILES: Record<string, string> = {
  '_headers': '/*\n  X-Frame-Options: DENY\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  'index.html': `<!doctype html><title>home</title><p>${filler}</p>`,
  '404.html': '<!doctype html><title>Not found</title><h1>This page does not exist</h1>',
  'about/index.html': '<!doctype html><title>about</title>',
  // The Dutch search page exists; the English one is missing, which makes its prefill fail.
  'search/index.html': `<!doctype html><title>search</title><form><input ${SEARCH_FIELD_MARKER} type="search" name="q"></form>`,
  '_astro/app.js': `console.log(${JSON.stringify(filler)});`,
  'style.css': `p{margin:0}/*${filler}*/`,
  'data.json': JSON.stringify({ filler }),
  'feed.xml': '<?xml version="1.0"?><rss/>',
  'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'module.wasm': '\0asm\u0001\0\0\0',
  'font.woff2': 'wOF2',
  'pagefind/pagefind.en_1.pf_meta': 'binary',
  'pagefind/wasm.en.pagefind': 'binary',
  'data/vendors.csv': 'id,name\n',
  'robots.txt': 'User-agent: *\n',
};

let base: string;
let root: string;
let server: RunningServer;
const logged: string[] = [];

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'site-server-'));
  root = join(base, 'site');
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  // Next to the root, where no URL may reach.
  writeFileSync(join(base, 'package.json'), '{"secret": "TOP-SECRET"}');
  server = await startSiteServer({ root, port: 0, log: (message) => logged.push(message) });
});

afterAll(async () => {
  await server?.close();
  rmSync(base, { recursive: true, force: true });
});

const get = (target: string, headers?: Record<string, string>) => rawRequest(server.origin, target, headers ? { headers } : undefined);

describe('the production server', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/about/', 'text/html; charset=utf-8'],
    ['/_astro/app.js', 'text/javascript; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/feed.xml', 'application/xml; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml; charset=utf-8'],
    ['/module.wasm', 'application/wasm'],
    ['/font.woff2', 'font/woff2'],
    ['/pagefind/pagefind.en_1.pf_meta', 'application/octet-stream'],
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['/data/vendors.csv', 'text/csv; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.header('content-type')).toBe(type);
    expect(contentType(path.endsWith('/') ? `${path}index.html` : path)).toBe(type);
  });

  it('sends the headers of _headers for the path, on files, errors and redirects alike', async () => {
    for (const target of ['/', '/_astro/app.js', '/nope', '/about']) {
      const response = await get(target);
      expect(response.header('x-frame-options'), target).toBe('DENY');
      expect(response.header('x-content-type-options'), target).toBe('nosniff');
    }
    expect((await get('/_astro/app.js')).header('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/style.css')).header('cache-control')).toBeUndefined();
  });

  it('compresses with brotli or gzip as the client asks, and not when it does not', async () => {
    const br = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await get('/_astro/app.js', { 'accept-encoding': 'gzip' });
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect([br.header('content-encoding'), gzip.header('content-encoding'), plain.header('content-encoding')]).toEqual(['br', 'gzip', undefined]);
    expect(br.raw.length).toBeLessThan(plain.raw.length / 4);
    expect(br.text).toBe(FILES['index.html']);
    expect(gzip.text).toBe(FILES['_astro/app.js']);
    expect(br.header('vary')).toContain('Accept-Encoding');
  });

  it('answers unknown paths with the 404 page and status 404', async () => {
    for (const target of ['/nope', '/nope/', '/about/index', '/404', '/_headers', '/style.css/']) {
      const response = await get(target);
      expect([target, response.status, response.header('content-type')]).toEqual([target, 404, 'text/html; charset=utf-8']);
      expect(response.text).toBe(FILES['404.html']);
    }
  });

  it('redirects a directory without its trailing slash, keeping the query, and never off the site', async () => {
    expect((await get('/about')).status).toBe(301);
    expect((await get('/about')).header('location')).toBe('/about/');
    expect((await get('/about?x=1')).header('location')).toBe('/about/?x=1');
    expect((await get('/%61bout')).header('location')).toBe('/%61bout/');
    for (const target of ['//about', '//evil.example/about', '/about/../about']) {
      expect((await get(target)).header('location'), target).toBeUndefined();
    }
  });

  it('serves ETags and answers 304 to a matching If-None-Match', async () => {
    const first = await get('/style.css');
    expect(first.header('etag')).toMatch(/^W\/"/);
    expect((await get('/style.css', { 'if-none-match': first.header('etag')! })).status).toBe(304);
  });

  it('allows only GET and HEAD', async () => {
    const post = await rawRequest(server.origin, '/', { method: 'POST' });
    expect([post.status, post.header('allow')]).toEqual([405, 'GET, HEAD']);
    const head = await rawRequest(server.origin, '/about/', { method: 'HEAD' });
    expect([head.status, head.raw.length]).toEqual([200, 0]);
  });

  it('writes the query into the search field, HTML-escaped, and serves the page as it is without one', async () => {
    const filled = await get('/search/?q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E');
    expect(filled.status).toBe(200);
    expect(filled.text).toContain(`${SEARCH_FIELD_MARKER} value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"`);
    expect(filled.text).not.toContain('<img');
    expect(filled.header('cache-control')).toBe('no-cache');
    expect(filled.header('etag')).toBeUndefined();
    expect(filled.header('x-frame-options')).toBe('DENY');
    expect((await get('/search/?q=odoo+crm')).text).toContain('value="odoo crm"');
    const empty = await get('/search/');
    expect(empty.text).toBe(FILES['search/index.html']);
    expect(empty.header('etag')).toBeDefined();
  });

  it.each(HOSTILE_TARGETS.map((target) => [target.length > 60 ? `${target.slice(0, 40)}… (${target.length} characters)` : target, target]))(
    'answers %s without crashing, leaving the root or telling anything about the server',
    async (_label, target) => {
      const response = await get(target);
      expect(response.status).toBeLessThan(500);
      expect(response.text).not.toContain('TOP-SECRET');
      expect(leaks(response.text, [base, process.cwd()])).toEqual([]);
    },
  );

  it('has a leak check that recognises what it looks for', () => {
    const error = new TypeError(`ENOENT: no such file, open '${base}/x'`);
    expect(leaks(`${error.stack}`, [base])).toEqual(expect.arrayContaining(['a stack frame', 'an error name', 'an errno code', `the local path ${base}`]));
    expect(leaks('<p>Updated at 12:30:45, see node_modules</p>', [])).toEqual(['node_modules']);
  });

  it('answers a URL longer than Node accepts with a bare 431', async () => {
    const answer = await socketAnswer(server.origin, `GET /${'a'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(leaks(answer, [base, process.cwd()])).toEqual([]);
  });

  it('hides a failure behind a fixed 500 text and logs it instead', async () => {
    logged.length = 0;
    const response = await get('/en/search/?q=odoo');
    expect([response.status, response.text]).toEqual([500, 'Internal server error\n']);
    expect(leaks(response.text, [base])).toEqual([]);
    expect(response.header('x-frame-options')).toBe('DENY');
    expect(logged.join('\n')).toMatch(/GET "\/en\/search\/\?q=odoo" failed: .*ENOENT/);
    // The server keeps serving.
    expect((await get('/')).status).toBe(200);
  });

  it('survives a file removed after it started (a rebuild), failing only that request', async () => {
    logged.length = 0;
    rmSync(join(root, 'robots.txt'));
    await get('/robots.txt').catch(() => undefined);
    expect(logged.join('\n')).toMatch(/GET "\/robots\.txt" failed: .*ENOENT/);
    expect((await get('/')).status).toBe(200);
  });
});
