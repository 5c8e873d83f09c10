import { countryName } from '../lib/countries.ts';
import type { Caveat, Reason } from '../lib/eligibility.ts';
import type { Locale } from '../lib/locales.ts';
import { dictionary, fill } from './index.ts';

/** A reason for exclusion in the reader's language, with country names spelled out. */
export function describeReason(reason: Reason, locale: Locale): string {
  const t = dictionary(locale);
  const values: Record<string, string> = {};
  if ('country' in reason) values.country = countryName(reason.country, t.meta.locale);
  if ('name' in reason) values.name = reason.name;
  if ('role' in reason) values.role = t.roles[reason.role];
  return fill(t.reasons[reason.code], values);
}

export function describeCaveat(caveat: Caveat, locale: Locale): string {
  return dictionary(locale).caveats[caveat.code];
}
