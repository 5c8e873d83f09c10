import type { Locale } from './locales.ts';

/**
 * GDPR references written once and cited in each language's one style (the glossaries record
 * it): "Art. 5(1)(b)" in English, "art. 5, lid 1, onder b" in Dutch, "art. 5, par. 1, point b" in
 * French. Lists are joined with the language's separator; recitals are cited by number.
 */

export type GdprRef = { article: number; paragraph?: number; point?: string } | { recital: number };

const STYLES: Record<Locale, { article: (r: { article: number; paragraph?: number; point?: string }) => string; recital: (n: number) => string; join: string }> = {
  en: {
    article: ({ article, paragraph, point }) => `Art. ${article}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`,
    recital: (n) => `Recital ${n}`,
    join: ', ',
  },
  nl: {
    // A point of an article without paragraphs (the definitions of art. 4) is a "punt".
    article: ({ article, paragraph, point }) => `art. ${article}${paragraph ? `, lid ${paragraph}` : ''}${point ? (paragraph ? `, onder ${point}` : `, punt ${point}`) : ''}`,
    recital: (n) => `overweging ${n}`,
    join: '; ',
  },
  fr: {
    article: ({ article, paragraph, point }) => `art. ${article}${paragraph ? `, par. ${paragraph}` : ''}${point ? `, point ${point}` : ''}`,
    recital: (n) => `considérant ${n}`,
    join: '; ',
  },
};

export function cite(refs: readonly GdprRef[], locale: Locale): string {
  const style = STYLES[locale];
  return refs.map((ref) => ('recital' in ref ? style.recital(ref.recital) : style.article(ref))).join(style.join);
}
