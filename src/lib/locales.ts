/**
 * The site's languages. Adding one: write src/i18n/<code>.ts (copy en.ts, translate the values),
 * add the code here and the dictionary to src/i18n/index.ts. The first locale is the default and
 * is served at the site root; the others under /<code>/.
 */
export const LOCALES = ['nl', 'en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = LOCALES[0];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
