import { describe, expect, it } from 'vitest';
import { vendorSchema } from '../src/lib/schema/vendor.ts';
import { cloud, rawVendor, selfHosted } from './helpers/vendor.ts';

function issuesOf(raw: Record<string, unknown>) {
  const result = vendorSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('vendor schema', () => {
  it('accepts a complete vendor where every GDPR fact is unknown', () => {
    expect(issuesOf(rawVendor())).toEqual([]);
  });

  it('accepts a self-hosted offering without storage facts, since the customer chooses where it runs', () => {
    expect(issuesOf(rawVendor({ offerings: [selfHosted()] }))).toEqual([]);
  });

  it('refuses a missing fact instead of defaulting it', () => {
    const raw = rawVendor();
    delete (raw.consent as Record<string, unknown>).consentLog;
    expect(issuesOf(raw)).toEqual([{ path: 'consent.consentLog', message: expect.stringContaining('expected object') }]);
  });

  it('refuses a status outside yes | partial | no | unknown', () => {
    const raw = rawVendor({ rights: { ...(rawVendor().rights as object), erasure: { status: 'maybe' } } });
    expect(issuesOf(raw)).toEqual([{ path: 'rights.erasure.status', message: 'Expected one of yes | partial | no | unknown, got "maybe".' }]);
  });

  it.each([['nl'], ['UK'], ['EU'], ['XX']])('refuses %s as a country code', (code) => {
    const issues = issuesOf(rawVendor({ headquarters: { value: code, source: ['s'] } }));
    expect(issues.some((i) => i.message.includes('ISO 3166-1 alpha-2'))).toBe(true);
  });

  it('refuses a web address that is not one, or is plain http', () => {
    expect(issuesOf(rawVendor({ website: 'http://acme.example' }))[0]!.path).toBe('website');
    expect(issuesOf(rawVendor({ website: 'acme.example' }))).toEqual([
      { path: 'website', message: 'Expected a full web address starting with https://.' },
    ]);
  });

  it('refuses an impossible date, and accepts the Date object a YAML parser may produce', () => {
    expect(issuesOf(rawVendor({ lastVerified: '2026-02-30' }))).toEqual([
      { path: 'lastVerified', message: 'Expected a real calendar date written as YYYY-MM-DD, got "2026-02-30".' },
    ]);
    const parsed = vendorSchema.parse(rawVendor({ lastVerified: new Date('2026-11-29T00:00:00Z') }));
    expect(parsed.lastVerified).toBe('2026-11-29');
  });

  it('refuses a misspelt field', () => {
    expect(issuesOf(rawVendor({ websiet: 'https://acme.example' }))).toEqual([{ path: '', message: expect.stringContaining('websiet') }]);
  });

  it('refuses a fact citing a source that is not in `sources`', () => {
    expect(issuesOf(rawVendor({ headquarters: { value: 'NL', source: ['nowhere'] } }))).toEqual([
      { path: 'headquarters.source.0', message: 'Unknown source "nowhere": add it to `sources` or use one of s, copy, repo, tp.' },
    ]);
  });

  it('refuses `locations: listed` without the list, and a duplicated offering id', () => {
    expect(issuesOf(rawVendor({ offerings: [cloud({ locations: 'listed', subProcessors: [] })] }))).toEqual([
      { path: 'offerings.0.subProcessors.entries', message: '`locations: listed` needs the sub-processors in `entries`.' },
    ]);
    expect(issuesOf(rawVendor({ offerings: [cloud(), cloud()] }))).toEqual([{ path: 'offerings.1.id', message: 'Offering id "cloud" is used twice.' }]);
  });

  it('requires the description in the default language only', () => {
    expect(issuesOf(rawVendor({ description: { nl: 'Alleen Nederlands.' } }))).toEqual([]);
    expect(issuesOf(rawVendor({ description: { en: 'English only.' } }))[0]!.path).toBe('description.nl');
  });
});
