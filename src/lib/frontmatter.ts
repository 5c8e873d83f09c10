import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/**
 * Reads a content file's frontmatter exactly as the build does. Astro's MDX integration, for the
 * glob loader and for rendering, calls `parseFrontmatter` from @astrojs/internal-helpers (js-yaml
 * `load` with its default schema and options); calling the same function here means a file the
 * build refuses (`!foo` tags, duplicate keys) is refused here, and one it reads differently
 * (`2026-02-30`, which js-yaml rolls over to 2 March) is caught here. The `yaml` package is only
 * used to find lines, and only for files that have something to report: js-yaml keeps no
 * positions.
 */

export type Path = readonly (string | number)[];

export interface FrontmatterProblem {
  line: number;
  /** Path of the field the problem is about; empty for the frontmatter as a whole. */
  at: Path;
  message: string;
  severity: 'error' | 'warning';
}

export interface Frontmatter {
  /** The parsed fields; undefined when the file has no usable frontmatter (see `problems`). */
  data?: Record<string, unknown>;
  /** The file with its frontmatter blanked out, so lines and columns stay the file's; empty without a frontmatter block. */
  body: string;
  /** The file line of the first line after the closing `---` (1 when there is no frontmatter). */
  bodyLine: number;
  problems: FrontmatterProblem[];
  /** The line of the field at `path` (its key, or its item in a list), or of its nearest ancestor that exists. */
  lineOf: (path: Path) => number | undefined;
  /** The line of the field's parent: where a missing field belongs. */
  parentLineOf: (path: Path) => number;
}

/**
 * Values a frontmatter may expand to through YAML aliases (`*name`). The longest real vendor file
 * has about 3,000; js-yaml shares aliased values instead of copying them, so a file of a few lines
 * ("billion laughs") can stand for billions of values that the schema would then walk.
 */
export const MAX_VALUES = 100_000;

// Astro's own pattern (@astrojs/internal-helpers/frontmatter): an optional BOM or blank lines, then the block.
const FRONTMATTER_RE = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const BOM = '\uFEFF';

/** Offsets where lines start, for offset → line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** How many values `value` stands for once every alias is written out, counting up to `limit`. */
export function expandedSize(value: unknown, limit = MAX_VALUES): number {
  const sizes = new Map<object, number>();
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object' || node instanceof Date) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, 1); // a cycle (an alias inside its own anchor) counts once
    let total = 1;
    for (const child of Object.values(node)) {
      total += size(child);
      if (total > limit) break;
    }
    sizes.set(node, total);
    return total;
  };
  return size(value);
}

interface YamlError {
  reason: string;
  mark: { line: number; column: number; position: number };
}

function isYamlError(error: unknown): error is YamlError {
  return (
    error instanceof Error &&
    error.name === 'YAMLException' &&
    typeof (error as Partial<YamlError>).reason === 'string' &&
    typeof (error as Partial<YamlError>).mark?.position === 'number'
  );
}

/** A date js-yaml reads as a timestamp: the whole plain scalar is YYYY-MM-DD. */
const PLAIN_DATE_RE = /(?<=(?:^|[:\-[,{?])[ \t]*)(\d{4})-(\d{2})-(\d{2})(?=[ \t]*(?:$|[,\]}]|[ \t]#))/gm;

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function readFrontmatter(text: string): Frontmatter {
  const starts = lineStarts(text);
  const problems: FrontmatterProblem[] = [];
  // Without a frontmatter block there is no body to check either: the whole file is the problem.
  const none = (bodyLine = 1): Frontmatter => ({ body: '', bodyLine, problems, lineOf: () => undefined, parentLineOf: () => 1 });
  if (text.startsWith(BOM)) {
    problems.push({
      line: 1,
      at: [],
      severity: 'warning',
      message:
        'The file starts with an invisible byte-order mark (BOM). The site reads it, but other tools may not: save the file as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar, "Save with Encoding", "UTF-8").',
    });
  }
  const match = FRONTMATTER_RE.exec(text);
  if (!match) {
    const opened = /^\uFEFF?\s*---[ \t]*\r?\n/.exec(text);
    problems.push({
      line: opened ? lineAt(starts, opened[0].lastIndexOf('---')) : 1,
      at: [],
      severity: 'error',
      message: opened
        ? 'The frontmatter has no closing `---` line: end the fields with a line that holds only `---`.'
        : 'Expected the file to start with a frontmatter block between two `---` lines.',
    });
    return none();
  }
  const raw = match[1]!;
  const rawStart = match.index + match[0].length - 3 - raw.length;
  const openLine = lineAt(starts, rawStart);
  const bodyStart = match.index + match[0].length;
  const bodyLine = lineAt(starts, bodyStart) + 1;
  const fileLine = (rawOffset: number) => lineAt(starts, rawStart + rawOffset);

  if (text.slice(rawStart - 3, rawStart) === '+++') {
    problems.push({ line: openLine, at: [], severity: 'error', message: 'Write the frontmatter in YAML between two `---` lines; `+++` (TOML) is not used on this site.' });
    return none(bodyLine);
  }

  let doc: Document | undefined;
  const yamlDoc = () => (doc ??= parseDocument(raw, { uniqueKeys: false, prettyErrors: false }));

  /** The node at `path`, with the offset of its key (or list item) and how many segments exist. */
  const locate = (path: Path): { offset?: number; depth: number } => {
    const d = yamlDoc();
    let node: unknown = d.contents;
    let offset: number | undefined;
    let depth = 0;
    for (const key of path) {
      if (isAlias(node)) node = node.resolve(d);
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0];
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
        node = node.items[key];
        offset = (node as Node | null)?.range?.[0];
      } else break;
      depth++;
    }
    return { offset, depth };
  };
  const lineOf = (path: Path) => {
    const { offset } = locate(path);
    return offset === undefined ? openLine : fileLine(offset);
  };
  const parentLineOf = (path: Path) => {
    const parent = path.slice(0, -1);
    const { offset, depth } = locate(parent);
    return depth === parent.length && offset !== undefined ? fileLine(offset) : parent.length === 0 ? openLine : lineOf(parent);
  };

  /** The path of the key (or scalar) that starts at this offset of the frontmatter. */
  const pathAt = (rawOffset: number): Path => {
    const search = (node: unknown, path: (string | number)[]): Path | undefined => {
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
          if (key === undefined) continue;
          if ((pair.key as Node).range?.[0] === rawOffset) return [...path, key];
          const found = search(pair.value, [...path, key]);
          if (found) return found;
        }
      } else if (isSeq(node)) {
        for (const [i, item] of node.items.entries()) {
          if ((item as Node | null)?.range?.[0] === rawOffset && isScalar(item)) return [...path, i];
          const found = search(item, [...path, i]);
          if (found) return found;
        }
      } else if (isScalar(node) && node.range?.[0] === rawOffset) return path;
      return undefined;
    };
    return search(yamlDoc().contents, []) ?? [];
  };

  const result = (data?: Record<string, unknown>): Frontmatter => {
    // Astro blanks the frontmatter with spaces; blank lines and the closing line's width keep every line and column the same, for less work.
    const closingLine = lineAt(starts, bodyStart) - 1;
    const body = '\n'.repeat(closingLine) + ' '.repeat(bodyStart - starts[closingLine]!) + text.slice(bodyStart);
    return { ...(data ? { data } : {}), body, bodyLine, problems, lineOf, parentLineOf };
  };

  let parsed: unknown;
  try {
    parsed = parseFrontmatter(text).frontmatter;
  } catch (error) {
    problems.push(yamlProblem(error, raw, fileLine, pathAt, locate));
    return result();
  }
  // parseFrontmatter turns an empty block (or a lone scalar) into {}: say so instead of listing every field as missing.
  const content = raw.replace(/^\s*#.*$/gm, '').trim();
  if (content === '') {
    problems.push({
      line: openLine,
      at: [],
      severity: 'error',
      message: 'The frontmatter block is empty: the fields go between the two `---` lines (`npm run new:vendor` and `npm run new:article` write a file with every field).',
    });
    return result();
  }
  // parseFrontmatter also turns a lone text or number into {}; only then is a second parse needed to tell it from `{}`.
  const notFields = Array.isArray(parsed) || (Object.keys(parsed as object).length === 0 && !isMap(yamlDoc().contents));
  if (notFields) {
    problems.push({ line: openLine + 1, at: [], severity: 'error', message: 'Expected the frontmatter to be fields written as `name: value` lines, one per line.' });
    return result();
  }
  // An alias needs an anchor: without an `&` there is nothing to expand.
  if (raw.includes('&') && expandedSize(parsed) > MAX_VALUES) {
    problems.push({
      line: openLine,
      at: [],
      severity: 'error',
      message: `The frontmatter stands for more than ${MAX_VALUES.toLocaleString('en')} values through YAML aliases (\`*name\` repeating an \`&name\` anchor): write the values out instead of repeating anchors.`,
    });
    return result();
  }
  for (const date of raw.matchAll(PLAIN_DATE_RE)) {
    const [text, y, m, d] = date.map(String) as [string, string, string, string];
    if (isCalendarDate(Number(y), Number(m), Number(d))) continue;
    const rolled = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).toISOString().slice(0, 10);
    problems.push({
      line: fileLine(date.index),
      at: pathAt(date.index),
      severity: 'error',
      message: `Expected a real calendar date written as YYYY-MM-DD, got ${text} (YAML reads it as ${rolled}).`,
    });
  }
  return result(parsed as Record<string, unknown>);
}

function yamlProblem(
  error: unknown,
  raw: string,
  fileLine: (rawOffset: number) => number,
  pathAt: (rawOffset: number) => Path,
  locate: (path: Path) => { offset?: number },
): FrontmatterProblem {
  if (!isYamlError(error)) {
    return { line: fileLine(0), at: [], severity: 'error', message: `The frontmatter could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { reason, mark } = error;
  const line = fileLine(mark.position);
  const column = ` (column ${mark.column + 1})`;
  if (reason.startsWith('duplicated mapping key')) {
    const at = pathAt(mark.position);
    const key = at.at(-1) ?? /^\s*("[^"]*"|'[^']*'|[^:#\n]+?)\s*:/.exec(raw.slice(mark.position))?.[1] ?? '?';
    // With duplicates allowed, the yaml package finds the first pair of that name.
    const first = at.length > 0 ? locate(at).offset : undefined;
    const where = first !== undefined && first !== mark.position ? ` (first at line ${fileLine(first)})` : '';
    return { line, at, severity: 'error', message: `The field \`${key}\` is written twice in the same place${where}: keep one.` };
  }
  const tag = /^unknown tag !<(.+)>/.exec(reason)?.[1];
  if (tag) {
    const written = tag.startsWith('!') ? tag : `!<${tag}>`;
    return {
      line,
      at: [],
      severity: 'error',
      message: `\`${written}\` is a YAML tag, which the site's YAML reader refuses: remove it, or put the text in quotes when the \`!\` belongs to it.`,
    };
  }
  return { line, at: [], severity: 'error', message: `The frontmatter is not valid YAML: ${reason}${column}.` };
}
