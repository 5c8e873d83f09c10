import { z } from 'astro/zod';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from '../i18n/routes.ts';
import {
  bodyUserinfo,
  duplicateVendors,
  frontmatterRules,
  internalLinks,
  priceRange,
  staleVendor,
  strayFile,
  translationMismatches,
  unsafeMarkup,
  unsourcedFacts,
  vendorBody,
  vendorIdProblem,
  vendorReferences,
  type Finding,
  type SiteIndex,
} from './content-rules.ts';
import { partition, type Policy } from './eligibility.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import { compileBody } from './mdx-body.ts';
import { ACTIVE_POLICY } from './policy.ts';
import { articleFrontmatter } from './schema/article.ts';
import { vendorSchema } from './schema/vendor.ts';
import { sitePages } from './site-pages.ts';

/**
 * The content check that runs before every build: every vendor and article file read as the build
 * reads it (Astro's frontmatter parser, Sätteri's MDX compiler) and validated with the same zod
 * schemas, then the rules the schema cannot express; all problems in one report, with file, line,
 * field and what was expected. Astro alone stops at the first bad file and only logs a broken
 * reference.
 */

export interface ContentFile {
  /** Path shown to the editor, relative to the project. A path ending in `/` is a folder. */
  path: string;
  text: string;
}

export interface ContentIssue {
  path: string;
  line?: number;
  field: string;
  message: string;
}

export interface ParsedFile<T> {
  id: string;
  path: string;
  data: T;
}

export function idFromPath(path: string): string {
  return path.split('/').pop()!.replace(/\.mdx?$/, '');
}

/** `offerings[0].storage.value` */
export function formatField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** True for files the collections read: `*.mdx` directly in their folder. */
export function isContentFile(path: string): boolean {
  return path.endsWith('.mdx') && !path.endsWith('/');
}

/** For a failed union, the branch that got furthest tells the editor most. */
function explain(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string; inner: z.core.$ZodIssue; literals: string[] } {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branches = issue.errors.filter((branch) => branch.length > 0);
    const literals = branches
      .filter((branch) => branch.length === 1 && branch[0]!.code === 'invalid_value' && branch[0]!.path.length === 0)
      .flatMap((branch) => (branch[0] as z.core.$ZodIssueInvalidValue).values.map((v) => JSON.stringify(v)));
    const best = branches
      .filter((branch) => !(branch.length === 1 && branch[0]!.code === 'invalid_value' && branch[0]!.path.length === 0))
      .sort((a, b) => Math.max(...b.map((i) => i.path.length)) - Math.max(...a.map((i) => i.path.length)))[0];
    if (best) {
      const inner = explain(best[0]!);
      const prefix = literals.length > 0 && inner.path.length === 0 ? `Expected ${literals.join(' or ')}, or: ` : '';
      return { path: [...issue.path, ...inner.path], message: prefix + inner.message, inner: inner.inner, literals: inner.path.length === 0 ? literals : inner.literals };
    }
    return { path: issue.path, message: `Expected ${literals.join(' or ')}.`, inner: issue, literals };
  }
  return { path: issue.path, message: issue.message, inner: issue, literals: [] };
}

/** Whether `path` names a field that is absent from an object that exists. */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
  let node = data;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== null && typeof node === 'object' && !Array.isArray(node) && !(path.at(-1)! in node);
}

/** Edit distance, for "did you mean": a misspelt field is usually one or two keystrokes off. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

interface SchemaProblem {
  path: PropertyKey[];
  line?: number;
  message: string;
  kind: 'missing' | 'unknown' | 'other';
}

function schemaProblems(issues: readonly z.core.$ZodIssue[], data: unknown, fm: Frontmatter): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const raw of issues) {
    if (raw.code === 'unrecognized_keys') {
      for (const key of raw.keys) {
        const path = [...raw.path, key];
        problems.push({ path, line: fm.lineOf(path as (string | number)[]), kind: 'unknown', message: `Unknown field \`${key}\`: check the spelling against docs/editing.md.` });
      }
      continue;
    }
    const { path, message, inner, literals } = explain(raw);
    if (isMissing(data, path)) {
      const key = String(path.at(-1));
      const custom = !/^Invalid input/.test(inner.message) && !inner.message.includes('received undefined');
      const type = inner.code === 'invalid_type' ? [...literals, inner.expected].join(' or ') : literals.join(' or ');
      const expected = custom ? `: ${inner.message.charAt(0).toLowerCase()}${inner.message.slice(1).replace(/\.$/, '')}` : type ? ` (expected ${type})` : '';
      problems.push({ path, line: fm.parentLineOf(path as (string | number)[]), kind: 'missing', message: `Missing required field \`${key}\`${expected}` });
    } else {
      problems.push({ path, line: fm.lineOf(path as (string | number)[]), kind: 'other', message });
    }
  }
  // A misspelt field is both unknown and missing: tie the two together.
  const parentOf = (p: SchemaProblem) => formatField(p.path.slice(0, -1));
  for (const unknown of problems.filter((p) => p.kind === 'unknown')) {
    const key = String(unknown.path.at(-1));
    const twin = problems.find(
      (p) => p.kind === 'missing' && parentOf(p) === parentOf(unknown) && distance(String(p.path.at(-1)).toLowerCase(), key.toLowerCase()) <= 2,
    );
    if (!twin) continue;
    const intended = String(twin.path.at(-1));
    unknown.message = `Unknown field \`${key}\`: did you mean \`${intended}\`? Field names are case-sensitive.`;
    twin.message += `; \`${key}\`${unknown.line ? ` at line ${unknown.line}` : ''} looks like it, misspelt`;
  }
  for (const problem of problems) if (problem.kind === 'missing') problem.message += '.';
  return problems;
}

export interface ContentReport {
  /** Errors: the build does not start while there is one. */
  issues: ContentIssue[];
  /** Warnings for the editors' to-do list (stale facts); they do not stop the build. Unknown facts are the research queue's. */
  warnings: ContentIssue[];
  vendors: ParsedFile<z.infer<typeof vendorSchema>>[];
  articles: ParsedFile<z.infer<typeof articleFrontmatter>>[];
  /** With `only`: files outside the selection that have errors of their own (not listed in `issues`). */
  othersWithErrors: string[];
}

export interface CheckOptions {
  /** The date stale and future dates are measured against; now by default. */
  today?: Date;
  /** The eligibility policy that decides which vendors articles may show. */
  policy?: Policy;
  /**
   * Report only these files (paths as in ContentFile.path). Every file is still checked, since the
   * rules across files (duplicates, references, translations) need them all; the others' problems
   * are only counted, in `othersWithErrors`.
   */
  only?: Iterable<string>;
  /** Whether a file in public/ serves this site path; looks in ./public by default. */
  hasAsset?: (path: string) => boolean;
}

function publicAsset(path: string): boolean {
  const file = join('public', path);
  return !path.includes('..') && existsSync(file) && statSync(file).isFile();
}

export function checkContent(vendorFiles: ContentFile[], articleFiles: ContentFile[], options: CheckOptions = {}): ContentReport {
  const today = options.today ?? new Date();
  const only = options.only ? new Set(options.only) : undefined;
  const selected = (path: string) => !only || only.has(path);
  const issues: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const vendors: ContentReport['vendors'] = [];
  const articles: ContentReport['articles'] = [];
  const frontmatters = new Map<string, Frontmatter>();
  const push = (issue: ContentIssue, severity: Finding['severity']) => (severity === 'error' ? issues : warnings).push(issue);
  const report = (file: ContentFile, findings: readonly Finding[]) => {
    const fm = frontmatters.get(file.path);
    for (const finding of findings) {
      const line = finding.bodyLine ?? (finding.at.length > 0 ? fm?.lineOf(finding.at) : undefined);
      push({ path: file.path, line, field: formatField(finding.at) || (finding.bodyLine ? '(body)' : '(file)'), message: finding.message }, finding.severity);
    }
  };
  /** Reads and validates one file; undefined data when it has errors that stop its rules. */
  const validate = <S extends z.ZodType>(schema: S, file: ContentFile): { data?: z.infer<S>; fm: Frontmatter } => {
    const fm = readFrontmatter(file.text);
    frontmatters.set(file.path, fm);
    for (const problem of fm.problems) {
      push({ path: file.path, line: problem.line, field: formatField(problem.at) || '(frontmatter)', message: problem.message }, problem.severity);
    }
    const id = idFromPath(file.path);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      issues.push({ path: file.path, line: 1, field: '(file name)', message: `Expected a kebab-case file name such as "my-crm.mdx"; "${id}" becomes the page address.` });
    }
    if (!fm.data) return { fm };
    const result = schema.safeParse(fm.data);
    if (result.success) return { data: result.data, fm };
    for (const problem of schemaProblems(result.error.issues, fm.data, fm)) {
      issues.push({ path: file.path, line: problem.line, field: formatField(problem.path) || '(frontmatter)', message: problem.message });
    }
    return { fm };
  };

  for (const file of [...vendorFiles, ...articleFiles]) {
    if (!isContentFile(file.path)) report(file, strayFile(file.path));
  }

  /** Runs one file's checks; a fault in the check itself is reported for that file, and the others are still checked. */
  const guarded = (file: ContentFile, check: () => void) => {
    try {
      check();
    } catch (error) {
      issues.push({
        path: file.path,
        field: '(file)',
        message: `The check stopped on this file (${error instanceof Error ? error.message : String(error)}); the other files were checked. This is a fault in the check: please report it with the file.`,
      });
    }
  };
  /** Rules that read any frontmatter, valid or not, so they report in the same run as the schema. */
  const anyFrontmatter = (raw: unknown): Finding[] => frontmatterRules(raw, today);

  for (const file of vendorFiles.filter((f) => isContentFile(f.path))) {
    guarded(file, () => {
      const { data, fm } = validate(vendorSchema, file);
      report(file, [
        ...vendorBody(fm.body),
        ...(fm.data ? anyFrontmatter(fm.data) : []),
        ...(data ? [...unsourcedFacts(data), ...staleVendor(data, today), ...priceRange(data)] : []),
      ]);
      if (data) vendors.push({ id: idFromPath(file.path), path: file.path, data });
    });
  }
  const vendorFileOf = new Map(vendorFiles.map((file) => [idFromPath(file.path), file]));
  for (const [id, findings] of duplicateVendors(vendors)) report(vendorFileOf.get(id)!, findings);

  const vendorIds = new Set(vendorFiles.filter((f) => isContentFile(f.path)).map((file) => idFromPath(file.path)));
  const listedIds = partition(vendors, options.policy ?? ACTIVE_POLICY).listed.map((v) => v.id);
  // A vendor file with schema errors is reported on its own; articles naming it are not blamed too.
  const invalid = [...vendorIds].filter((id) => !vendors.some((v) => v.id === id));
  const showable = new Set([...listedIds, ...invalid]);
  const contentArticles = articleFiles.filter((f) => isContentFile(f.path));
  const articleIds = new Set(contentArticles.map((file) => idFromPath(file.path)));
  const articleFileOf = new Map(contentArticles.map((file) => [idFromPath(file.path), file]));
  const checked: { file: ContentFile; fm: Frontmatter; data?: ContentReport['articles'][number]['data'] }[] = [];
  for (const file of contentArticles) {
    guarded(file, () => {
      const { data, fm } = validate(articleFrontmatter, file);
      if (data) articles.push({ id: idFromPath(file.path), path: file.path, data });
      checked.push({ file, fm, ...(data ? { data } : {}) });
    });
  }

  const site: SiteIndex = {
    pages: sitePages(routes, { listed: showable, articles }),
    vendors: vendorIds,
    listed: showable,
    articles: new Map(articles.map((a) => [a.id, { lang: a.data.lang, draft: a.data.draft }])),
    localePrefixes: Object.fromEntries(LOCALES.map((locale) => [locale, routes.home(locale).replace(/\/$/, '')])),
    hasAsset: options.hasAsset ?? publicAsset,
  };
  for (const { file, fm, data } of checked) {
    guarded(file, () => {
      const id = idFromPath(file.path);
      const findings: Finding[] = fm.data ? anyFrontmatter(fm.data) : [];
      data?.vendors.forEach((vendor, i) => {
        const problem = vendorIdProblem(vendor, vendorIds, showable);
        if (problem) findings.push({ at: ['vendors', i], severity: 'error', message: problem });
      });
      data?.translations.forEach((other, i) => {
        if (!articleIds.has(other)) findings.push({ at: ['translations', i], severity: 'error', message: `No article with id "${other}" in src/content/articles.` });
      });
      for (const ref of vendorReferences(fm.body)) {
        const problems = ref.problem ? [ref.problem] : ref.ids.flatMap((vendor) => vendorIdProblem(vendor, vendorIds, showable) ?? []);
        for (const problem of problems) findings.push({ at: [], bodyLine: ref.line, severity: 'error', message: `<${ref.component}>: ${problem}` });
      }
      const compiled = compileBody(fm.body);
      for (const error of compiled.errors) {
        const note = error.afterEarlier ? ' (found after skipping the error above; it may follow from that one)' : '';
        const hint = /^Unexpected character .*after `<`/.test(error.message) ? ' A less-than sign in the text is written `\\<`.' : '';
        findings.push({ at: [], bodyLine: error.line, severity: 'error', message: `Not valid MDX (column ${error.column}): ${error.message}${note}.${hint}` });
      }
      if (compiled.outline) {
        // An article whose `lang` is wrong is reported by the schema; its links are read as the default language's.
        const lang = data?.lang ?? (LOCALES as readonly unknown[]).find((l) => l === fm.data?.lang) as Locale | undefined ?? DEFAULT_LOCALE;
        findings.push(...unsafeMarkup(compiled.outline), ...bodyUserinfo(compiled.outline), ...internalLinks(compiled.outline, routes.article(lang, id), site));
      }
      report(file, findings);
    });
  }
  for (const [id, findings] of translationMismatches(articles)) report(articleFileOf.get(id)!, findings);

  // One block per file in the order the files were read, whichever check found the problem.
  const order = new Map([...vendorFiles, ...articleFiles].map((file, i) => [file.path, i]));
  const byFile = (a: ContentIssue, b: ContentIssue) => order.get(a.path)! - order.get(b.path)!;
  const othersWithErrors = [...new Set(issues.filter((issue) => !selected(issue.path)).map((issue) => issue.path))];
  return {
    issues: issues.filter((issue) => selected(issue.path)).sort(byFile),
    warnings: warnings.filter((warning) => selected(warning.path)).sort(byFile),
    vendors,
    articles,
    othersWithErrors,
  };
}

/** A per-file report: errors first (✖), then warnings (⚠), each with line and field. */
export function formatReport(issues: ContentIssue[], warnings: ContentIssue[] = []): string {
  const section = (list: ContentIssue[], mark: string) => {
    const byFile = new Map<string, ContentIssue[]>();
    for (const issue of list) byFile.set(issue.path, [...(byFile.get(issue.path) ?? []), issue]);
    const lines: string[] = [];
    for (const [path, fileIssues] of byFile) {
      lines.push(`${mark} ${path}`);
      for (const issue of fileIssues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
        lines.push(`    ${issue.line ? `line ${issue.line}, ` : ''}${issue.field}: ${issue.message}`);
      }
    }
    return lines;
  };
  return [...section(issues, '✖'), ...section(warnings, '⚠')].join('\n');
}
