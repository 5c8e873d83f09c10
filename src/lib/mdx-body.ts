import { mdxToJs, mdxToMdast } from 'satteri';

/**
 * An article body as the build compiles it: Astro 7's MDX integration compiles with Sätteri
 * (`mdxToJs`, GFM and smart punctuation on, JSX for Astro), so the check compiles with the same
 * function and options, and reads the same syntax tree for the rules on links and markup.
 */

export interface MdxError {
  line: number;
  column: number;
  message: string;
  /** True for an error found after blanking out the block of an earlier one: it may follow from that one. */
  afterEarlier: boolean;
}

export interface BodyAttribute {
  name: string;
  /** The text of a plain value, the source of an expression value, null for a bare attribute. */
  value: string | null;
  expression: boolean;
}

export interface BodyElement {
  name: string;
  attributes: BodyAttribute[];
  /** `{...props}` attributes: what they set cannot be read before the build. */
  spreads: number;
  line: number;
}

export interface BodyLink {
  url: string;
  line: number;
  /** How the link is written: `markdown` for `[text](url)`, `![alt](url)` and `[ref]: url`, else `<a href>` and the like. */
  via: string;
}

export interface BodyCode {
  kind: 'expression' | 'esm';
  source: string;
  line: number;
}

export interface BodyOutline {
  elements: BodyElement[];
  links: BodyLink[];
  code: BodyCode[];
}

export interface CompiledBody {
  errors: MdxError[];
  /** What the body holds, read from the blocks that compile; undefined when no error could be stepped over. */
  outline?: BodyOutline;
}

const BUILD_OPTIONS = {
  features: { gfm: true, smartPunctuation: true },
  jsxImportSource: 'astro',
  elementAttributeNameCase: 'html',
} as const;

/** Errors reported per file at most; after that the file needs fixing first. */
const MAX_ERRORS = 10;

function parseError(error: unknown): { line: number; column: number; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s+\([a-z-]+:[a-z-]+\))?$/.exec(text);
  if (!match) return { line: 1, column: 1, message: text };
  const [line, column] = [Number(match[1]), Number(match[2])];
  // The compiler repeats the position at the end of some messages; the report shows it once.
  return { line, column, message: match[3]!.replace(new RegExp(` \\(${line}:${column}\\)$`), '') };
}

/** Blanks the paragraph (the lines between blank lines) around `line`, keeping every line break. */
function blankBlock(text: string, line: number): string {
  const lines = text.split('\n');
  const blank = (l: string | undefined) => l === undefined || l.trim() === '';
  let start = line - 1;
  let end = line - 1;
  while (start > 0 && !blank(lines[start - 1])) start--;
  while (end < lines.length - 1 && !blank(lines[end + 1])) end++;
  for (let i = start; i <= end; i++) lines[i] = lines[i]!.replace(/[^\r]/g, ' ');
  return lines.join('\n');
}

/**
 * Every MDX error of a body, each with its line. The compiler stops at its first error; to find
 * the next one the check blanks out the block of that error and compiles again, so later errors
 * are marked as possibly following from an earlier one. Also returns the text that finally
 * compiled (the body with the bad blocks blanked), so the rules can still read the rest.
 */
export function mdxErrors(body: string): { errors: MdxError[]; compiled?: string } {
  const errors: MdxError[] = [];
  let text = body;
  while (errors.length < MAX_ERRORS) {
    try {
      mdxToJs(text, BUILD_OPTIONS);
      return { errors, compiled: text };
    } catch (error) {
      const found = parseError(error);
      if (errors.some((e) => e.line === found.line && e.column === found.column)) break;
      errors.push({ ...found, afterEarlier: errors.length > 0 });
      const next = blankBlock(text, found.line);
      if (next === text) break;
      text = next;
    }
  }
  return { errors };
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const LINK_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'xlink:href']);

/** The elements, links and code of a body that compiles. */
export function outline(body: string): BodyOutline {
  const result: BodyOutline = { elements: [], links: [], code: [] };
  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string') result.links.push({ url: node.url, line, via: 'markdown' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!node.name) break; // a fragment <>…</>
        const attributes: BodyAttribute[] = [];
        let spreads = 0;
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            spreads++;
            continue;
          }
          const value = attribute.value;
          const expression = value !== null && typeof value === 'object';
          const text = expression ? String((value as { value?: unknown }).value ?? '') : typeof value === 'string' ? value : null;
          attributes.push({ name: attribute.name ?? '', value: text, expression });
          // Only HTML elements (lower case) take addresses; components take ids and text.
          if (/^[a-z]/.test(node.name) && LINK_ATTRIBUTES.has((attribute.name ?? '').toLowerCase()) && text !== null && !expression) {
            result.links.push({ url: text, line, via: `<${node.name} ${attribute.name}>` });
          }
        }
        result.elements.push({ name: node.name, attributes, spreads, line });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        result.code.push({ kind: 'expression', source: String(node.value ?? ''), line });
        break;
      case 'mdxjsEsm':
        result.code.push({ kind: 'esm', source: String(node.value ?? ''), line });
        break;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(body, { features: BUILD_OPTIONS.features }) as unknown as Node);
  return result;
}

/** Compiles a body as the build does: its errors, and the outline of what compiles. */
export function compileBody(body: string): CompiledBody {
  const { errors, compiled } = mdxErrors(body);
  return compiled === undefined ? { errors } : { errors, outline: outline(compiled) };
}
