import { MAX_COMPARE, MIN_COMPARE } from './compare/state.ts';
import { isStale, STALE_AFTER_MONTHS } from './freshness.ts';
import type { Vendor } from './schema/vendor.ts';

/**
 * Rules the schema cannot express, each a small named check over data that already passed the
 * schema. A check returns findings with a path into the frontmatter (or a line in the body) and a
 * message for the editor; the content check adds file and line. Errors stop the build, warnings
 * are printed for the editors' to-do list.
 */

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Where in the frontmatter, e.g. ['openSource', 'status']; empty for the file as a whole. */
  at: (string | number)[];
  message: string;
  severity: Severity;
  /** A line in the file's body, for findings outside the frontmatter (MDX components). */
  bodyLine?: number;
}

type Path = (string | number)[];

/** What a fact-like object claims, or undefined when it claims nothing (unknown). */
function claimOf(node: Record<string, unknown>, path: Path): { key: string; value: unknown } | undefined {
  if ('status' in node && node.status !== 'unknown') return { key: 'status', value: node.status };
  if ('licence' in node && node.licence !== undefined) return { key: 'licence', value: node.licence };
  // A list of objects (what self-hosted software sends) claims nothing itself: each item carries its own source.
  const itemised = Array.isArray(node.value) && node.value.length > 0 && node.value.every((item) => item !== null && typeof item === 'object');
  if ('value' in node && node.value !== 'unknown' && !itemised) return { key: 'value', value: node.value };
  if ('locations' in node && node.locations !== 'not-documented') return { key: 'locations', value: node.locations };
  if ('countries' in node && node.countries !== 'unknown') return { key: 'countries', value: node.countries };
  // A further certification is a claim by being listed.
  if (path.at(-2) === 'otherCertifications' && 'name' in node) return { key: 'name', value: node.name };
  return undefined;
}

function hasSource(node: Record<string, unknown>): boolean {
  return Array.isArray(node.source) && node.source.length > 0;
}

/** Children whose claims the parent's source covers: a list page documents its entries, a statement its exceptions and switches. */
const COVERED_BY_PARENT = new Set(['entries', 'exceptions', 'switchOff']);

/**
 * Error for every fact that claims something (a status, value, licence, sub-processor location or
 * certification other than `unknown`) without naming a source. A sub-processor entry is covered by
 * the source of its `subProcessors` block, since one list page usually documents them all.
 */
export function unsourcedFacts(vendor: Vendor): Finding[] {
  const findings: Finding[] = [];
  const walk = (node: unknown, path: Path, covered: boolean) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...path, i], covered));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const sourced = hasSource(record);
    const claim = claimOf(record, path);
    if (claim && !sourced && !covered) {
      findings.push({
        at: [...path, claim.key],
        severity: 'error',
        message:
          `${JSON.stringify(claim.value)} is a fact without a source: add \`source: [id]\` naming an entry of \`sources\` that shows it, ` +
          'or set it to `unknown` and say in `note` what you found.',
      });
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === 'source' || key === 'sources' || key === 'note') continue;
      walk(child, [...path, key], covered || (sourced && COVERED_BY_PARENT.has(key)));
    }
  };
  walk(vendor, [], false);
  return findings;
}

/** Strings an editor must still replace; the scaffolds write them. */
export const PLACEHOLDER = 'TODO';

/**
 * A rule that looks at every text (and every YAML date) of a frontmatter. The rules of this kind
 * share one walk over the data (`frontmatterRules`), which matters at a thousand vendor files;
 * `path` is the walk's own stack, to be copied only for a finding.
 */
type TextRule = (value: string | Date, path: readonly (string | number)[], data: unknown) => Finding | undefined;

function walkTexts(data: unknown, rules: readonly TextRule[]): Finding[] {
  const findings: Finding[] = [];
  const path: (string | number)[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string' || node instanceof Date) {
      for (const rule of rules) {
        const finding = rule(node, path, data);
        if (finding) findings.push(finding);
      }
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        path.push(key);
        walk((node as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(data);
  return findings;
}

const placeholderRule: TextRule = (value, path) =>
  typeof value === 'string' && value.includes(PLACEHOLDER)
    ? { at: [...path], severity: 'error', message: `Replace the placeholder ${JSON.stringify(value)} with the real value.` }
    : undefined;

/** Error for every frontmatter string that still holds a scaffold placeholder. */
export function placeholders(data: unknown): Finding[] {
  return walkTexts(data, [placeholderRule]);
}

/** `https://www.Acme.example/` and `http://acme.example` are the same website. */
export function normalizeWebsite(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/gi, '').toLowerCase();
}

interface NamedVendor {
  id: string;
  data: Pick<Vendor, 'name' | 'website'>;
}

/** Error on each vendor whose name or website another vendor file already uses. */
export function duplicateVendors(vendors: readonly NamedVendor[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const add = (id: string, finding: Finding) => out.set(id, [...(out.get(id) ?? []), finding]);
  const fields = [
    { key: 'name', normalize: (v: NamedVendor) => normalizeName(v.data.name) },
    { key: 'website', normalize: (v: NamedVendor) => normalizeWebsite(v.data.website) },
  ] as const;
  for (const { key, normalize } of fields) {
    const byValue = new Map<string, string[]>();
    for (const vendor of vendors) byValue.set(normalize(vendor), [...(byValue.get(normalize(vendor)) ?? []), vendor.id]);
    for (const vendor of vendors) {
      const others = byValue.get(normalize(vendor))!.filter((id) => id !== vendor.id);
      if (others.length === 0) continue;
      add(vendor.id, {
        at: [key],
        severity: 'error',
        message: `The same ${key} as ${others.map((id) => `${id}.mdx`).join(', ')}: one vendor, one file. Merge the files, or make the ${key} tell them apart.`,
      });
    }
  }
  return out;
}

interface TranslatedArticle {
  id: string;
  data: { lang: string; translations: readonly string[] };
}

/**
 * Errors when an article's `translations` do not form one group: each id must name an article in
 * another language, at most one per language, and that article must list this one back. Ids that
 * name no article are reported by the reference check.
 */
export function translationMismatches(articles: readonly TranslatedArticle[]): Map<string, Finding[]> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out = new Map<string, Finding[]>();
  for (const article of articles) {
    const findings: Finding[] = [];
    const languages = new Map<string, string>();
    article.data.translations.forEach((id, i) => {
      const other = byId.get(id);
      if (!other) return;
      const at = ['translations', i];
      let message: string | undefined;
      if (other.id === article.id) message = 'An article cannot be its own translation.';
      else if (other.data.lang === article.data.lang) message = `"${other.id}" is also written in ${other.data.lang}; \`translations\` names the same article in other languages.`;
      else if (languages.has(other.data.lang)) message = `"${other.id}" and "${languages.get(other.data.lang)}" are both in ${other.data.lang}: name one article per language.`;
      else if (!other.data.translations.includes(article.id)) {
        message = `"${other.id}" does not list this article: add ${article.id} to its \`translations\`, so the versions point at each other.`;
      }
      languages.set(other.data.lang, other.id);
      if (message) findings.push({ at, severity: 'error', message });
    });
    if (findings.length > 0) out.set(article.id, findings);
  }
  return out;
}

/** Warning when the facts were last verified more than twelve months before `today`. */
export function staleVendor(vendor: Pick<Vendor, 'lastVerified'>, today: Date): Finding[] {
  if (!isStale(vendor.lastVerified, today)) return [];
  return [
    {
      at: ['lastVerified'],
      severity: 'warning',
      message: `Last verified ${vendor.lastVerified}, more than ${STALE_AFTER_MONTHS} months ago: check the sources again and update \`lastVerified\` (the page shows a stale notice until then).`,
    },
  ];
}

/** The MDX components that take vendor ids, and the attribute that holds them. */
export const VENDOR_COMPONENTS = {
  VendorCard: 'vendor',
  VendorChecklist: 'vendor',
  CompareLink: 'vendors',
} as const;

export interface VendorReference {
  component: keyof typeof VENDOR_COMPONENTS;
  /** Empty when the attribute is missing or not a plain string. */
  ids: string[];
  /** Line in the whole file, counting the frontmatter. */
  line: number;
  problem?: string;
}

/** Blanks out code blocks and MDX comments, keeping line breaks, so examples are not checked. */
function withoutCodeAndComments(body: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/\{\/\*[\s\S]*?\*\/\}/g, blank).replace(/`[^`\n]*`/g, blank);
}

/**
 * The vendor ids used by the MDX components in an article body. `firstLine` is the file line the
 * body starts on. Ids must be plain quoted strings (`vendor="teamleader"`,
 * `vendors="teamleader,odoo"`) so they can be checked before the build.
 */
export function vendorReferences(body: string, firstLine = 1): VendorReference[] {
  const text = withoutCodeAndComments(body);
  const names = Object.keys(VENDOR_COMPONENTS).join('|');
  const refs: VendorReference[] = [];
  for (const match of text.matchAll(new RegExp(`<(${names})\\b((?:[^>"'{]|"[^"]*"|'[^']*'|\\{[^}]*\\})*)>`, 'g'))) {
    const component = match[1] as keyof typeof VENDOR_COMPONENTS;
    const attribute = VENDOR_COMPONENTS[component];
    const line = firstLine + text.slice(0, match.index).split('\n').length - 1;
    const attr = new RegExp(`(?:^|\\s)${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|(\\{))`).exec(match[2] ?? '');
    if (!attr) {
      refs.push({ component, ids: [], line, problem: `<${component}> needs \`${attribute}="…"\` with ${attribute === 'vendor' ? 'a vendor id' : 'vendor ids separated by commas'}.` });
    } else if (attr[3]) {
      refs.push({ component, ids: [], line, problem: `Write \`${attribute}\` of <${component}> as a plain quoted string, e.g. ${attribute}="teamleader", so the content check can verify it.` });
    } else {
      const ids = (attr[1] ?? attr[2] ?? '').split(',').map((id) => id.trim()).filter(Boolean);
      const problem =
        ids.length === 0
          ? `<${component}> has an empty \`${attribute}\`.`
          : component === 'CompareLink' && (ids.length < MIN_COMPARE || ids.length > MAX_COMPARE)
            ? `<CompareLink> compares ${MIN_COMPARE} to ${MAX_COMPARE} vendors, got ${ids.length}.`
            : undefined;
      refs.push({ component, ids, line, ...(problem ? { problem } : {}) });
    }
  }
  return refs;
}

/** Why an article may not name a vendor id: it does not exist, or the rule does not list it. */
export function vendorIdProblem(id: string, known: ReadonlySet<string>, listed: ReadonlySet<string>): string | undefined {
  if (!known.has(id)) return `No vendor with id "${id}": expected the file name of a file in src/content/vendors (without .mdx).`;
  if (!listed.has(id)) {
    return `Vendor "${id}" is not listed (the eligibility rule finds it awaiting evidence or excluded), so the site has no page or card for it: remove the reference (\`npm run build\` and the methodology page say why).`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Rules on dates, sizes, prices and addresses, for any frontmatter.

/** The editors work in Belgium and the Netherlands: "today" is the date there, also on a build server in UTC. */
export const EDITORIAL_TIME_ZONE = 'Europe/Brussels';

/** Today's date (YYYY-MM-DD) where the editors are. */
let editorialFormat: Intl.DateTimeFormat | undefined;

export function editorialDate(now: Date): string {
  // Creating the format costs more than the rest of a file's rules; make it once.
  editorialFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: EDITORIAL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = editorialFormat.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The date fields that record something that happened, and what each records. */
export const PAST_DATES = {
  lastVerified: 'the day you checked the sources',
  accessed: 'the day you opened the page',
  publishDate: 'the day the article went online; keep an article for later as `draft: true`',
  updatedDate: 'the day the article last changed; keep an article for later as `draft: true`',
  date: 'the day the correction was made',
} as const;

function futureDateRule(today: Date): TextRule {
  const limit = editorialDate(today);
  return (raw, path, data) => {
    const key = path[path.length - 1];
    if (typeof key !== 'string' || !(key in PAST_DATES)) return undefined;
    // Unvalidated frontmatter holds the Date objects YAML makes of dates.
    const value = raw instanceof Date ? (Number.isNaN(raw.valueOf()) ? '' : raw.toISOString().slice(0, 10)) : raw;
    if (value <= limit) return undefined;
    const draft = path.length === 1 && data !== null && typeof data === 'object' && (data as { draft?: unknown }).draft === true;
    if (draft) return undefined;
    return { at: [...path], severity: 'error', message: `${value} is later than today (${limit}): write ${PAST_DATES[key as keyof typeof PAST_DATES]}.` };
  };
}

/**
 * Error for a date later than today: a vendor "last verified on 1 January 2099" would never turn
 * stale, and a page "accessed" next year was not read. Drafts may carry their planned dates.
 */
export function futureDates(data: unknown, today: Date): Finding[] {
  return walkTexts(data, [futureDateRule(today)]);
}

/**
 * Most characters a text may have, by the field it is in. Every limit is more than twice the
 * longest text in src/content when it was set (description 590, note 1,328, name 87, title 125,
 * address 186, any other text 232), so only a mistake reaches one: every character ends up on a
 * page, in the search index and in the open data.
 */
export const TEXT_LIMITS = {
  name: 200,
  title: 300,
  description: 1_500,
  note: 3_000,
  address: 2_000,
  other: 1_000,
} as const;

const ADDRESS_FIELDS = new Set(['url', 'website', 'listUrl', 'dpaUrl']);

function textKind(path: readonly (string | number)[]): keyof typeof TEXT_LIMITS {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string' && !/^[a-z]{2}$/.test(k));
  if (key === 'name' || key === 'title' || key === 'description' || key === 'note') return key;
  return key !== undefined && ADDRESS_FIELDS.has(key) ? 'address' : 'other';
}

const SHORTEST_LIMIT = Math.min(...Object.values(TEXT_LIMITS));

const textLengthRule: TextRule = (value, path) => {
  if (typeof value !== 'string' || value.length <= SHORTEST_LIMIT) return undefined;
  const kind = textKind(path);
  const limit = TEXT_LIMITS[kind];
  if (value.length <= limit) return undefined;
  const what = kind === 'other' ? 'A text here' : kind === 'address' ? 'An address' : `A ${kind}`;
  return {
    at: [...path],
    severity: 'error',
    message: `${what} has at most ${limit.toLocaleString('en')} characters; this one has ${value.length.toLocaleString('en')}: shorten it (every character ends up on the page).`,
  };
};

/** Error for a text longer than its limit (a 5 MB description made a 10.7 MB page). */
export function textLengths(data: unknown): Finding[] {
  return walkTexts(data, [textLengthRule]);
}

/**
 * The highest entry price that is plausible, in EUR per user per month. The dearest entry plans
 * of large CRMs cost about €100–€150; €500 leaves room for those and still catches a price
 * per year, per company or with a slipped decimal point (3900 for 39.00).
 */
export const MAX_ENTRY_PRICE = 500;

/** Error for an entry price of 0 (that is a free plan) or above the plausible range. */
export function priceRange(vendor: { pricing?: { entryPrice?: { value?: unknown } } }): Finding[] {
  const price = vendor.pricing?.entryPrice?.value;
  if (typeof price !== 'number') return [];
  const at = ['pricing', 'entryPrice', 'value'];
  if (price === 0) {
    return [{ at, severity: 'error', message: 'An entry price of 0 is not a paid price: say so in `freePlan`, and write the lowest paid price here (or `unknown`).' }];
  }
  if (price > MAX_ENTRY_PRICE) {
    return [
      {
        at,
        severity: 'error',
        message: `Expected the lowest paid price in EUR per user per month, at most ${MAX_ENTRY_PRICE}; got ${price}. Check the decimal point, and divide a yearly price by 12.`,
      },
    ];
  }
  return [];
}

/** The user name and password part of an address (`https://name@host/`), or undefined. */
export function userinfoOf(url: string): { host: string } | undefined {
  if (!url.includes('@') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.username || parsed.password ? { host: parsed.host } : undefined;
  } catch {
    return undefined;
  }
}

function userinfoMessage(url: string, host: string): string {
  return `${JSON.stringify(url)} leads to ${host}: in a web address everything before the @ is a user name, not the site. Write the address without the part up to the @.`;
}

const userinfoRule: TextRule = (value, path) => {
  const userinfo = typeof value === 'string' ? userinfoOf(value) : undefined;
  return userinfo ? { at: [...path], severity: 'error', message: userinfoMessage(value as string, userinfo.host) } : undefined;
};

/** Error for every address with a user name (`https://www.teamleader.eu@evil.example/` opens evil.example). */
export function urlsWithUserinfo(data: unknown): Finding[] {
  return walkTexts(data, [userinfoRule]);
}

/**
 * The rules that read any frontmatter, valid or not, in one walk: placeholders, future dates,
 * lengths and addresses with a user name.
 */
export function frontmatterRules(data: unknown, today: Date): Finding[] {
  return walkTexts(data, [placeholderRule, futureDateRule(today), textLengthRule, userinfoRule]);
}

// ---------------------------------------------------------------------------------------------
// Rules on files and bodies.

/** Error for a file the build does not read: the collections take `*.mdx` files at the top of their folder. */
export function strayFile(path: string): Finding[] {
  const name = path.replace(/\/$/, '').split('/').pop()!;
  const message = path.endsWith('/')
    ? `The folder "${name}" is not read: the site takes only .mdx files directly in this folder. Move its files up, or the folder out of src/content.`
    : /\.mdx$/i.test(name) || /\.(md|markdown|mdoc)$/i.test(name)
      ? `"${name}" is not read: the site takes only files ending in .mdx (lower case). Rename it to "${name.replace(/\.[^.]+$/, '.mdx')}".`
      : `"${name}" is not read: the site takes only .mdx files here. Delete it, or move it out of src/content.`;
  return [{ at: [], severity: 'error', message }];
}

/** Error for text after a vendor file's frontmatter: vendor pages are built from the fields, the body is never shown. */
export function vendorBody(body: string): Finding[] {
  const first = body.search(/\S/);
  if (first === -1) return [];
  const line = body.slice(0, first).split('\n').length;
  return [
    {
      at: [],
      bodyLine: line,
      severity: 'error',
      message: `A vendor file is frontmatter only: the text from line ${line} on is never shown on the site. Move what readers should see into a field (\`description\`, a \`note\`), and delete the rest.`,
    },
  ];
}

/** Elements that run or embed active content; an article shows text, images and the site's components. */
export const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed']);

/** A `javascript:` address, as a browser reads it (it ignores tabs, line breaks and leading spaces). */
export function isJavascriptUrl(url: string): boolean {
  return url.replace(/[\u0000-\u0020]/g, '').toLowerCase().startsWith('javascript:');
}

interface BodyOutlineLike {
  elements: { name: string; attributes: { name: string; value: string | null; expression: boolean }[]; spreads: number; line: number }[];
  links: { url: string; line: number; via: string }[];
  code: { kind: 'expression' | 'esm'; source: string; line: number }[];
}

const withoutJsComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');

/**
 * Errors for markup that runs code in the reader's browser or at build time: <script>, <iframe>
 * and other embeds, `on…` event attributes, `javascript:` links, `set:html`, attributes hidden in a
 * spread, and import/export lines. The site's Content Security Policy would block most of them;
 * the check says so before the page is built.
 */
export function unsafeMarkup(body: BodyOutlineLike): Finding[] {
  const findings: Finding[] = [];
  const add = (line: number, message: string) => findings.push({ at: [], bodyLine: line, severity: 'error', message });
  for (const element of body.elements) {
    if (ACTIVE_ELEMENTS.has(element.name.toLowerCase())) {
      add(element.line, `<${element.name}> is not allowed in an article: articles run no scripts and embed no other sites. Link to the page instead.`);
    }
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) {
        add(element.line, `\`${attribute.name}\` on <${element.name}> is an event handler, which runs code: remove it.`);
      } else if (attribute.name === 'set:html') {
        add(element.line, `\`set:html\` on <${element.name}> inserts raw HTML: write the content as text and MDX instead.`);
      } else if (attribute.value !== null && (attribute.expression ? /javascript\s*:/i.test(attribute.value) : isJavascriptUrl(attribute.value))) {
        add(element.line, `\`${attribute.name}\` on <${element.name}> is a \`javascript:\` address, which runs code: link to a page instead.`);
      }
    }
    if (element.spreads > 0) {
      add(element.line, `Write the attributes of <${element.name}> out instead of \`{...}\`: the check cannot see what a spread sets.`);
    }
  }
  for (const link of body.links) {
    if (link.via === 'markdown' && isJavascriptUrl(link.url)) add(link.line, 'A `javascript:` link runs code: link to a page instead.');
  }
  for (const code of body.code) {
    if (code.kind === 'esm') {
      add(code.line, 'Articles do not import or export: the components (Callout, VendorCard, VendorChecklist, CompareLink) work without an import. Remove this line.');
      continue;
    }
    const source = withoutJsComments(code.source);
    const active = [...ACTIVE_ELEMENTS].find((name) => new RegExp(`<\\s*${name}\\b`, 'i').test(source));
    if (active) add(code.line, `<${active}> is not allowed in an article, also not inside \`{…}\`.`);
    else if (/javascript\s*:/i.test(source) || /\bon[a-z]+\s*=/i.test(source)) add(code.line, 'This `{…}` expression holds a `javascript:` address or an event handler, which runs code: remove it.');
  }
  return findings;
}

/** Error for every address in an article body with a user name before an @. */
export function bodyUserinfo(body: Pick<BodyOutlineLike, 'links'>): Finding[] {
  return body.links.flatMap((link) => {
    const userinfo = userinfoOf(link.url);
    return userinfo ? [{ at: [], bodyLine: link.line, severity: 'error' as const, message: userinfoMessage(link.url, userinfo.host) }] : [];
  });
}

export interface SiteIndex {
  /** Every path the build writes. */
  pages: ReadonlySet<string>;
  vendors: ReadonlySet<string>;
  listed: ReadonlySet<string>;
  articles: ReadonlyMap<string, { lang: string; draft: boolean }>;
  /** The path prefix of each language: '' for the default, '/en' for English. */
  localePrefixes: Readonly<Record<string, string>>;
  /** Whether a file in public/ serves this path. */
  hasAsset: (path: string) => boolean;
}

const ORIGIN = 'https://site.invalid';

/** Why a link from an article at `fromPath` does not lead to a page the build writes, or undefined when it does. */
export function internalLinkProblem(address: string, fromPath: string, site: SiteIndex): string | undefined {
  // Browsers drop spaces and control characters around an address; `javascript:` is unsafeMarkup's.
  const url = address.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (isJavascriptUrl(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined; // another site, mailto:, tel:
  let parsed: URL;
  try {
    parsed = new URL(url, ORIGIN + fromPath);
  } catch {
    return `Not a web address: ${JSON.stringify(url)}.`;
  }
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    path = parsed.pathname;
  }
  const locale = Object.entries(site.localePrefixes).find(([, prefix]) => prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`)))?.[0];
  const prefix = locale ? site.localePrefixes[locale]! : '';
  const defaultLocale = Object.entries(site.localePrefixes).find(([, p]) => p === '')?.[0];
  const rest = path.slice(prefix.length);
  const listedProblem = (id: string) => vendorIdProblem(id, site.vendors, site.listed);

  if (site.pages.has(path)) {
    if (/^\/methodology\/$/.test(rest) && parsed.hash.startsWith('#vendor-')) {
      const id = decodeURIComponent(parsed.hash.slice('#vendor-'.length));
      if (!site.vendors.has(id)) return listedProblem(id);
      if (site.listed.has(id)) return `Vendor "${id}" is listed, so the methodology page has no entry for it: link its page ${prefix}/crm/${id}/ instead.`;
    }
    if (/^\/compare\/$/.test(rest)) {
      const ids = parsed.searchParams.getAll('compare').flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
      for (const id of ids) {
        const problem = listedProblem(id);
        if (problem) return problem;
      }
    }
    return undefined;
  }
  if (!path.endsWith('/') && site.pages.has(`${path}/`)) return `Write the address with a slash at the end: ${path}/ (without it, the page is not found in \`npm run dev\`).`;
  if (site.hasAsset(path)) return undefined;
  const vendor = /^\/crm\/([^/]+)\/?$/.exec(rest);
  if (vendor) return listedProblem(vendor[1]!) ?? `No page at ${path}.`;
  const article = /^\/articles\/(?!tags\/)([^/]+)\/?$/.exec(rest);
  if (article) {
    const found = site.articles.get(article[1]!);
    if (!found) return `No article with id "${article[1]}" in src/content/articles.`;
    if (found.draft) return `The article "${article[1]}" is a draft, so it has no page yet: link it once it is published.`;
    const own = site.localePrefixes[found.lang] ?? '';
    return `The article "${article[1]}" is written in ${found.lang}, so its address is ${own}/articles/${article[1]}/.`;
  }
  const tag = /^\/articles\/tags\/([^/]+)\/?$/.exec(rest);
  if (tag) return `No published article in ${locale ?? defaultLocale} has the tag "${tag[1]}", so there is no page for it.`;
  return `No page at ${path} on this site: check the address (the site's pages are listed in src/i18n/routes.ts).`;
}

/** Errors for article links to pages that the build does not write, or to vendors that are not listed. */
export function internalLinks(body: Pick<BodyOutlineLike, 'links'>, fromPath: string, site: SiteIndex): Finding[] {
  return body.links.flatMap((link) => {
    if (link.url.startsWith('#')) return [];
    const problem = internalLinkProblem(link.url, fromPath, site);
    return problem ? [{ at: [], bodyLine: link.line, severity: 'error' as const, message: `Link to ${link.url}: ${problem}` }] : [];
  });
}
