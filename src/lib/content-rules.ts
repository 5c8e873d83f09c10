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

/** Error for every frontmatter string that still holds a scaffold placeholder. */
export function placeholders(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const walk = (node: unknown, path: Path) => {
    if (typeof node === 'string') {
      if (node.includes(PLACEHOLDER)) {
        findings.push({ at: path, severity: 'error', message: `Replace the placeholder ${JSON.stringify(node)} with the real value.` });
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) walk(child, [...path, Array.isArray(node) ? Number(key) : key]);
  };
  walk(data, []);
  return findings;
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
