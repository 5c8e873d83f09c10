import { existsSync } from 'node:fs';
import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { assertBuilt } from './built-site.ts';

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

/** A describe block that serves dist/ with `astro preview` and opens Chromium once for its tests. */
export function describeInBrowser(name: string, body: (site: Site) => void): void {
  const block = available || process.env.CI ? describe : describe.skip;
  block(name, () => {
    const site = {} as Site;
    let stop: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      if (!available) throw new Error(`No Chromium at ${CHROMIUM}: CI must install it (apt-get install chromium).`);
      assertBuilt();
      const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
      stop = () => server.stop();
      const base = `http://127.0.0.1:${server.port}`;
      site.url = (path) => new URL(path, base).href;
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
