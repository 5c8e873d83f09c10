import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales.ts';
import { PUBLISHER } from '../lib/site.ts';
import en from './en.ts';
import fr from './fr.ts';
import nl from './nl.ts';

/** A dictionary has every key of the default language's. */
export type Dictionary = typeof nl;

const dictionaries: Record<Locale, Dictionary> = { nl, en, fr };

export function dictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** The publisher as a page in `locale` names it: the configured name, or the editorial team in that language. */
export function publisherName(locale: Locale): string {
  return PUBLISHER.name ?? dictionaries[locale].site.publisher;
}

export { fill } from '../lib/fill.ts';

export { localeOfPath, localePath, localePrefix } from './paths.ts';

/** getStaticPaths entries for the `[...lang]` route segment. */
export function localeParams() {
  return LOCALES.map((locale) => ({ params: { lang: locale === DEFAULT_LOCALE ? undefined : locale }, locale }));
}

/** getStaticPaths of a page that exists once per language: `export const getStaticPaths = pagePerLocale;` */
export function pagePerLocale() {
  return localeParams().map(({ params, locale }) => ({ params, props: { locale } }));
}

/** A page's address in every language, for hreflang alternates and the language switch. */
export function alternatesOf(route: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, route(locale)])) as Record<Locale, string>;
}

export function formatDate(date: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(dictionaries[locale].meta.locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

// Intl formatters are costly to create (ICU data) and cheap to reuse: one per locale for the
// whole build. Creating one per table cell made the comparison page's render a hot spot at
// 1,000 vendors (BENCHMARKS.md).
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const languageNameFormats = new Map<Locale, Intl.DisplayNames>();

/** Names of languages in a locale's own words: languageNames('nl').of('de') → 'Duits'. */
export function languageNames(locale: Locale): Intl.DisplayNames {
  let names = languageNameFormats.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([dictionaries[locale].meta.locale], { type: 'language' });
    languageNameFormats.set(locale, names);
  }
  return names;
}
