/**
 * Reading time of an article, from its MDX source. Adults read non-fiction silently at about
 * 238 words a minute in English (Brysbaert 2019, a meta-analysis of 190 studies); we use a
 * rounder, slightly slower 200 for texts full of legal terms and article numbers.
 */
export const WORDS_PER_MINUTE = 200;

/** The text a reader reads: no frontmatter, imports, code blocks, tags, link targets or markup. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/^\s*(?:import|export)\s[^\n]*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`|~]/g, ' ');
}

/** Words: runs of characters with at least one letter or digit ("Art.", "5(1)(e)", "B2B"). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whole minutes to read an MDX article, at least one. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(readableText(mdx)) / wordsPerMinute));
}
