import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { dictionary } from '../../src/i18n/index.ts';
import { describeInBrowser } from './browser.ts';
import { builtFiles, readBuilt } from './built-site.ts';

/**
 * The "Find my CRM" questionnaire: answers in, the comparison with those filters out. The
 * expected queries are written out by hand, so a change to the mapping fails here.
 */
const nl = dictionary('nl').finder;
const en = dictionary('en').finder;

/** What the comparison page's filter form shows, read from its controls. */
async function compareFilters(page: Page) {
  await page.locator('crm-compare[data-ready]').waitFor();
  const form = page.locator('form[data-filters]');
  return {
    need: (await form.locator('input[name="need"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).sort(),
    lang: await form.locator('select[name="lang"]').inputValue(),
    maxPrice: await form.locator('input[name="maxPrice"]').inputValue(),
    vendorHosted: await form.locator('input[name="vendorHosted"]').isChecked(),
    selfHosted: await form.locator('input[name="selfHosted"]').isChecked(),
  };
}

describeInBrowser('the questionnaire', (site) => {
  const dutchQuery = '?need=consentLog&need=withdrawal&need=doubleOptIn&need=access&need=portability&need=erasure&need=dsarWorkflow&lang=nl&vendorHosted=1';
  const dutchFilters = {
    need: ['access', 'consentLog', 'doubleOptIn', 'dsarWorkflow', 'erasure', 'portability', 'withdrawal'],
    lang: 'nl',
    maxPrice: '',
    vendorHosted: true,
    selfHosted: false,
  };

  it('turns Dutch answers into the comparison’s filters, which a reload keeps', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/find/'));
    await page.locator('crm-finder[data-ready]').waitFor();
    await page.getByRole('checkbox', { name: nl.questions.newsletters.answers.yes }).check();
    await page.getByRole('checkbox', { name: nl.questions.requests.answers.yes }).check();
    await page.getByRole('checkbox', { name: nl.questions.hosting.answers.vendor }).check();
    await page.getByRole('radio', { name: 'Nederlands', exact: true }).check();

    // The summary says what will be required, why, and under which article.
    const summary = page.locator('[data-summary-list] li:not([hidden])');
    expect(await summary.count()).toBe(9);
    expect(await summary.first().textContent()).toBe('Bewijs van toestemming (log) — omdat u nieuwsbrieven of mailings verstuurt — art. 7, lid 1, AVG');
    expect(await page.locator('[data-summary-status]').textContent()).toBe('9 eisen voor de vergelijking');

    await Promise.all([page.waitForURL('**/compare/?**'), page.getByRole('button', { name: nl.submit }).click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/compare/');
    expect(url.search).toBe(dutchQuery);
    expect(await compareFilters(page)).toEqual(dutchFilters);

    await page.reload();
    expect(new URL(page.url()).search).toBe(dutchQuery);
    expect(await compareFilters(page)).toEqual(dutchFilters);
    await page.close();
  });

  it('ticks the parts of an answer together, and leaves out a part the reader unticks', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/find/'));
    await page.locator('crm-finder[data-ready]').waitFor();
    const yes = page.getByRole('checkbox', { name: nl.questions.newsletters.answers.yes });
    await yes.check();
    const parts = page.locator('fieldset[data-question="newsletters"] input[name="need"]');
    expect(await parts.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked))).toEqual([true, true, true]);
    await page.locator('input[name="need"][value="doubleOptIn"]').uncheck();
    expect(await yes.evaluate((box) => (box as HTMLInputElement).indeterminate)).toBe(true);
    await Promise.all([page.waitForURL('**/compare/?**'), page.getByRole('button', { name: nl.submit }).click()]);
    expect(new URL(page.url()).search).toBe('?need=consentLog&need=withdrawal');
    await page.close();
  });

  it('works in English at /en/find/, with budget and self-hosting', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/en/find/'));
    await page.locator('crm-finder[data-ready]').waitFor();
    await page.getByRole('checkbox', { name: en.questions.signups.answers.yes }).check();
    await page.getByRole('checkbox', { name: en.questions.retention.answers.deleteAfterPeriod }).check();
    await page.getByRole('checkbox', { name: en.questions.hosting.answers.self }).check();
    await page.getByRole('radio', { name: 'Up to EUR 25', exact: true }).check();
    await Promise.all([page.waitForURL('**/compare/?**'), page.getByRole('button', { name: en.submit }).click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/compare/');
    expect(url.search).toBe('?need=explicitConsent&need=retentionRules&maxPrice=25&selfHosted=1');
    const expected = { need: ['explicitConsent', 'retentionRules'], lang: '', maxPrice: '25', vendorHosted: false, selfHosted: true };
    expect(await compareFilters(page)).toEqual(expected);
    await page.reload();
    expect(await compareFilters(page)).toEqual(expected);
    await page.close();
  });

  it('lands on the comparison with the same parameters without JavaScript, and says the filters need it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/find/'));
    // Playwright's text engine skips <noscript>, so the line is found by its place.
    const notice = page.locator('form[data-finder-form] > noscript > p');
    expect(await notice.textContent()).toBe(nl.noscript);
    expect(await notice.isVisible()).toBe(true);
    // The one-click box needs the script; without it each part is ticked on its own.
    expect(await page.getByRole('checkbox', { name: nl.questions.newsletters.answers.yes }).count()).toBe(0);
    for (const key of ['consentLog', 'doubleOptIn', 'withdrawal', 'access', 'portability', 'erasure', 'dsarWorkflow']) await page.locator(`input[name="need"][value="${key}"]`).check();
    await page.getByRole('checkbox', { name: nl.questions.hosting.answers.vendor }).check();
    await page.getByRole('radio', { name: 'Nederlands', exact: true }).check();
    await Promise.all([page.waitForURL('**/compare/?**'), page.getByRole('button', { name: nl.submit }).click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/compare/');
    expect(url.searchParams.getAll('need').sort()).toEqual(dutchFilters.need);
    expect(url.searchParams.get('lang')).toBe('nl');
    expect(url.searchParams.get('vendorHosted')).toBe('1');
    expect(url.searchParams.get('selfHosted')).toBeNull();
    expect(url.searchParams.get('maxPrice') ?? '').toBe('');
    await context.close();

    // The address the form built by itself gives the same filters as the canonical one.
    const withScript = await site.browser.newPage();
    await withScript.goto(site.url(`${url.pathname}${url.search}`));
    expect(await compareFilters(withScript)).toEqual(dutchFilters);
    await withScript.close();
  });

  it('is linked from the home page and from every article, in the page’s language', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/en/'));
    await Promise.all([page.waitForURL('**/en/find/'), page.getByRole('link', { name: en.homeCta }).click()]);
    expect(await page.locator('main h1').textContent()).toBe(en.heading);
    await page.close();

    const homes = { 'index.html': '/find/', 'fr/index.html': '/fr/find/' };
    for (const [file, link] of Object.entries(homes)) expect(readBuilt(file), file).toContain(`href="${link}"`);
    const articles = builtFiles().filter((file) => /^(?:(en|fr)\/)?articles\/(?!tags\/)[^/]+\/index\.html$/.test(file));
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) {
      const locale = /^(en|fr)\//.exec(file)?.[1] ?? 'nl';
      expect(readBuilt(file), file).toContain(`href="${locale === 'nl' ? '' : `/${locale}`}/find/"`);
    }
  });
});
