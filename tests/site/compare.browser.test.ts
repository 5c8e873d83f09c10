import { expect, it } from 'vitest';
import { meets } from '../../src/lib/compare/filter.ts';
import { featureOf } from '../../src/lib/checklist.ts';
import { describeCondition } from '../../src/i18n/verdict.ts';
import { describeInBrowser } from './browser.ts';
import { expectedDirectory } from './built-site.ts';
import { hostingModes } from '../../src/lib/hosting.ts';

const { listed } = expectedDirectory();
const rowIds = 'tbody tr[data-id]';

describeInBrowser('comparison table', (site) => {
  it('shows only the vendors that meet both requirements after ticking two of them', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/en/compare/'));
    await page.locator('crm-compare[data-ready]').waitFor();
    await page.getByRole('checkbox', { name: 'Proof of consent (log)' }).check();
    await page.getByRole('checkbox', { name: 'Retention rules' }).check();
    const expected = listed
      .filter((v) => meets(featureOf(v.data, 'consentLog').status) && meets(featureOf(v.data, 'retentionRules').status))
      .map((v) => v.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(listed.length);
    expect(await page.locator(rowIds).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id))).toEqual(expected);
    expect(await page.locator('[data-count]').textContent()).toBe(`${expected.length} of ${listed.length} CRM systems shown`);
    expect(page.url()).toContain('need=consentLog&need=retentionRules');
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('retentionRules'));
    expect(await page.getByRole('checkbox', { name: 'Retention rules' }).isChecked()).toBe(false);
    await page.close();
  });

  it('orders the rows by price, cheapest first, unknown prices last, and marks the column', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/compare/'));
    await page.locator('crm-compare[data-ready]').waitFor();
    await page.getByRole('button', { name: 'Sorteer op Prijs vanaf' }).click();
    const prices = await page.locator(rowIds).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.price ?? ''));
    const known = prices.filter((p) => p !== '').map(Number);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(prices.slice(known.length).every((p) => p === '')).toBe(true);
    expect(await page.locator('th[data-sort-key="price"]').getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: 'Sorteer op Prijs vanaf' }).click();
    expect(await page.locator('th[data-sort-key="price"]').getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('opens the side-by-side view for three chosen vendors, restores it on reload, and offers the checklist', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/en/compare/'));
    await page.locator('crm-compare[data-ready]').waitFor();
    const chosen = listed.slice(0, 3);
    for (const vendor of chosen) await page.getByRole('checkbox', { name: `Choose ${vendor.data.name} to compare side by side` }).check();
    await page.getByRole('button', { name: 'Compare the chosen CRM systems' }).click();
    const side = page.locator('[data-side-by-side]');
    await side.waitFor({ state: 'visible' });
    const heads = () => side.locator('thead th').allTextContents();
    expect((await heads()).slice(1).map((h) => h.trim())).toEqual(chosen.map((v) => v.data.name));
    expect(page.url()).toContain(`compare=${chosen.map((v) => v.id).join('%2C')}`);
    await page.reload();
    await side.waitFor({ state: 'visible' });
    expect((await heads()).slice(1).map((h) => h.trim())).toEqual(chosen.map((v) => v.data.name));

    const rowsBefore = await side.locator('tbody tr:not([hidden])').count();
    await page.getByRole('checkbox', { name: 'Hide rows where all are unknown' }).check();
    expect(await side.locator('tbody tr:not([hidden])').count()).toBeLessThan(rowsBefore);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download checklist (CSV)' }).click()]);
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(csv).toContain(chosen[0]!.data.name);
    expect(csv).toContain('Ask the vendor:');
    await page.close();
  });

  it('shows a listed vendor’s conditions in the side-by-side view and in the question list', async () => {
    const conditional = listed.find((v) => v.verdict.qualifying.some((o) => o.conditions.length > 0));
    expect(conditional, 'a listed vendor with a condition').toBeDefined();
    const other = listed.find((v) => v.id !== conditional!.id)!;
    const condition = describeCondition(conditional!.verdict.qualifying.flatMap((o) => o.conditions)[0]!, 'en');
    const page = await site.browser.newPage();
    await page.goto(site.url(`/en/compare/?compare=${conditional!.id},${other.id}`));
    await page.locator('crm-compare[data-ready]').waitFor();
    const side = page.locator('[data-side-by-side]');
    await side.waitFor({ state: 'visible' });
    expect(await side.locator('tr[data-row-offerings]').textContent()).toContain(condition);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download checklist (CSV)' }).click()]);
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(csv).toContain(condition);
    await page.close();
  });

  it('ignores garbage in the URL and writes none of it into the page', async () => {
    const page = await site.browser.newPage();
    const evil = encodeURIComponent('<img src=x id=injected onerror=window.pwned=1>');
    await page.goto(site.url(`/compare/?q=${evil}&need=bogus&compare=nope,${evil},${listed[0]!.id}&sort=<b>&maxPrice=abc`));
    await page.locator('crm-compare[data-ready]').waitFor();
    expect(await page.locator('#injected').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('[data-side-by-side]').isHidden()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe('Vergelijk CRM-systemen');
    await page.close();
  });

  it('has the full table without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/compare/'));
    expect(await page.locator(rowIds).count()).toBe(listed.length);
    expect(await page.locator('table[data-compare-table] caption').isVisible()).toBe(true);
    expect(await page.locator('form[data-filters]').isVisible()).toBe(false);
    // Without scripting the script-only controls take no room either.
    expect(await page.locator('form[data-filters]').boundingBox()).toBeNull();
    await context.close();
  });

  it('keeps the room of the script-only controls while the script loads, so the table does not jump', async () => {
    const page = await site.browser.newPage();
    // The script never arrives: what the reader sees before it has run.
    await page.route('**/_astro/CompareApp*.js', (route) => route.abort());
    await page.goto(site.url('/compare/'));
    const filters = page.locator('[data-filters-disclosure]');
    expect(await filters.isVisible()).toBe(false);
    expect((await filters.boundingBox())?.height).toBeGreaterThan(0);
    await page.close();
  });

  it('works with the keyboard: sort and choose a vendor without a mouse', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/en/compare/'));
    await page.locator('crm-compare[data-ready]').waitFor();
    await page.getByRole('button', { name: 'Sort by CRM system' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-sort-key="name"]').getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-sort-key="storage"]').getAttribute('aria-sort')).toBe('ascending');
    await page.locator('[data-select]').first().focus();
    await page.keyboard.press('Space');
    expect(await page.locator('[data-selected]').textContent()).toBe('1 chosen (choose 2 to 4)');
    await page.close();
  });

  it('filters on who hosts it: vendor-hosted and self-hosted qualifying offerings, apart from each other', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/en/compare/'));
    await page.locator('crm-compare[data-ready]').waitFor();
    const shown = () => page.locator(rowIds).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
    const withMode = (mode: 'vendor' | 'self') => listed.filter((v) => hostingModes(v.verdict.qualifying.map((o) => o.offering)).includes(mode)).map((v) => v.id);
    expect(withMode('vendor').length).toBeGreaterThan(0);
    expect(withMode('self').length).toBeGreaterThan(0);
    const vendorHosted = page.getByRole('checkbox', { name: 'The vendor hosts it in the EU' });
    await vendorHosted.check();
    expect(await shown()).toEqual(withMode('vendor'));
    expect(page.url()).toContain('vendorHosted=1');
    // Each row says so in the buyer's words.
    for (const id of withMode('vendor')) expect(await page.locator(`tr[data-id="${id}"] td[data-column="hosting"]`).textContent()).toContain('Vendor hosts in the EU');
    await vendorHosted.uncheck();
    await page.getByRole('checkbox', { name: 'You host it yourself (own server or hosting partner)' }).check();
    expect(await shown()).toEqual(withMode('self'));
    await page.close();
  });

  it('on a 390 px phone: every row shows, the filters wait in a disclosure, and the first row is at most 15 Tab presses away', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url('/compare/'));
    await page.locator('crm-compare[data-ready]').waitFor();
    expect(await page.locator(rowIds).count()).toBe(listed.length);
    expect(await page.locator('[data-count]').textContent()).toBe(`${listed.length} van ${listed.length} CRM-systemen getoond`);
    expect(await page.locator('[data-filters-disclosure]').getAttribute('open')).toBeNull();
    const inFirstRow = () => page.evaluate(() => Boolean(document.activeElement?.closest('tbody tr:first-child')));
    let presses = 0;
    while (!(await inFirstRow()) && presses < 60) {
      await page.keyboard.press('Tab');
      presses += 1;
      // The skip link is the way a keyboard user takes to the table.
      if (await page.evaluate(() => document.activeElement?.getAttribute('href') === '#compare-rows')) {
        await page.keyboard.press('Enter');
        presses += 1;
      }
    }
    expect(await inFirstRow()).toBe(true);
    expect(presses).toBeLessThanOrEqual(15);
    // One link per row: the vendor's name.
    expect(await page.locator('tbody tr:first-child a').count()).toBe(1);
    await page.close();
  });

  it('on a 390 px phone the selection bar covers no vendor name in the side-by-side view', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const chosen = listed.slice(0, 3).map((v) => v.id);
    await page.goto(site.url(`/compare/?compare=${chosen.join(',')}`));
    const side = page.locator('[data-side-by-side]');
    await side.waitFor({ state: 'visible' });
    const names = side.locator('thead th a');
    expect(await names.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const name = names.nth(i);
      await name.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'end' }));
      for (const scroll of [0, 300, 600]) {
        await page.evaluate((y) => window.scrollBy(0, y), scroll);
        // The first line box of the name: a long name wraps, and the gap between lines is the cell's.
        const box = await name.evaluate((el) => {
          const r = el.getClientRects()[0]!;
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        });
        if (box.y < 0 || box.y + box.height > 844 || box.x < 0 || box.x + box.width / 2 > 390) continue;
        const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('thead th a')?.textContent ?? null, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
        expect(onTop, `vendor name ${i + 1} after scrolling ${scroll}px`).toBe(await name.textContent());
      }
    }
    await page.close();
  });
});
