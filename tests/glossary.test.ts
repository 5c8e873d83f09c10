import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionary } from '../src/i18n/index.ts';
import en from '../src/i18n/glossary/en.ts';
import fr from '../src/i18n/glossary/fr.ts';
import nl from '../src/i18n/glossary/nl.ts';
import type { Glossary } from '../src/i18n/glossary/types.ts';
import { LOCALES, type Locale } from '../src/lib/locales.ts';

const GLOSSARIES: Record<Locale, Glossary> = { nl, en, fr };

/** Whole words in any script: \b would split "êtes" into "tes". */
function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu');
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

/** An article's text without its frontmatter, code, link targets, URLs and quotations. */
function articleProse(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.split('\n').filter((line) => /^(title|description):/.test(line)).join('\n'))
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/[“"«][^”"»\n]*[”"»]/g, '');
}

const ARTICLES = join('src', 'content', 'articles');
const articlesIn = (locale: Locale) =>
  readdirSync(ARTICLES)
    .map((name) => ({ name, text: readFileSync(join(ARTICLES, name), 'utf8') }))
    .filter(({ text }) => new RegExp(`^lang: ${locale}$`, 'm').test(text));

describe('one glossary per language', () => {
  it('has a glossary for every language, with the same concepts in each', () => {
    for (const locale of LOCALES) expect(GLOSSARIES[locale].length, locale).toBeGreaterThan(10);
    const concepts = (g: Glossary) => new Set(g.map((e) => e.concept));
    for (const concept of concepts(nl)) expect(concepts(fr).has(concept), `fr: ${concept}`).toBe(true);
  });

  it.each(LOCALES)('the %s dictionary uses none of the variants its glossary avoids', (locale) => {
    const texts = strings(dictionary(locale));
    const hits = GLOSSARIES[locale].flatMap((entry) =>
      (entry.avoid ?? []).flatMap((word) => texts.filter((text) => wholeWord(word).test(text)).map((text) => `"${word}" (use "${entry.term}") in: ${text}`)),
    );
    expect(hits).toEqual([]);
  });

  it.each(LOCALES)('the %s articles use none of the variants the glossary avoids', (locale) => {
    const articles = articlesIn(locale);
    expect(articles.length).toBeGreaterThan(0);
    const hits = articles.flatMap(({ name, text }) =>
      GLOSSARIES[locale].flatMap((entry) => (entry.avoid ?? []).filter((word) => wholeWord(word).test(articleProse(text))).map((word) => `${name}: "${word}" (use "${entry.term}")`)),
    );
    expect(hits).toEqual([]);
  });

  it('finds a variant when there is one (the check itself can fail)', () => {
    expect(wholeWord('je').test('Kies je taal')).toBe(true);
    expect(wholeWord('tes').test('vous êtes')).toBe(false);
  });
});
