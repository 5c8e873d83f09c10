import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteHandler, startSiteServer, type RunningServer } from '../../src/server/site-server.ts';
import { HOSTILE_TARGETS, leaks, rawRequest } from '../helpers/http.ts';
import { assertBuilt, readBuilt } from './built-site.ts';
import { makeTestCertificate, observatoryScan, type TestCertificate } from './observatory.ts';
import { expectedHeaders, expectSearchPagesMarked, headerProblems, SEARCH_PAGES, SEARCH_QUERIES, searchFieldValue, servedFileProblems } from './served-site.ts';

/** `npm start`'s server (src/server/site-server.ts) on the real build. */
let server: RunningServer;

beforeAll(async () => {
  assertBuilt();
  server = await startSiteServer({ root: 'dist', port: 0 });
});

afterAll(async () => {
  await server?.close();
});

describe('npm start serves dist/ as production does', () => {
  it('serves the _headers file the build copied from public/', () => {
    expect(readBuilt('_headers')).toBe(readFileSync('public/_headers', 'utf8'));
  });

  it('serves every built file with status 200, its content type and the headers of public/_headers', async () => {
    expect(await servedFileProblems(server.origin)).toEqual([]);
  });

  it('answers unknown paths with the site 404 page, status 404 and the headers', async () => {
    for (const path of ['/does-not-exist/', '/en/crm/no-such-vendor/', '/_headers', '/pagefind/nope.pf_meta']) {
      const response = await rawRequest(server.origin, path);
      expect([path, response.status, response.header('content-type')]).toEqual([path, 404, 'text/html; charset=utf-8']);
      expect(response.text).toBe(readBuilt('404.html'));
      expect(headerProblems(path, response.header)).toEqual([]);
    }
  });

  it('compresses pages and scripts', async () => {
    const page = await rawRequest(server.origin, '/', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.header('content-encoding')).toBe('br');
    expect(page.text).toBe(readBuilt('index.html'));
  });

  it.each(HOSTILE_TARGETS.map((target) => [target.length > 60 ? `${target.slice(0, 40)}… (${target.length} characters)` : target, target]))(
    'answers %s without a server error, a stack trace or a local path',
    async (_label, target) => {
      const response = await rawRequest(server.origin, target);
      expect(response.status).toBeLessThan(500);
      expect(leaks(response.text, [process.cwd(), resolve('dist')])).toEqual([]);
    },
  );

  it('puts ?q= into the search field of every search page, HTML-escaped', async () => {
    expectSearchPagesMarked();
    for (const path of SEARCH_PAGES) {
      for (const { search, value } of SEARCH_QUERIES) {
        const response = await rawRequest(server.origin, `${path}${search}`);
        expect([path + search, response.status, searchFieldValue(response.text)]).toEqual([path + search, 200, value]);
        expect(response.text).not.toContain('<img src=x');
        expect(headerProblems(path, response.header)).toEqual([]);
      }
    }
  });
});

describe('the MDN HTTP Observatory', () => {
  let tls: TestCertificate;
  let https: Server;

  beforeAll(async () => {
    tls = makeTestCertificate();
    // The same handler as `npm start`, behind TLS, as a host would put it.
    https = createServer({ key: tls.key, cert: tls.cert }, createSiteHandler({ root: 'dist' }));
    await new Promise<void>((done) => https.listen(0, '127.0.0.1', done));
  });

  afterAll(async () => {
    https?.closeAllConnections();
    await new Promise((done) => https?.close(done));
    tls?.remove();
  });

  it('grades what the server sends A+', async () => {
    const { port } = https.address() as AddressInfo;
    const { scan, tests } = await observatoryScan(`127.0.0.1:${port}`, tls.caFile);
    const summary = Object.entries(tests).map(([name, test]) => `${test.pass ? 'pass' : 'FAIL'} ${name}: ${test.result} (${test.scoreModifier >= 0 ? '+' : ''}${test.scoreModifier})`);
    console.log(`MDN HTTP Observatory: ${scan.grade}, score ${scan.score}, ${scan.testsPassed}/${scan.testsQuantity} tests passed\n  ${summary.join('\n  ')}`);
    expect(summary.filter((line) => line.startsWith('FAIL'))).toEqual([]);
    // HSTS counted (it needs verified HTTPS); the test server has no plain HTTP port, so the
    // redirect test finds nothing to redirect, which it passes at the same score as a redirect.
    expect(tests['strict-transport-security']!.result).toBe('hsts-implemented-max-age-at-least-six-months');
    expect(expectedHeaders('/').map(([name]) => name)).toContain('Strict-Transport-Security');
    expect(scan.grade).toBe('A+');
  });
});
