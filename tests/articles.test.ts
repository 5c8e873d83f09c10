import { describe, expect, it } from 'vitest';
import { localeOfPath } from '../src/i18n/index.ts';
import { routes } from '../src/i18n/routes.ts';
import { newestFirst, publishedIn, tableOfContents, tagsOf, type ArticleLike } from '../src/lib/articles.ts';
import { countWords, readableText, readingMinutes } from '../src/lib/reading-time.ts';

function article(id: string, data: Partial<ArticleLike['data']> = {}): ArticleLike {
  return { id, data: { title: id, lang: 'nl', publishDate: '2026-01-01', tags: [], draft: false, ...data } };
}

describe('reading time', () => {
  it('counts the words a reader reads, not frontmatter, imports, code, tags or link targets', () => {
    const mdx = [
      '---',
      'title: Not counted at all here',
      '---',
      "import Thing from './thing.astro';",
      '',
      '## Two words',
      '',
      'See [the GDPR](https://eur-lex.europa.eu/eli/reg/2016/679/oj) Art. 17.',
      '',
      '<VendorCard vendor="teamleader" />',
      '<Callout type="info">Inside a callout.</Callout>',
      '{/* a comment */}',
      '```js',
      'const notCounted = true;',
      '```',
      '- **Bold** item — dash',
    ].join('\n');
    expect(readableText(mdx)).not.toContain('eur-lex');
    // Two words / See the GDPR Art. 17. / Inside a callout. / Bold item dash (the — is no word)
    expect(countWords(readableText(mdx))).toBe(2 + 5 + 3 + 3);
  });

  it('gives whole minutes at 200 words a minute, and at least one', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'woord').join(' ');
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(50))).toBe(1);
    expect(readingMinutes(words(1000))).toBe(5);
    expect(readingMinutes(words(1100))).toBe(6);
    expect(readingMinutes(words(1000), 250)).toBe(4);
  });
});

describe('article listings', () => {
  const articles = [
    article('old', { publishDate: '2025-05-01', tags: ['toestemming'] }),
    article('new', { publishDate: '2026-03-01', tags: ['toestemming', 'bewaartermijnen'] }),
    article('draft', { publishDate: '2026-06-01', draft: true, tags: ['geheim'] }),
    article('english', { lang: 'en', publishDate: '2026-04-01' }),
    article('same-day-updated', { publishDate: '2026-03-01', updatedDate: '2026-04-01' }),
  ];

  it('lists the published articles of one language, newest first, drafts left out', () => {
    expect(publishedIn(articles, 'nl').map((a) => a.id)).toEqual(['same-day-updated', 'new', 'old']);
    expect(publishedIn(articles, 'en').map((a) => a.id)).toEqual(['english']);
    expect([...articles].sort(newestFirst)[0]!.id).toBe('draft');
  });

  it('counts tags alphabetically, so tags of drafts never get a page', () => {
    expect(tagsOf(publishedIn(articles, 'nl'))).toEqual([
      { tag: 'bewaartermijnen', count: 1 },
      { tag: 'toestemming', count: 2 },
    ]);
  });

  it('builds a table of contents of h2 with nested h3, skipping the title and deeper levels', () => {
    const toc = tableOfContents([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 3, slug: 'orphan', text: 'Orphan h3' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A.1' },
      { depth: 4, slug: 'a1x', text: 'A.1.x' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { depth: 3, slug: 'orphan', text: 'Orphan h3', children: [] },
      { depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'a1', text: 'A.1', children: [] }] },
      { depth: 2, slug: 'b', text: 'B', children: [] },
    ]);
  });
});

describe('article and data addresses', () => {
  it('puts the index, tag pages, feeds and the compare view under each language', () => {
    expect(routes.articles('nl')).toBe('/articles/');
    expect(routes.articleTag('en', 'consent')).toBe('/en/articles/tags/consent/');
    expect(routes.rss('en')).toBe('/en/rss.xml');
    expect(routes.compareVendors('nl', ['teamleader', 'odoo'])).toBe('/compare/?compare=teamleader,odoo');
    expect(routes.compareVendors('en', ['a', 'b', 'c'])).toBe('/en/compare/?compare=a,b,c');
  });

  it('tells the language of a page from its path', () => {
    expect(localeOfPath('/articles/x/')).toBe('nl');
    expect(localeOfPath('/en/articles/x/')).toBe('en');
    expect(localeOfPath('/english/')).toBe('nl');
  });
});
