import { isAbsolute, relative } from 'node:path';
import type { ContentIssue } from './content-check.ts';

/**
 * A build step's failure that the step has already put in the editor's words (the content
 * check's list of problems, a Pagefind failure). `npm run build` prints its message as it is,
 * without a stack trace: the trace would show the build's code, not the editor's file.
 */
export class BuildStepError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BuildStepError';
  }
}

interface Located {
  message: string;
  loc: { file: string; line: number; column?: number };
  hint?: string;
}

const isError = (value: unknown): value is Error & Record<string, unknown> => value instanceof Error;

// By name, not instanceof: Astro loads the integrations through its own config loader, which may
// give them another copy of this module than the one the build script imports.
const isStepError = (error: unknown) => isError(error) && error.name === 'BuildStepError';

function located(error: unknown): Located | undefined {
  if (!isError(error)) return undefined;
  const loc = error.loc as Located['loc'] | undefined;
  if (!loc || typeof loc.file !== 'string' || typeof loc.line !== 'number') return undefined;
  return { message: error.message, loc, hint: typeof error.hint === 'string' ? error.hint : undefined };
}

/**
 * What `npm run build` prints when the build fails. A step's own message (the content check's
 * list) as it is; errors that point into a file (an MDX body that does not compile; Rolldown
 * gathers them in `errors`) as the content check's list, file by file with line and column;
 * anything else (a fault in a page or a component) as its message, the file Astro names and
 * Astro's hint, with the way to get the stack trace.
 * Paths inside `root` are shown relative to it, as the content check shows them.
 */
export async function describeBuildFailure(error: unknown, root: string): Promise<string> {
  if (isStepError(error)) return (error as Error).message;
  const parts = isError(error) && Array.isArray(error.errors) && error.errors.length > 0 ? (error.errors as unknown[]) : [error];
  const inFiles = parts.map(located);
  if (inFiles.every((part) => part !== undefined)) {
    const issues: ContentIssue[] = inFiles.map(({ message, loc, hint }) => ({
      path: showPath(loc.file, root),
      line: loc.line,
      field: loc.column === undefined ? '(file)' : `column ${loc.column}`,
      // MDX starts its message with the position the line already gives.
      message: message.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '') + (hint ? ` ${hint}` : ''),
    }));
    const files = new Set(issues.map((issue) => issue.path)).size;
    // Loaded only now: the content check's module and its parsers cost a successful build 0.2 s.
    const { formatReport } = await import('./content-check.ts');
    return `The build stopped at an error in ${files === 1 ? 'this file' : `these ${files} files`}:\n${formatReport(issues)}`;
  }
  if (!isError(error)) return String(error);
  const where = typeof error.id === 'string' ? ` (in ${showPath(error.id, root)})` : '';
  const hint = typeof error.hint === 'string' ? `\n${error.hint}` : '';
  return `${error.name}: ${withoutStack(error.message)}${where}${hint}\nFor the stack trace, run Astro's own build into a scratch folder: npx astro build --outDir /tmp/site`;
}

/** A message without the stack frames some tools write into it. */
export const withoutStack = (message: string): string =>
  message
    .split('\n')
    .filter((line) => !/^\s+at \S/.test(line))
    .join('\n')
    .trim();

/** `file` relative to `root` when it lies inside it, else as it is. */
export function showPath(file: string, root: string): string {
  const inside = relative(root, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}
