import type { Locale } from './locales.ts';

/** What listings need of an article entry; Astro's collection entries fit this shape. */
export interface ArticleLike {
  id: string;
  data: {
    title: string;
    lang: Locale;
    publishDate: string;
    updatedDate?: string | undefined;
    tags: string[];
    draft: boolean;
  };
}

/** Newest first by publication date; the later update, then the title, break ties. */
export function newestFirst(a: ArticleLike, b: ArticleLike): number {
  return (
    b.data.publishDate.localeCompare(a.data.publishDate) ||
    (b.data.updatedDate ?? '').localeCompare(a.data.updatedDate ?? '') ||
    a.data.title.localeCompare(b.data.title, a.data.lang)
  );
}

/** The published (non-draft) articles written in a language, newest first. */
export function publishedIn<T extends ArticleLike>(articles: readonly T[], locale: Locale): T[] {
  return articles.filter((article) => !article.data.draft && article.data.lang === locale).sort(newestFirst);
}

/** Every tag of these articles with how many use it, alphabetically. */
export function tagsOf(articles: readonly ArticleLike[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const article of articles) for (const tag of new Set(article.data.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: TocEntry[];
}

/**
 * A table of contents from the headings `render()` returns: h2 entries with their h3 entries
 * nested. The h1 is the page title; deeper levels would crowd the list.
 */
export function tableOfContents(headings: readonly Heading[], maxDepth = 3): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > maxDepth) continue;
    const entry: TocEntry = { ...heading, children: [] };
    const parent = toc.at(-1);
    if (heading.depth > 2 && parent) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}

/**
 * The other-language versions of an article: the published articles it lists in `translations`
 * that list it back, in the order of the site's languages.
 */
export function translationsOf<T extends { id: string; data: { lang: Locale; translations: readonly string[] } }>(article: T, articles: readonly T[], order: readonly Locale[]): T[] {
  return articles
    .filter((other) => other.id !== article.id && article.data.translations.includes(other.id) && other.data.translations.includes(article.id))
    .sort((a, b) => order.indexOf(a.data.lang) - order.indexOf(b.data.lang));
}
