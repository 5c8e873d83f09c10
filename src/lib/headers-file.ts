/**
 * The `_headers` file (public/_headers, copied to dist/_headers): the response headers per path,
 * in the format Netlify and Cloudflare Pages read. The local server (`npm start`) applies it
 * through this module and the tests read the expected headers through it, so the headers the
 * site is tested with are the ones those hosts send.
 *
 * The format: a line that starts with `/` opens a rule for a path pattern; the indented
 * `Name: value` lines under it are its headers; `#` starts a comment line. In a pattern `*`
 * matches any run of characters and `:name` one path segment. Every rule whose pattern matches
 * a path applies; a header repeated within one rule is sent once with the values joined by `, `.
 * What the two hosts read differently is rejected rather than guessed: the same header from two
 * rules that match one path (Cloudflare joins the values, Netlify keeps one), absolute URLs and
 * Cloudflare's `! Name` detach lines.
 */

export interface HeaderLine {
  name: string;
  value: string;
  line: number;
}

export interface HeaderRule {
  pattern: string;
  /** 1-based line of the pattern in the file. */
  line: number;
  headers: HeaderLine[];
  matches: (pathname: string) => boolean;
}

export class HeadersFileError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, detail: string) {
    super(`${file}, line ${line}: ${detail}`);
    this.name = 'HeadersFileError';
    this.file = file;
    this.line = line;
  }
}

/** RFC 9110 token characters: what a header name may consist of. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function patternMatcher(pattern: string): (pathname: string) => boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const regex = new RegExp(`^${source}$`);
  return (pathname) => regex.test(pathname);
}

export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indented = /^\s/.test(raw);
    if (!indented) {
      if (/^[a-z]+:\/\//i.test(trimmed)) {
        throw new HeadersFileError(file, line, `"${trimmed}" is an absolute URL, which only Cloudflare Pages matches; write the path alone, such as "/*"`);
      }
      if (!trimmed.startsWith('/')) {
        throw new HeadersFileError(file, line, `expected a path pattern starting with "/" (or an indented "Name: value" header line), found "${trimmed}"`);
      }
      if (/\s/.test(trimmed)) throw new HeadersFileError(file, line, `a path pattern cannot contain spaces, found "${trimmed}"`);
      rules.push({ pattern: trimmed, line, headers: [], matches: patternMatcher(trimmed) });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new HeadersFileError(file, line, `header "${trimmed}" comes before any path pattern; put a line such as "/*" above it`);
    if (trimmed.startsWith('!')) {
      throw new HeadersFileError(file, line, `"${trimmed}" detaches a header, which only Cloudflare Pages understands; remove the header from the rule that sets it instead`);
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) throw new HeadersFileError(file, line, `expected "Name: value", found "${trimmed}"`);
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (!HEADER_NAME.test(name)) throw new HeadersFileError(file, line, `"${name}" is not a valid header name (letters, digits and - only)`);
    if (value === '') throw new HeadersFileError(file, line, `header "${name}" has no value`);
    rule.headers.push({ name, value, line });
  });
  for (const rule of rules) {
    if (rule.headers.length === 0) throw new HeadersFileError(file, rule.line, `path pattern "${rule.pattern}" has no headers under it (indent them)`);
  }
  return rules;
}

/**
 * The headers for a request path (without its query), in file order; names keep the file's
 * spelling, one entry per header name (case-insensitive).
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string, file = '_headers'): Array<[name: string, value: string]> {
  const merged = new Map<string, { name: string; value: string; rule: HeaderRule }>();
  for (const rule of rules) {
    if (!rule.matches(pathname)) continue;
    for (const { name, value, line } of rule.headers) {
      const key = name.toLowerCase();
      const existing = merged.get(key);
      if (!existing) merged.set(key, { name, value, rule });
      else if (existing.rule === rule) existing.value = `${existing.value}, ${value}`;
      else {
        throw new HeadersFileError(
          file,
          line,
          `"${name}" is also set by "${existing.rule.pattern}" (line ${existing.rule.line}), which matches ${pathname} too; Netlify and Cloudflare Pages combine such headers differently, so set it in one rule only`,
        );
      }
    }
  }
  return [...merged.values()].map(({ name, value }): [string, string] => [name, value]);
}
