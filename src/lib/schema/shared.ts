import { z } from 'astro/zod';
import { isCountryCode } from '../countries.ts';
import { STATUSES } from '../criteria.ts';

import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';

export { LOCALES, type Locale };

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Expected a kebab-case id such as "eu-cloud" (a-z, 0-9 and single hyphens).' })
  .describe('A kebab-case id: lower-case letters and digits joined by single hyphens, such as `eu-cloud`.');

export const countryCode = z
  .string()
  .refine(isCountryCode, {
    error: (issue) => `Expected an ISO 3166-1 alpha-2 country code such as "NL" or "DE", got ${JSON.stringify(issue.input)}.`,
  })
  .describe('ISO 3166-1 alpha-2 country code, upper case (NL, DE, IE, NO, US).');

/** Sources and links must be https: a reader following evidence should not be sent over plain http. */
export const httpsUrl = z
  .url({ protocol: /^https$/, error: 'Expected a full web address starting with https://.' })
  .describe('A full https:// web address.');

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written as YYYY-MM-DD. YAML parsers may hand us a Date object (js-yaml) or a
 * string (yaml 1.2); both end up as the same string, and 2026-02-30 is refused instead of
 * silently rolling over to March.
 */
export const calendarDate = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
    z.string({ error: 'Expected a date written as YYYY-MM-DD.' }).refine(isCalendarDate, {
      error: (issue) => `Expected a real calendar date written as YYYY-MM-DD, got ${JSON.stringify(issue.input)}.`,
    }),
  )
  .describe('A calendar date written as YYYY-MM-DD, such as 2026-03-01.');

/**
 * Text per site language. The default language is required; a missing translation falls back to
 * it on the page (marked with its own `lang`), so adding a language never breaks existing files.
 */
export const localizedText = z
  .strictObject(
    Object.fromEntries(
      LOCALES.map((l) => [l, l === DEFAULT_LOCALE ? z.string().trim().min(1) : z.string().trim().min(1).optional()]),
    ) as { [L in Locale]: L extends typeof DEFAULT_LOCALE ? z.ZodString : z.ZodOptional<z.ZodString> },
  )
  .describe(`Text per site language (${LOCALES.join(', ')}); ${DEFAULT_LOCALE} is required.`);

/** A short note on a fact: one English text shown in every language, or one per language. */
export const note = z
  .union([z.string().trim().min(1), localizedText])
  .describe('A short note on the fact: one string in English (shown as English everywhere), or one per language (nl, en).');

export type Note = z.infer<typeof note>;

/** Ids of entries in the vendor's `sources` list. */
export const sourceRefs = z
  .array(kebabId)
  .min(1)
  .describe('Ids of entries in this file\'s `sources` list that back this fact.');

export const status = z.enum(STATUSES, {
  error: (issue) => `Expected one of ${STATUSES.join(' | ')}, got ${JSON.stringify(issue.input)}.`,
});

/** A yes/partial/no/unknown feature with its evidence. */
/** The source's own words, shown as a quotation in their own language. */
export const quote = z
  .string()
  .trim()
  .min(1)
  .max(600, { error: 'Keep a quote to the sentence that shows the fact (600 characters at most).' })
  .describe('The words of the first source that show the fact, verbatim; shown as a quotation, never as our text.');

export const quoteLang = z
  .string()
  .regex(/^[a-z]{2,3}$/, { error: 'Expected a language code such as "en", "nl", "de" or "fr".' })
  .describe('Language of `quote` (ISO 639-1) when it is not English.');

export const feature = z
  .strictObject({
    status: status.describe('`unknown` means not documented, never "no". Write "yes" and "no" in quotes: YAML 1.1 tools read them unquoted as true and false.'),
    note: note.optional(),
    quote: quote.optional(),
    quoteLang: quoteLang.optional(),
    source: sourceRefs.optional(),
  })
  .describe('A feature: status, an optional note, and the sources that show it.');

export type Feature = z.infer<typeof feature>;

/** A fact whose value may be unknown, with its evidence. */
export function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value: z.union([z.literal('unknown'), value]),
    note: note.optional(),
    quote: quote.optional(),
    quoteLang: quoteLang.optional(),
    source: sourceRefs.optional(),
  });
}
