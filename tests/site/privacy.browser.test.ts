import { expect, it } from 'vitest';
import { describeInBrowser } from './browser.ts';
import { pagesToCheck } from './pages.ts';

/** The site practises what it preaches: nothing leaves the origin, nothing is stored. */
describeInBrowser('no third parties, no cookies, no CSP violations', (site) => {
  for (const target of pagesToCheck()) {
    it(`${target.name} (${target.path})`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const origin = new URL(site.url('/')).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
      });
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(site.url(target.path));
      if (target.interact === 'compare') {
        await page.locator('crm-compare[data-ready]').waitFor();
        await page.locator('input[name="need"]').nth(2).check();
      }
      if (target.interact === 'search') await page.waitForLoadState('networkidle');
      await page.waitForLoadState('networkidle');

      expect(foreign, 'requests to other origins').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length]), 'web storage').toEqual([0, 0]);
      expect(violations, 'CSP violations').toEqual([]);
      await context.close();
    });
  }
});
