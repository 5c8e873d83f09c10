import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HOSTILE_TARGETS, leaks, rawRequest } from '../helpers/http.ts';
import { assertBuilt, DIST, readBuilt } from './built-site.ts';
import { describeWithNginx, documentedNginxConfig, localNginxConfig, startNginx, type RunningNginx } from './nginx.ts';
import { contentTypeProblems, expectSearchPagesMarked, headerProblems, SEARCH_PAGES, SEARCH_QUERIES, searchFieldValue, servedFileProblems } from './served-site.ts';

it('docs/hosting.md quotes docs/nginx.conf exactly', () => {
  expect(documentedNginxConfig()).toBe(readFileSync('docs/nginx.conf', 'utf8'));
});

it('adapts only the listen, root and certificate lines for a local run', () => {
  const documented = documentedNginxConfig();
  const local = localNginxConfig(documented, { root: '/tmp/site', ports: { https: 8443, http: 8080 } });
  const removed = documented.split('\n').filter((line) => !local.split('\n').includes(line));
  expect(removed.map((line) => line.trim().split(/\s+/)[0])).toEqual(['listen', 'listen', 'root', 'ssl_certificate', 'ssl_certificate_key', 'listen', 'listen']);
  expect(local).toContain('listen 127.0.0.1:8443;');
  expect(local).toContain('listen 127.0.0.1:8080;');
  expect(() => localNginxConfig(documented.replace('listen 80;', 'listen 8080;'), { root: '/x', ports: { https: 1, http: 2 } })).toThrow('expected 1 "listen 80;" line, found 0');
});

describeWithNginx('Debian nginx with the documented configuration', () => {
  let nginx: RunningNginx;
  let root: string;

  beforeAll(async () => {
    assertBuilt();
    // dist/ as it is, through links, plus two files of types the build has none of today.
    root = mkdtempSync(join(tmpdir(), 'nginx-root-'));
    for (const name of readdirSync(DIST)) symlinkSync(resolve(DIST, name), join(root, name));
    writeFileSync(join(root, 'type-probe.wasm'), '\0asm\u0001\0\0\0');
    writeFileSync(join(root, 'type-probe.woff2'), 'wOF2');
    nginx = await startNginx(root);
  });

  afterAll(async () => {
    await nginx?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('starts without warnings', () => {
    expect(nginx.warnings).toEqual([]);
  });

  it('serves every built file with status 200, its content type and the headers of public/_headers', async () => {
    expect(await servedFileProblems(nginx.origin)).toEqual([]);
  });

  it('serves WebAssembly and WOFF2 with their own types, keeping the rest of the MIME map', async () => {
    for (const path of ['/type-probe.wasm', '/type-probe.woff2']) {
      const response = await rawRequest(nginx.origin, path);
      expect([path, response.status]).toEqual([path, 200]);
      expect(contentTypeProblems(path, response.header('content-type'))).toEqual([]);
    }
  });

  it('says "nginx" in Server, without its version', async () => {
    expect((await rawRequest(nginx.origin, '/')).header('server')).toBe('nginx');
    expect((await rawRequest(nginx.origin, '/does-not-exist/')).header('server')).toBe('nginx');
  });

  it('compresses pages, styles and scripts', async () => {
    const css = readdirSync(join(DIST, '_astro')).find((file) => file.endsWith('.css'))!;
    for (const path of ['/', `/_astro/${css}`, '/pagefind/pagefind.js']) {
      const response = await rawRequest(nginx.origin, path, { headers: { 'accept-encoding': 'gzip' } });
      expect([path, response.header('content-encoding')]).toEqual([path, 'gzip']);
    }
  });

  it('answers unknown paths and internal locations with the site 404 page, status 404 and the headers', async () => {
    for (const path of ['/does-not-exist/', '/en/crm/no-such-vendor/', '/_headers', '/_search-query/form?q=x', '/_search-query/text/x']) {
      const response = await rawRequest(nginx.origin, path);
      expect([path, response.status, response.header('content-type')]).toEqual([path, 404, 'text/html; charset=utf-8']);
      expect(response.text).toBe(readBuilt('404.html'));
      expect(headerProblems(path.split('?')[0]!, response.header)).toEqual([]);
    }
  });

  it('redirects a directory without its slash on the site, and plain HTTP to HTTPS', async () => {
    const slash = await rawRequest(nginx.origin, '/about?x=1');
    expect([slash.status, slash.header('location')]).toEqual([301, '/about/?x=1']);
    const http = await rawRequest(nginx.redirectOrigin, '/en/compare/?need=consentLog', { headers: { host: 'eu-crm-guide.example' } });
    expect([http.status, http.header('location'), http.header('server')]).toEqual([301, 'https://eu-crm-guide.example/en/compare/?need=consentLog', 'nginx']);
  });

  it.each(HOSTILE_TARGETS.map((target) => [target.length > 60 ? `${target.slice(0, 40)}… (${target.length} characters)` : target, target]))(
    'answers %s without a server error or a local path',
    async (_label, target) => {
      const response = await rawRequest(nginx.origin, target);
      expect(response.status).toBeLessThan(500);
      expect(leaks(response.text, [process.cwd(), root])).toEqual([]);
    },
  );

  it('puts ?q= into the search field of every search page, decoded and HTML-escaped', async () => {
    expectSearchPagesMarked();
    for (const path of SEARCH_PAGES) {
      for (const { search, value } of SEARCH_QUERIES) {
        const response = await rawRequest(nginx.origin, `${path}${search}`);
        expect([path + search, response.status, searchFieldValue(response.text)]).toEqual([path + search, 200, value]);
        expect(response.text).not.toContain('<img src=x');
        expect(headerProblems(path, response.header)).toEqual([]);
      }
      // The page stays whole: nothing of the SSI commands is left in it.
      const page = await rawRequest(nginx.origin, `${path}?q=odoo`);
      expect(page.text).not.toContain('<!--#');
      expect(page.text.length).toBeGreaterThan(readBuilt(`${path.slice(1)}index.html`).length);
    }
  });

  it('leaves the field empty for a query without text or one nginx will not decode, and never shows the SSI error text', async () => {
    for (const search of ['', '?q=', '?type=article', '?q=a%2F..%2Fb', '?q=%2E%2E', '?q=%00x']) {
      const response = await rawRequest(nginx.origin, `/search/${search}`);
      expect([search, response.status, searchFieldValue(response.text)]).toEqual([search, 200, '']);
      expect(response.text).not.toContain('an error occurred while processing the directive');
      expect(response.text.trimEnd().endsWith('</html>'), search).toBe(true);
    }
  });

  it('serves the whole page for the longest query nginx accepts (a failing subrequest would cut it short)', async () => {
    const query = 'a'.repeat(7_500);
    const response = await rawRequest(nginx.origin, `/en/search/?q=${query}`);
    expect(response.status).toBe(200);
    expect(searchFieldValue(response.text)).toBe(query);
    expect(response.text.trimEnd().endsWith('</html>')).toBe(true);
  });
});
