import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/lib/locales.ts';
import { DIST, expectedDirectory } from './built-site.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-check.ts';

/**
 * One page of every kind, in every language, for the checks that run in the browser (privacy,
 * CSP, accessibility). Kinds that a build does not have yet are left out, not faked.
 */
export interface PageToCheck {
  name: string;
  path: string;
  /** Something to do on the page before checking it, e.g. open filters or search. */
  interact?: 'compare' | 'search';
}

export function pagesToCheck(): PageToCheck[] {
  const { listed } = expectedDirectory();
  const { articles } = checkContent([], readContentFiles('src/content/articles'));
  const vendor = listed[0]!.id;
  const pair = listed.slice(0, 3).map((v) => v.id).join(',');
  const pages: PageToCheck[] = [];
  for (const locale of LOCALES) {
    const prefix = locale === 'nl' ? '' : `/${locale}`;
    const article = articles.find((a) => a.data.lang === locale && !a.data.draft);
    const tag = article?.data.tags[0];
    pages.push(
      { name: `${locale} home`, path: `${prefix}/` },
      { name: `${locale} vendor`, path: `${prefix}/crm/${vendor}/` },
      { name: `${locale} methodology`, path: `${prefix}/methodology/` },
      { name: `${locale} comparison, filtered`, path: `${prefix}/compare/?need=consentLog&need=erasure&sort=price`, interact: 'compare' },
      { name: `${locale} comparison, side by side`, path: `${prefix}/compare/?compare=${pair}&known=1` },
      { name: `${locale} questionnaire`, path: `${prefix}/find/` },
      { name: `${locale} privacy`, path: `${prefix}/privacy/` },
      { name: `${locale} about`, path: `${prefix}/about/` },
      { name: `${locale} changes`, path: `${prefix}/changes/` },
      { name: `${locale} corrections`, path: `${prefix}/corrections/` },
    );
    if (article) pages.push({ name: `${locale} article`, path: `${prefix}/articles/${article.id}/` });
    if (tag && existsSync(join(DIST, prefix, 'articles', 'tags', tag))) pages.push({ name: `${locale} tag`, path: `${prefix}/articles/tags/${tag}/` });
    if (existsSync(join(DIST, prefix, 'articles', 'index.html'))) pages.push({ name: `${locale} article index`, path: `${prefix}/articles/` });
    if (existsSync(join(DIST, prefix, 'search', 'index.html'))) pages.push({ name: `${locale} search`, path: `${prefix}/search/?q=consent`, interact: 'search' });
  }
  pages.push({ name: '404', path: '/no-such-page/' });
  return pages;
}
