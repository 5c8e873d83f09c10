import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales.ts';

/**
 * Site paths per language. Kept apart from the dictionaries (src/i18n/index.ts re-exports these),
 * so that the routes, and the content check that reads them before every build, load without
 * loading every interface string.
 */

/** The path prefix of a locale: '' for the default language, '/en' for English. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** A site path in a locale: localePath('en', '/crm/teamleader/') → '/en/crm/teamleader/'. */
export function localePath(locale: Locale, path: string): string {
  return `${localePrefix(locale)}${path}`;
}

/** The locale a site path belongs to: '/en/articles/x/' → 'en', '/articles/x/' → the default. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return LOCALES.find((locale) => locale !== DEFAULT_LOCALE && locale === first) ?? DEFAULT_LOCALE;
}
