import AxeBuilder from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { describeInBrowser } from './browser.ts';
import { pagesToCheck } from './pages.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describeInBrowser('accessibility (axe-core, WCAG 2.2 A and AA)', (site) => {
  for (const target of pagesToCheck()) {
    it(`${target.name} (${target.path})`, async () => {
      // axe is injected as a script, which the page's own CSP would rightly refuse.
      const context = await site.browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(site.url(target.path));
      if (target.interact === 'compare') await page.locator('crm-compare[data-ready]').waitFor();
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
      expect(summary, `accessibility violations on ${target.path}`).toEqual([]);
      await context.close();
    });
  }
});
