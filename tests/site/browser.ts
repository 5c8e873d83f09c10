import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { startSiteServer } from '../../src/server/site-server.ts';
import { assertBuilt, DIST } from './built-site.ts';

/**
 * Browser tests drive Debian's Chromium (no browser download is possible here). Outside CI a
 * missing Chromium skips them with a loud warning; in CI it fails them.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const available = existsSync(CHROMIUM);

if (!available && !process.env.CI) {
  console.warn(
    `\n${'!'.repeat(72)}\n!! Browser tests SKIPPED: no Chromium at ${CHROMIUM}.\n!! Install it with \`apt-get install chromium\` (CI installs it and fails without it).\n${'!'.repeat(72)}\n`,
  );
}

export interface Site {
  browser: Browser;
  /** Absolute URL of a path on the locally served build. */
  url: (path: string) => string;
}

/**
 * A describe block that serves dist/ with `npm start`'s server (src/server/site-server.ts: the
 * production headers, compression, the 404 page) and opens Chromium once for its tests.
 */
export function describeInBrowser(name: string, body: (site: Site) => void): void {
  const block = available || process.env.CI ? describe : describe.skip;
  block(name, () => {
    const site = {} as Site;
    let stop: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      if (!available) throw new Error(`No Chromium at ${CHROMIUM}: CI must install it (apt-get install chromium).`);
      assertBuilt();
      const server = await startSiteServer({ root: DIST, port: 0 });
      stop = server.close;
      site.url = (path) => new URL(path, server.origin).href;
      site.browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
    });
    afterAll(async () => {
      await site.browser?.close();
      await stop?.();
    });
    body(site);
  });
}
