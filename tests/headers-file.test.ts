import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForPath, HeadersFileError, parseHeadersFile } from '../src/lib/headers-file.ts';

const file = (lines: string[]) => lines.join('\n');

describe('parseHeadersFile', () => {
  it('reads rules with their headers, skipping comments and blank lines', () => {
    const rules = parseHeadersFile(file(['# site-wide', '/*', '  X-Frame-Options: DENY', '', '/_astro/*', '  Cache-Control: public, max-age=1']));
    expect(rules.map((rule) => [rule.pattern, rule.line, rule.headers.map((h) => [h.name, h.value, h.line])])).toEqual([
      ['/*', 2, [['X-Frame-Options', 'DENY', 3]]],
      ['/_astro/*', 5, [['Cache-Control', 'public, max-age=1', 6]]],
    ]);
  });

  it('keeps colons inside values and accepts CRLF line ends and a BOM', () => {
    const rules = parseHeadersFile('\uFEFF/*\r\n  Content-Security-Policy: frame-ancestors https://a.example:8443\r\n');
    expect(rules[0]!.headers[0]).toMatchObject({ name: 'Content-Security-Policy', value: 'frame-ancestors https://a.example:8443' });
  });

  it.each([
    [['  X-A: b'], 1, 'comes before any path pattern'],
    [['/*', '  X-A'], 2, 'expected "Name: value"'],
    [['/*', '  X A: b'], 2, '"X A" is not a valid header name'],
    [['/*', '  X-A:'], 2, 'header "X-A" has no value'],
    [['/*', '  ! X-A'], 2, 'only Cloudflare Pages understands'],
    [['https://a.example/*', '  X-A: b'], 1, 'is an absolute URL'],
    [['*.html', '  X-A: b'], 1, 'expected a path pattern starting with "/"'],
    [['/a b', '  X-A: b'], 1, 'cannot contain spaces'],
    [['/*', '  X-A: b', '/empty'], 3, 'has no headers under it'],
  ])('rejects %j at line %i', (lines, line, message) => {
    const parse = () => parseHeadersFile(file(lines), 'public/_headers');
    expect(parse).toThrow(HeadersFileError);
    expect(parse).toThrow(`public/_headers, line ${line}: `);
    expect(parse).toThrow(message);
  });
});

describe('headersForPath', () => {
  const rules = parseHeadersFile(
    file(['/*', '  X-All: 1', '/_astro/*', '  Cache-Control: immutable', '/crm/:id/', '  X-Vendor: yes', '/exact', '  Link: <a>', '  Link: <b>']),
  );

  it('applies every rule whose pattern matches, in file order', () => {
    expect(headersForPath(rules, '/_astro/app.js')).toEqual([
      ['X-All', '1'],
      ['Cache-Control', 'immutable'],
    ]);
    expect(headersForPath(rules, '/')).toEqual([['X-All', '1']]);
  });

  it('matches * across segments and :name within one segment only', () => {
    expect(headersForPath(rules, '/_astro/deep/er/file.css').map(([name]) => name)).toContain('Cache-Control');
    expect(headersForPath(rules, '/crm/acme/').map(([name]) => name)).toContain('X-Vendor');
    expect(headersForPath(rules, '/crm/acme/extra/').map(([name]) => name)).not.toContain('X-Vendor');
    expect(headersForPath(rules, '/crm//').map(([name]) => name)).not.toContain('X-Vendor');
  });

  it('treats a pattern without wildcards as one exact path, regex characters included', () => {
    const dotted = parseHeadersFile(file(['/a.b', '  X-Dot: 1']));
    expect(headersForPath(dotted, '/a.b')).toEqual([['X-Dot', '1']]);
    expect(headersForPath(dotted, '/aXb')).toEqual([]);
    expect(headersForPath(rules, '/exact/more').map(([name]) => name)).not.toContain('Link');
  });

  it('joins a header repeated within one rule', () => {
    expect(headersForPath(rules, '/exact')).toContainEqual(['Link', '<a>, <b>']);
  });

  it('refuses one header from two rules for the same path, naming both lines', () => {
    const clash = parseHeadersFile(file(['/*', '  Cache-Control: no-cache', '/_astro/*', '  cache-control: immutable']), 'public/_headers');
    expect(headersForPath(clash, '/index.html')).toEqual([['Cache-Control', 'no-cache']]);
    expect(() => headersForPath(clash, '/_astro/a.js', 'public/_headers')).toThrow(
      'public/_headers, line 4: "cache-control" is also set by "/*" (line 1), which matches /_astro/a.js too',
    );
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'), 'public/_headers');

  it('sends the security headers everywhere and caches only /_astro/ for a year', () => {
    const page = new Map(headersForPath(rules, '/en/compare/'));
    for (const name of ['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']) {
      expect(page.has(name), name).toBe(true);
    }
    expect(page.has('Cache-Control')).toBe(false);
    expect(new Map(headersForPath(rules, '/_astro/x.js')).get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });

  it('keeps scripts and styles out of the header policy (the page meta policy holds their hashes)', () => {
    const csp = new Map(headersForPath(rules, '/')).get('Content-Security-Policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/(^|;)\s*(script-src|style-src|default-src)\b/);
  });
});
