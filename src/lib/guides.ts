import type { Locale } from './locales.ts';

/**
 * Articles that pages link as the guide on a task, one id per language. The site's link test
 * fails when an id here no longer names a published article.
 */
export const GUIDES = {
  dataSubjectRequest: {
    nl: 'verzoek-betrokkene-afhandelen-in-uw-crm',
    en: 'data-subject-request-crm-step-by-step',
    fr: 'demande-personne-concernee-crm-etape-par-etape',
  },
  /** What hosting a CRM yourself asks of a small organisation; linked wherever self-hosting appears. */
  selfHosting: {
    nl: 'zelf-hosten-wat-het-van-u-vraagt',
    en: 'self-hosting-a-crm-what-it-takes',
    fr: 'auto-heberger-un-crm-ce-que-cela-demande',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/** The data-subject rights a vendor page explains how to handle, in the order a request usually needs them. */
export const REQUEST_RIGHTS = ['access', 'portability', 'rectification', 'erasure'] as const;
