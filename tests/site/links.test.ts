import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtFiles, DIST, readBuilt } from './built-site.ts';

const SITE = new URL(process.env.SITE_URL || 'https://eu-crm-guide.example');

/** The file in dist/ that serves a site path, or undefined. */
function fileFor(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.map((c) => join(DIST, c)).find((file) => existsSync(file) && statSync(file).isFile());
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    found = new Set(parse(readBuilt(file.slice(DIST.length + 1))).querySelectorAll('[id]').map((el) => el.id));
    ids.set(file, found);
  }
  return found;
}

interface Link {
  from: string;
  href: string;
}

/** Checks one link; returns a problem or undefined. */
function check({ from, href }: Link): string | undefined {
  if (href.startsWith('mailto:')) return /^mailto:[^@\s]+@[^@\s]+$/.test(href) ? undefined : `${from}: bad mailto ${href}`;
  const pageUrl = new URL(`/${from.replace(/index\.html$/, '')}`, SITE);
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return `${from}: not a URL: ${href}`;
  }
  if (url.origin !== SITE.origin) return url.protocol === 'https:' ? undefined : `${from}: external link is not https: ${href}`;
  const file = fileFor(url.pathname);
  if (!file) return `${from}: broken internal link ${href}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) return `${from}: no #${fragment} in ${url.pathname}`;
  return undefined;
}

describe('links in the built site', () => {
  const links: Link[] = [];
  beforeAll(() => {
    assertBuilt();
    for (const file of builtFiles().filter((f) => f.endsWith('.html'))) {
      const root: HTMLElement = parse(readBuilt(file));
      for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        links.push({ from: file, href: el.getAttribute('href') ?? el.getAttribute('src')! });
      }
    }
  });

  it('every internal link, asset and anchor resolves, and every external link is https', () => {
    expect(links.length).toBeGreaterThan(500);
    const problems = [...new Set(links.map(check).filter(Boolean))];
    expect(problems.slice(0, 30), `${problems.length} broken links`).toEqual([]);
  });

  it('every hreflang alternate points at a built page', () => {
    const alternates = links.filter((l) => l.href.startsWith(SITE.origin));
    expect(alternates.length).toBeGreaterThan(50);
    expect(alternates.map(check).filter(Boolean)).toEqual([]);
  });

  it('every URL in the sitemap is a built page', () => {
    const sitemap = readBuilt('sitemap.xml');
    const urls = [...sitemap.matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(20);
    const missing = urls.filter((u) => !fileFor(new URL(u).pathname));
    expect(missing).toEqual([]);
  });

  it('catches a broken link and a missing anchor (the checker itself can fail)', () => {
    expect(check({ from: 'index.html', href: '/no-such-page/' })).toContain('broken internal link');
    expect(check({ from: 'index.html', href: '/methodology/#no-such-anchor' })).toContain('no #no-such-anchor');
    expect(check({ from: 'index.html', href: 'http://example.org/' })).toContain('not https');
  });
});
