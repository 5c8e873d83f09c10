import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import {
  duplicateVendors,
  placeholders,
  staleVendor,
  translationMismatches,
  unsourcedFacts,
  vendorIdProblem,
  vendorReferences,
  type Finding,
} from './content-rules.ts';
import { partition, type Policy } from './eligibility.ts';
import { ACTIVE_POLICY } from './policy.ts';
import { articleFrontmatter } from './schema/article.ts';
import { vendorSchema } from './schema/vendor.ts';

/**
 * The content check that runs before every build: every vendor and article file against the
 * same zod schemas Astro uses, all problems in one report, with file, line, field and what was
 * expected. Astro alone stops at the first bad file and only logs a broken reference.
 */

export interface ContentFile {
  /** Path shown to the editor, relative to the project. */
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function idFromPath(path: string): string {
  return path.split('/').pop()!.replace(/\.mdx?$/, '');
}

/** `offerings[0].storage.value` */
export function formatField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** For a failed union, the branch that got furthest tells the editor most. */
function explain(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
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
      return { path: [...issue.path, ...inner.path], message: prefix + inner.message };
    }
    return { path: issue.path, message: `Expected ${literals.join(' or ')}.` };
  }
  if (issue.code === 'unrecognized_keys') {
    return { path: issue.path, message: `Unknown field(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}: check the spelling against docs/editing.md.` };
  }
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    return { path: issue.path, message: `Missing required field (expected ${issue.expected}).` };
  }
  return { path: issue.path, message: issue.message };
}

function parseFrontmatter(file: ContentFile): { data?: unknown; lineOf: (path: PropertyKey[]) => number | undefined; issue?: ContentIssue } {
  const match = FRONTMATTER.exec(file.text);
  if (!match) {
    return { lineOf: () => undefined, issue: { path: file.path, line: 1, field: '(frontmatter)', message: 'Expected the file to start with a frontmatter block between two `---` lines.' } };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter, prettyErrors: false });
  // Line 1 of the YAML is line 2 of the file.
  const lineOf = (path: PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + 1;
    }
    return undefined;
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return { lineOf, issue: { path: file.path, line: lineCounter.linePos(error.pos[0]).line + 1, field: '(frontmatter)', message: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]}` } };
  }
  return { data: doc.toJS(), lineOf };
}

type LineOf = (path: PropertyKey[]) => number | undefined;

function validate<S extends z.ZodType>(schema: S, file: ContentFile, issues: ContentIssue[]): { data?: z.infer<S>; lineOf: LineOf } {
  const parsed = parseFrontmatter(file);
  const { lineOf } = parsed;
  if (parsed.issue) {
    issues.push(parsed.issue);
    return { lineOf };
  }
  const id = idFromPath(file.path);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    issues.push({ path: file.path, line: 1, field: '(file name)', message: `Expected a kebab-case file name such as "my-crm.mdx"; "${id}" becomes the page address.` });
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, lineOf };
  for (const raw of result.error.issues) {
    const { path, message } = explain(raw);
    issues.push({ path: file.path, line: lineOf(path), field: formatField(path) || '(frontmatter)', message });
  }
  return { lineOf };
}

export interface ContentReport {
  /** Errors: the build does not start while there is one. */
  issues: ContentIssue[];
  /** Warnings for the editors' to-do list (stale facts); they do not stop the build. Unknown facts are the research queue's. */
  warnings: ContentIssue[];
  vendors: ParsedFile<z.infer<typeof vendorSchema>>[];
  articles: ParsedFile<z.infer<typeof articleFrontmatter>>[];
}

export interface CheckOptions {
  /** The date stale facts are measured against; now by default. */
  today?: Date;
  /** The eligibility policy that decides which vendors articles may show. */
  policy?: Policy;
}

/** Where the body of an MDX file starts, counting the frontmatter lines. */
function bodyOf(text: string): { body: string; firstLine: number } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text, firstLine: 1 };
  return { body: text.slice(match[0].length), firstLine: match[0].split('\n').length };
}

export function checkContent(vendorFiles: ContentFile[], articleFiles: ContentFile[], options: CheckOptions = {}): ContentReport {
  const today = options.today ?? new Date();
  const issues: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const vendors: ContentReport['vendors'] = [];
  const articles: ContentReport['articles'] = [];
  const lines = new Map<string, LineOf>();
  const report = (file: ContentFile, findings: readonly Finding[]) => {
    const lineOf = lines.get(file.path) ?? (() => undefined);
    for (const finding of findings) {
      const issue: ContentIssue = {
        path: file.path,
        line: finding.bodyLine ?? (finding.at.length > 0 ? lineOf(finding.at) : undefined),
        field: formatField(finding.at) || (finding.bodyLine ? '(body)' : '(file)'),
        message: finding.message,
      };
      (finding.severity === 'error' ? issues : warnings).push(issue);
    }
  };

  for (const file of vendorFiles) {
    const { data, lineOf } = validate(vendorSchema, file, issues);
    lines.set(file.path, lineOf);
    if (!data) continue;
    vendors.push({ id: idFromPath(file.path), path: file.path, data });
    report(file, [...placeholders(data), ...unsourcedFacts(data), ...staleVendor(data, today)]);
  }
  const vendorFileOf = new Map(vendorFiles.map((file) => [idFromPath(file.path), file]));
  for (const [id, findings] of duplicateVendors(vendors)) report(vendorFileOf.get(id)!, findings);

  const vendorIds = new Set(vendorFiles.map((file) => idFromPath(file.path)));
  // A vendor file with schema errors is reported on its own; articles naming it are not blamed too.
  const invalid = [...vendorIds].filter((id) => !vendors.some((v) => v.id === id));
  const showable = new Set([...partition(vendors, options.policy ?? ACTIVE_POLICY).listed.map((v) => v.id), ...invalid]);
  const articleIds = new Set(articleFiles.map((file) => idFromPath(file.path)));
  const articleFileOf = new Map(articleFiles.map((file) => [idFromPath(file.path), file]));
  for (const file of articleFiles) {
    const { data, lineOf } = validate(articleFrontmatter, file, issues);
    lines.set(file.path, lineOf);
    if (!data) continue;
    articles.push({ id: idFromPath(file.path), path: file.path, data });
    const findings: Finding[] = [...placeholders(data)];
    data.vendors.forEach((id, i) => {
      const problem = vendorIdProblem(id, vendorIds, showable);
      if (problem) findings.push({ at: ['vendors', i], severity: 'error', message: problem });
    });
    data.translations.forEach((id, i) => {
      if (!articleIds.has(id)) findings.push({ at: ['translations', i], severity: 'error', message: `No article with id "${id}" in src/content/articles.` });
    });
    const { body, firstLine } = bodyOf(file.text);
    for (const ref of vendorReferences(body, firstLine)) {
      const problems = ref.problem ? [ref.problem] : ref.ids.flatMap((id) => vendorIdProblem(id, vendorIds, showable) ?? []);
      for (const problem of problems) findings.push({ at: [], bodyLine: ref.line, severity: 'error', message: `<${ref.component}>: ${problem}` });
    }
    report(file, findings);
  }
  for (const [id, findings] of translationMismatches(articles)) report(articleFileOf.get(id)!, findings);
  // One block per file in the order the files were read, whichever check found the problem.
  const order = new Map([...vendorFiles, ...articleFiles].map((file, i) => [file.path, i]));
  const byFile = (a: ContentIssue, b: ContentIssue) => order.get(a.path)! - order.get(b.path)!;
  return { issues: issues.sort(byFile), warnings: warnings.sort(byFile), vendors, articles };
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
