import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeInBrowser } from './browser.ts';
import { DIST } from './built-site.ts';
import { describeWithNginx, startNginx, type RunningNginx } from './nginx.ts';
import { SEARCH_PAGES } from './served-site.ts';

const HOSTILE = '"><img src=x onerror=alert(1)>';

/** The search page's query in its field without JavaScript, on one server. */
function searchWithoutJavaScript(browser: () => Browser, url: (path: string) => string): void {
  const withoutScript = async () => (await browser().newContext({ javaScriptEnabled: false })).newPage();

  it.each(SEARCH_PAGES)('%s?q=odoo shows odoo in the field', async (path) => {
    const page = await withoutScript();
    await page.goto(url(`${path}?q=odoo`));
    expect(await page.inputValue('#search-page-field')).toBe('odoo');
    await page.context().close();
  });

  it('keeps what the visitor typed after submitting the form', async () => {
    const page = await withoutScript();
    await page.goto(url('/en/search/'));
    await page.fill('#search-page-field', 'odoo crm');
    await Promise.all([page.waitForURL(/[?&]q=odoo\+crm/), page.press('#search-page-field', 'Enter')]);
    expect(await page.inputValue('#search-page-field')).toBe('odoo crm');
    await page.context().close();
  });

  it('shows a hostile query as text, adding nothing to the page', async () => {
    const page = await withoutScript();
    await page.goto(url(`/fr/search/?q=${encodeURIComponent(HOSTILE)}`));
    expect(await page.inputValue('#search-page-field')).toBe(HOSTILE);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('#search-page-field').getAttribute('onerror')).toBeNull();
    await page.context().close();
  });

  it('shows the same hostile query with JavaScript on, without running it', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url(`/search/?q=${encodeURIComponent(HOSTILE)}`));
    await page.locator('[data-search-status]:not(:empty)').waitFor();
    expect(await page.inputValue('#search-page-field')).toBe(HOSTILE);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
}

describeInBrowser('search without JavaScript', (site) => {
  describe('on npm start', () => searchWithoutJavaScript(() => site.browser, (path) => site.url(path)));

  describeWithNginx('on nginx with the documented configuration', () => {
    let nginx: RunningNginx;
    beforeAll(async () => {
      nginx = await startNginx(DIST);
    });
    afterAll(async () => {
      await nginx?.stop();
    });
    searchWithoutJavaScript(
      () => site.browser,
      (path) => new URL(path, nginx.origin).href,
    );
  });
});
