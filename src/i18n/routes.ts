import type { Locale } from '../lib/locales.ts';
import { localePath } from './index.ts';

/** Every site address in one place, so links and the sitemap agree. */
export const routes = {
  home: (locale: Locale) => localePath(locale, '/'),
  vendor: (locale: Locale, id: string) => localePath(locale, `/crm/${id}/`),
  methodology: (locale: Locale) => localePath(locale, '/methodology/'),
  compare: (locale: Locale) => localePath(locale, '/compare/'),
  privacy: (locale: Locale) => localePath(locale, '/privacy/'),
  about: (locale: Locale) => localePath(locale, '/about/'),
  article: (locale: Locale, id: string) => localePath(locale, `/articles/${id}/`),
};
