import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
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
  issues: ContentIssue[];
  vendors: ParsedFile<z.infer<typeof vendorSchema>>[];
  articles: ParsedFile<z.infer<typeof articleFrontmatter>>[];
}

export function checkContent(vendorFiles: ContentFile[], articleFiles: ContentFile[]): ContentReport {
  const issues: ContentIssue[] = [];
  const vendors: ContentReport['vendors'] = [];
  const articles: ContentReport['articles'] = [];
  for (const file of vendorFiles) {
    const { data } = validate(vendorSchema, file, issues);
    if (data) vendors.push({ id: idFromPath(file.path), path: file.path, data });
  }
  const vendorIds = new Set(vendorFiles.map((file) => idFromPath(file.path)));
  const articleIds = new Set(articleFiles.map((file) => idFromPath(file.path)));
  for (const file of articleFiles) {
    const { data, lineOf } = validate(articleFrontmatter, file, issues);
    if (!data) continue;
    articles.push({ id: idFromPath(file.path), path: file.path, data });
    data.vendors.forEach((id, i) => {
      if (!vendorIds.has(id)) {
        issues.push({ path: file.path, line: lineOf(['vendors', i]), field: `vendors[${i}]`, message: `No vendor with id "${id}": expected the file name of a file in src/content/vendors (without .mdx).` });
      }
    });
    if (data.translation && !articleIds.has(data.translation)) {
      issues.push({ path: file.path, line: lineOf(['translation']), field: 'translation', message: `No article with id "${data.translation}" in src/content/articles.` });
    }
  }
  return { issues, vendors, articles };
}

export function formatReport(issues: ContentIssue[]): string {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) byFile.set(issue.path, [...(byFile.get(issue.path) ?? []), issue]);
  const lines: string[] = [];
  for (const [path, fileIssues] of byFile) {
    lines.push(`✖ ${path}`);
    for (const issue of fileIssues) {
      lines.push(`    ${issue.line ? `line ${issue.line}, ` : ''}${issue.field}: ${issue.message}`);
    }
  }
  return lines.join('\n');
}
