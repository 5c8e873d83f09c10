import type { Condition } from '../lib/conditions.ts';
import type { OfferingVerdict } from '../lib/eligibility.ts';
import { countryName } from '../lib/countries.ts';
import type { Caveat, Reason } from '../lib/reasons.ts';
import type { Locale } from '../lib/locales.ts';
import { dictionary, fill } from './index.ts';
import { pickText } from './text.ts';

/**
 * Reasons, conditions and caveats of the rule in the reader's language, with country names spelled
 * out. Plain text: used in pages, the build report, data attributes and the question list alike.
 */

function values(item: object, locale: Locale): Record<string, string> {
  const t = dictionary(locale);
  const out: Record<string, string> = {};
  if ('country' in item && typeof item.country === 'string') out.country = countryName(item.country, t.meta.locale);
  if ('name' in item && typeof item.name === 'string') out.name = item.name;
  if ('purpose' in item && typeof item.purpose === 'string') out.purpose = item.purpose;
  if ('role' in item && (item.role === 'headquarters' || item.role === 'parent')) out.role = t.roles[item.role];
  if ('what' in item && item.what) out.what = pickText(item.what as Parameters<typeof pickText>[0], locale).text;
  return out;
}

export function describeReason(reason: Reason, locale: Locale): string {
  return fill(dictionary(locale).reasons[reason.code], values(reason, locale));
}

export function describeCondition(condition: Condition, locale: Locale): string {
  return fill(dictionary(locale).conditions[condition.code], values(condition, locale));
}

export function describeCaveat(caveat: Caveat, locale: Locale): string {
  return fill(dictionary(locale).caveats[caveat.code], values(caveat, locale));
}

/** A qualifying offering as readers see it everywhere: its name, then its conditions. */
export function describeQualifying(verdict: OfferingVerdict, locale: Locale): { text: string; lang: string } {
  const name = pickText(verdict.offering.name, locale);
  const conditions = verdict.conditions.map((condition) => describeCondition(condition, locale));
  return { text: conditions.length > 0 ? `${name.text} (${conditions.join('; ')})` : name.text, lang: name.lang };
}
