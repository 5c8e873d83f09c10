import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { localeOfPath } from '../../src/i18n/index.ts';
import { describeInBrowser, type Site } from './browser.ts';
import { expectedDirectory } from './built-site.ts';

const { notListed } = expectedDirectory();

/** Pages opened by a test, closed after it even when it fails. */
const opened: Page[] = [];

async function newPage(site: Site): Promise<Page> {
  const page = await site.browser.newPage();
  opened.push(page);
  return page;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close()));
});

interface Found {
  url: string;
  type: string;
}

/** The result links the dialog or the search page shows, once the status says searching is done. */
async function results(page: Page, scope: string): Promise<Found[]> {
  return page.$$eval(`${scope} .search-result`, (items) =>
    items.map((item) => ({ url: item.querySelector('a')!.getAttribute('href')!, type: (item as HTMLElement).dataset.type ?? '' })),
  );
}

/** Opens the header search with `/`, types a query and waits for its results (or "nothing found"). */
async function searchInDialog(site: Site, path: string, query: string): Promise<{ page: Page; found: Found[] }> {
  const page = await newPage(site);
  await page.goto(site.url(path));
  await page.keyboard.press('/');
  const field = page.locator('dialog[open] input[type=search]');
  await field.waitFor();
  await field.fill(query);
  // The status names the query once its results are in.
  await page.locator('dialog [role=status]', { hasText: query }).waitFor();
  return { page, found: await results(page, 'dialog') };
}

/** The search page marks its result list busy while a search runs. */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-search-status]:not(:empty)').waitFor();
  // An empty list has no size, so "attached", not "visible".
  await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached' });
}

/** Loads the search page with a query string and waits for its results. */
async function searchPage(site: Site, path: string): Promise<Page> {
  const page = await newPage(site);
  await page.goto(site.url(path));
  await settled(page);
  return page;
}

interface Probe {
  name: string;
  urls: string[];
  /** Results whose indexed text or title holds the name. */
  mentions: string[];
}

/**
 * Runs in the page, on Pagefind's own API (a string, so the test runner's transform leaves its
 * import() alone). Pagefind also matches parts and stems of words ("HubSpot" finds "GitHub"
 * through "hub", "Insightly" finds "insight"), so it reports what each result holds.
 */
const PROBE = `async (names) => {
  const pagefind = await import('/pagefind/pagefind.js');
  const out = [];
  for (const name of names) {
    const search = await pagefind.search(name);
    const data = await Promise.all(search.results.map((r) => r.data()));
    const word = new RegExp('(?<![\\p{L}\\p{N}])' + name.replace(/[.*+?^\${}()|[\]\\]/g, '\\$&') + '(?![\\p{L}\\p{N}])', 'iu');
    const held = (d) => word.test(d.content) || word.test(d.meta.title ?? '');
    out.push({ name, urls: data.map((d) => d.url), mentions: data.filter(held).map((d) => d.url) });
  }
  return out;
}`;

describeInBrowser('search', (site) => {
  it('finds webCRM on the Dutch site: its Dutch vendor page first, with its type and storage badges', async () => {
    const { page, found } = await searchInDialog(site, '/', 'webCRM');
    expect(found[0]).toEqual({ url: '/crm/webcrm/', type: 'vendor' });
    const badges = await page.locator('dialog .search-result').first().locator('.search-badge').allTextContents();
    expect(badges).toEqual(['CRM-systeem', 'Opslag: Ierland']);
  });

  it('answers an English GDPR query on the English site with English articles and vendor pages', async () => {
    const { page, found } = await searchInDialog(site, '/en/', 'sub-processors');
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((r) => !r.url.startsWith('/en/'))).toEqual([]);
    expect(found.some((r) => r.type === 'article' || r.type === 'vendor')).toBe(true);
  });

  it('keeps only articles when the type filter "article" is applied, and puts it in the URL', async () => {
    const page = await searchPage(site, '/en/search/?q=sub-processors');
    const before = await results(page, '[data-search-results]');
    expect(before.some((r) => r.type === 'vendor')).toBe(true);
    await page.getByRole('radio', { name: 'Articles' }).check();
    await page.waitForURL(/type=article/);
    await settled(page);
    const after = await results(page, '[data-search-results]');
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((r) => r.type !== 'article')).toEqual([]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('sub-processors');
    // The URL restores the same state.
    await page.reload();
    await settled(page);
    expect(await page.getByRole('radio', { name: 'Articles' }).isChecked()).toBe(true);
    expect(await results(page, '[data-search-results]')).toEqual(after);
  });

  /**
   * What a reader types, per language, and the page that must come back in the first three. The
   * index of each language holds only that language's text, so every query is in its own words.
   */
  const QUERIES: { site: string; query: string; page: string }[] = [
    { site: '/', query: 'bewaartermijn', page: '/articles/bewaartermijnen-crm-voorbeeldbeleid/' },
    { site: '/', query: 'verwerkersovereenkomst', page: '/articles/checklist-verwerkersovereenkomst-crm/' },
    { site: '/', query: 'recht op inzage', page: '/articles/verzoek-betrokkene-afhandelen-in-uw-crm/' },
    { site: '/', query: 'grondslag', page: '/articles/zakelijke-prospects-grondslag-crm/' },
    { site: '/', query: 'SuperOffice', page: '/crm/superoffice/' },
    { site: '/', query: 'Lime CRM', page: '/crm/lime-crm/' },
    { site: '/fr/', query: 'durée de conservation', page: '/fr/articles/durees-de-conservation-crm-modele/' },
    { site: '/fr/', query: 'sous-traitant', page: '/fr/articles/checklist-accord-traitement-donnees-crm/' },
    { site: '/fr/', query: "droit d'accès", page: '/fr/articles/demande-personne-concernee-crm-etape-par-etape/' },
    { site: '/fr/', query: 'Twenty', page: '/fr/crm/twenty/' },
    { site: '/en/', query: 'retention policy', page: '/en/articles/crm-retention-policy-template/' },
    { site: '/en/', query: 'data processing agreement', page: '/en/articles/crm-vendor-dpa-checklist/' },
    { site: '/en/', query: 'data subject request', page: '/en/articles/data-subject-request-crm-step-by-step/' },
    { site: '/en/', query: 'Salesforce', page: '/en/crm/salesforce/' },
  ];

  it('finds, for each query in each language, its page among the first three results', async () => {
    const misses: string[] = [];
    for (const { site: path, query, page: expected } of QUERIES) {
      const { found } = await searchInDialog(site, path, query);
      const top = found.slice(0, 3).map((r) => r.url);
      if (!top.includes(expected)) misses.push(`${path} “${query}”: expected ${expected} in ${JSON.stringify(top)}`);
      for (const r of found) if (localeOfPath(r.url) !== localeOfPath(path)) misses.push(`${path} “${query}”: ${r.url} is another language's page`);
    }
    expect(misses).toEqual([]);
  });

  it('says a query has no real match instead of showing pages that only match another word', async () => {
    // Pagefind answers "hubspot" through "h" and "teamleader" through "te"; "retentie" no longer
    // finds anything on the Dutch index, so it gets the plain "nothing found".
    const cases = [
      { path: '/', query: 'hubspot', says: 'Geen pagina bevat “hubspot”' },
      { path: '/', query: 'teamleader', says: 'Geen pagina bevat “teamleader”' },
      { path: '/', query: 'retentie', says: 'Niets gevonden voor “retentie”' },
      { path: '/en/', query: 'hubspot', says: 'No page contains “hubspot”' },
      { path: '/fr/', query: 'hubspot', says: 'Aucune page ne contient «\u00a0hubspot\u00a0»' },
    ];
    for (const { path, query, says } of cases) {
      const { page, found } = await searchInDialog(site, path, query);
      expect(found, `${path} ${query}`).toEqual([]);
      expect(await page.locator('dialog [role=status]').textContent(), `${path} ${query}`).toContain(says);
    }
    // The same on the search page, and a word still being typed keeps its real results.
    const nearest = await searchPage(site, '/search/?q=hubspot');
    expect(await results(nearest, '[data-search-results]')).toEqual([]);
    expect(await nearest.locator('[data-search-status]').textContent()).toContain('Geen pagina bevat');
    const typing = await searchInDialog(site, '/', 'bewaarterm');
    expect(typing.found.length).toBeGreaterThan(0);
  });

  it('says first that a vendor the query names is not listed, and links its entry on the methodology page', async () => {
    const hubspot = notListed.find((vendor) => vendor.id === 'hubspot')!;
    expect(hubspot, 'HubSpot is a vendor file that is not listed').toBeDefined();
    const { page } = await searchInDialog(site, '/', 'hubspot');
    const notice = page.locator('dialog [data-not-listed="hubspot"]');
    expect(await notice.textContent()).toContain(`${hubspot.data.name} staat niet in de gids`);
    // Before the status line and any result.
    expect(await notice.evaluate((el) => Boolean(el.compareDocumentPosition(document.querySelector('dialog [role=status]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    await notice.getByRole('link').click();
    await page.waitForURL('**/methodology/#vendor-hubspot');
    expect(await page.locator('#vendor-hubspot h4').textContent()).toBe(hubspot.data.name);
    // The search page says it too, in English on the English site.
    const english = await searchPage(site, '/en/search/?q=HubSpot');
    expect(await english.locator('[data-not-listed="hubspot"]').textContent()).toContain('is not listed');
    expect(await english.locator('[data-not-listed="hubspot"] a').getAttribute('href')).toBe('/en/methodology/#vendor-hubspot');
  });

  it('returns no vendor page for the name of a vendor that is not listed, in either language', async () => {
    for (const prefix of ['', '/en']) {
      const page = await newPage(site);
      await page.goto(site.url(`${prefix}/search/`));
      const answers = (await page.evaluate(`(${PROBE})(${JSON.stringify(notListed.map((vendor) => vendor.data.name))})`)) as Probe[];
      for (const [i, answer] of answers.entries()) {
        const id = notListed[i]!.id;
        expect(answer.urls.filter((url) => url.includes(`/crm/${id}/`)), answer.name).toEqual([]);
        expect(answer.mentions, answer.name).toEqual([]);
      }
      }
  });

  it('opens by keyboard, moves through results with the arrows and opens one with Enter; loads nothing before', async () => {
    const page = await newPage(site);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(site.url('/methodology/'));
    await page.waitForLoadState('networkidle');
    const searchFiles = () => requests.filter((url) => /\/pagefind\/|\/_astro\/(dialog|results|search)\.|strings\.json/.test(url));
    expect(searchFiles()).toEqual([]);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in de gids' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // The dialog's `close` event, which hands focus back, is a task of its own after the hide.
    await page.waitForFunction(() => document.activeElement === document.body, undefined, { timeout: 2000 });

    await page.keyboard.press('/');
    await dialog.waitFor();
    await page.keyboard.type('webCRM');
    await dialog.locator('[role=status]', { hasText: 'webCRM' }).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/crm/webcrm/');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/crm/webcrm/');
    expect(searchFiles().length).toBeGreaterThan(0);
    const origin = new URL(site.url('/')).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('passes axe (WCAG 2.2 AA) with the dialog open and showing results', async () => {
    // axe is injected as a script, which the page's own CSP would rightly refuse.
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    opened.push(page);
    await page.goto(site.url('/en/'));
    await page.keyboard.press('/');
    await page.locator('dialog[open] input[type=search]').fill('consent');
    await page.locator('dialog [role=status]', { hasText: 'consent' }).waitFor();
    const { violations } = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await context.close();
  });

  it('shows a query with markup as text', async () => {
    const query = '<img src=x onerror="window.__hit=1">"&';
    const page = await searchPage(site, `/search/?q=${encodeURIComponent(query)}`);
    expect(await page.locator('[data-search-page-field]').inputValue()).toBe(query);
    expect(await page.locator('[data-search-status]').textContent()).toContain(query);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __hit?: number }).__hit)).toBeUndefined();
  });
});
