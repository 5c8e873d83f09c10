import { DEFAULT_LOCALE, type Locale } from '../lib/locales.ts';

export type LocalizedText = string | ({ [L in Locale]?: string } & { [DEFAULT_LOCALE]: string });

/** Plain-string notes in content files are written in English, the language of most sources. */
export const PLAIN_NOTE_LANGUAGE = 'en';

/** The text for a locale, and the language it is actually in, for the element's `lang`. */
export function pickText(value: LocalizedText, locale: Locale): { text: string; lang: string } {
  if (typeof value === 'string') return { text: value, lang: PLAIN_NOTE_LANGUAGE };
  const own = value[locale];
  if (own) return { text: own, lang: locale };
  return { text: value[DEFAULT_LOCALE], lang: DEFAULT_LOCALE };
}

/**
 * Attributes for text in `lang` shown on a page in `locale`: marked with its language, and kept
 * out of the page language's search index, so a query never matches through foreign words.
 */
export function textAttrs(lang: string, locale: Locale): { lang?: string; 'data-pagefind-ignore'?: '' } {
  return lang === locale ? {} : { lang, 'data-pagefind-ignore': '' };
}
