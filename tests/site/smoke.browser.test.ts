import { expect, it } from 'vitest';
import { describeInBrowser } from './browser.ts';

describeInBrowser('site in a browser', (site) => {
  it('opens the English home page from the Dutch one through the language switch', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });
});
