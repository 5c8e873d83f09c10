/**
 * Where the content collections live. CONTENT_DIR lets tests and benchmarks build the site from
 * another folder without touching the real content.
 */
export function contentDir(env: Record<string, string | undefined>): string {
  return env.CONTENT_DIR || 'src/content';
}
