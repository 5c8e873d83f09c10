import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectSnapshot } from '../../bench/scale.ts';
import { git, tempRepo, type TempRepo } from '../helpers/git.ts';
import { cloud, rawVendor } from '../helpers/vendor.ts';

/**
 * The history on the built site, from a temporary git repository (never this repository's own
 * history, which a CI clone may not have): one vendor file committed in three versions, built
 * with `npm run build` (scripts/build.ts --outDir) in a copy of the project. A second build of a
 * shallow clone of the same content must succeed and say the history is not available.
 */

const correction = {
  date: '2026-03-10',
  wrong: { nl: 'Als opslag stond alleen Duitsland vermeld.', en: 'Storage was given as Germany only.', fr: 'Le stockage était indiqué en Allemagne seulement.' },
  right: { nl: 'Back-ups staan ook in Oostenrijk.', en: 'Backups are also kept in Austria.', fr: 'Les sauvegardes sont aussi conservées en Autriche.' },
  source: ['s'],
};
const file = (data: Record<string, unknown>) => `---\n${stringify(data)}---\n`;
const VERSIONS = [
  // Awaiting evidence: nothing documents where support staff reach the data from.
  { date: '2026-01-10', data: rawVendor({ offerings: [cloud({ support: 'unknown' })] }) },
  // Listed: support access documented.
  { date: '2026-02-10', data: rawVendor({ offerings: [cloud({ support: ['DE'] })] }) },
  // A correction: storage was wrong.
  { date: '2026-03-10', data: rawVendor({ offerings: [cloud({ support: ['DE'], storage: ['DE', 'AT'] })], corrections: [correction] }) },
];

let repo: TempRepo;
let root: string;
let scratch: string;
let site: string;
let shallowSite: string;

function build(contentDir: string, outDir: string) {
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', EVIDENCE_EMAIL: 'evidence@site.example' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`The fixture build failed:\n${run.stdout}\n${run.stderr}`);
  return `${run.stdout}\n${run.stderr}`;
}

const page = (dir: string, path: string): HTMLElement => parse(readFileSync(join(dir, path), 'utf8'));
const entries = (html: HTMLElement) => html.querySelectorAll('#history [data-history-entry]');
const lines = (entry: HTMLElement) => entry.querySelectorAll('ul li').map((li) => li.text.trim());

beforeAll(() => {
  repo = tempRepo();
  for (const { date, data } of VERSIONS) repo.commit({ 'content/vendors/acme-crm.mdx': file(data) }, date);
  // Articles are not tracked; the build needs the folder.
  mkdirSync(join(repo.root, 'content', 'articles'));
  root = projectSnapshot();
  scratch = mkdtempSync(join(tmpdir(), 'history-build-'));
  site = join(scratch, 'site');
  build(join(repo.root, 'content'), site);

  git(scratch, ['clone', '-q', '--depth', '1', `file://${repo.root}`, 'shallow']);
  mkdirSync(join(scratch, 'shallow', 'content', 'articles'));
  shallowSite = join(scratch, 'shallow-site');
  build(join(scratch, 'shallow', 'content'), shallowSite);
});

afterAll(() => {
  repo?.remove();
  if (root) rmSync(root, { recursive: true, force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('a vendor’s history on the built site', () => {
  it('shows the three dated entries, newest first, in the reader’s words', () => {
    const html = page(site, 'en/crm/acme-crm/index.html');
    const [corrected, listed, added] = entries(html);
    expect(entries(html)).toHaveLength(3);
    expect(entries(html).map((e) => e.querySelector('time')!.getAttribute('datetime'))).toEqual(['2026-03-10', '2026-02-10', '2026-01-10']);
    expect(entries(html).map((e) => e.querySelector('time')!.text)).toEqual(['10 March 2026', '10 February 2026', '10 January 2026']);

    expect(corrected!.querySelector('[data-correction-label]')?.text).toBe('Correction');
    expect(lines(corrected!)).toEqual(['Storage (Cloud): from Germany to Germany, Austria']);
    expect(corrected!.querySelector('[data-wrong]')?.text).toBe('Storage was given as Germany only.');
    expect(corrected!.querySelector('[data-right]')?.text).toBe('Backups are also kept in Austria.');

    expect(lines(listed!)).toEqual(['Outcome: from awaiting evidence to listed', 'Support access (Cloud): from unknown to Germany']);
    expect(listed!.querySelector('[data-correction-label]')).toBeNull();
    expect(lines(added!)).toEqual(['Added, outcome: awaiting evidence']);
  });

  it('dates the entries in each page’s language', () => {
    expect(entries(page(site, 'crm/acme-crm/index.html')).map((e) => e.querySelector('time')!.text)).toEqual(['10 maart 2026', '10 februari 2026', '10 januari 2026']);
    expect(lines(entries(page(site, 'fr/crm/acme-crm/index.html'))[1]!)[0]).toBe('Verdict: répertorié (auparavant en attente de preuves)');
  });

  it('lists the outcome change in the changes feed and on the changes page', () => {
    const feed = readFileSync(join(site, 'en', 'changes.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const outcome = items.find((item) => item.includes('<title>Acme CRM: Outcome: from awaiting evidence to listed</title>'));
    expect(outcome, feed).toBeDefined();
    expect(outcome).toContain(`<link>https://eu-crm-guide.example/en/crm/acme-crm/#history-${listedCommit().slice(0, 12)}</link>`);
    expect(outcome).toContain('<category>Outcomes</category>');

    const changes = page(site, 'en/changes/index.html');
    const outcomes = changes.querySelectorAll('[data-changes="outcomes"] > li');
    expect(outcomes.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(['2026-02-10']);
    expect(changes.querySelectorAll('[data-changes="facts"] > li').map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(['2026-03-10', '2026-01-10']);
  });

  it('lists the correction on the corrections page', () => {
    const corrections = page(site, 'en/corrections/index.html').querySelectorAll('[data-corrections] > li');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]!.getAttribute('data-correction')).toBe('acme-crm');
    expect(corrections[0]!.querySelector('time')!.text).toBe('10 March 2026');
    expect(corrections[0]!.querySelector('[data-wrong]')!.text).toBe('Storage was given as Germany only.');
    expect(corrections[0]!.querySelector('[data-right]')!.text).toBe('Backups are also kept in Austria.');
    expect(page(site, 'fr/corrections/index.html').querySelector('[data-right]')!.text).toBe('Les sauvegardes sont aussi conservées en Autriche.');
  });

  it('gives the vendor page an evidence link to the configured address', () => {
    const link = page(site, 'en/crm/acme-crm/index.html').querySelector('[data-evidence-link]')!;
    expect(link.text).toBe('Is something wrong or missing?');
    expect(link.getAttribute('href')).toMatch(/^mailto:evidence@site\.example\?subject=Acme%20CRM%3A%20evidence%20or%20correction/);
  });

  it('builds from a shallow clone and says the history is not available, keeping the corrections', () => {
    const html = page(shallowSite, 'en/crm/acme-crm/index.html');
    const section = html.querySelector('#history')!;
    expect(section.getAttribute('data-history')).toBe('shallow');
    expect(section.querySelector('[data-history-unavailable]')!.text).toBe('The history is not available in this version of the site: it was built without the full git history.');
    expect(section.querySelector('[data-wrong]')!.text).toBe('Storage was given as Germany only.');
    expect(page(shallowSite, 'en/changes/index.html').querySelector('[data-changes-unavailable]')).not.toBeNull();
  });
});

function listedCommit(): string {
  return git(repo.root, ['log', '--format=%H', '--', 'content/vendors/acme-crm.mdx']).trim().split('\n')[1]!;
}
