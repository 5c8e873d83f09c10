import { expect, it } from 'vitest';
import { describeInBrowser } from './browser.ts';
import { pagesToCheck } from './pages.ts';

/** From 320 px wide: only tables scroll sideways, inside their own box; the page never does. */
describeInBrowser('layout at 320 px', (site) => {
  it('no page is wider than a 320 px screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const tooWide: string[] = [];
    for (const target of pagesToCheck()) {
      await page.goto(site.url(target.path));
      await page.waitForLoadState('networkidle');
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) tooWide.push(`${target.path}: ${scrollWidth}px`);
    }
    expect(tooWide).toEqual([]);
    await context.close();
  });
});
