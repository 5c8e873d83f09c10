import { describe, expect, it } from 'vitest';
import { evidenceMailto, MAX_MAILTO_LENGTH } from '../src/i18n/evidence-request.ts';
import { CRITERION_KEYS } from '../src/lib/criteria.ts';
import { evaluateVendor, type Policy } from '../src/lib/eligibility.ts';
import { evidenceRequest } from '../src/lib/evidence-request.ts';
import { correctionsLog } from '../src/lib/corrections.ts';
import { vendorSchema } from '../src/lib/schema/vendor.ts';
import { cloud, makeVendor, rawVendor } from './helpers/vendor.ts';

const policy: Policy = { accept: 'eea', excludeNonEeaJurisdiction: false };

function mailto(overrides: Record<string, unknown>, locale: 'nl' | 'en' | 'fr' = 'en') {
  const vendor = makeVendor(overrides);
  const verdict = evaluateVendor(vendor, policy);
  const href = evidenceMailto({ name: vendor.name, url: 'https://site.example/methodology/#vendor-acme-crm', offerings: vendor.offerings, request: evidenceRequest(vendor, verdict) }, locale, 'editors@site.example');
  const url = new URL(href);
  return { href, to: url.pathname, subject: url.searchParams.get('subject')!, body: url.searchParams.get('body')! };
}

describe('the "Is something wrong or missing?" e-mail', () => {
  it('goes to the configured address with the vendor in the subject', () => {
    const { href, to, subject } = mailto({});
    expect(href.startsWith('mailto:editors@site.example?subject=')).toBe(true);
    expect(to).toBe('editors@site.example');
    expect(subject).toBe('Acme CRM: evidence or correction for EU CRM Guide');
  });

  it('lists first the evidence the rule is missing, each with the question that settles it', () => {
    const { body } = mailto({ offerings: [cloud({ support: 'unknown', locations: 'not-documented', subProcessors: [] })] });
    const lines = body.split('\r\n');
    expect(lines[0]).toBe('Acme CRM: https://site.example/methodology/#vendor-acme-crm');
    expect(lines[2]).toBe('We are missing these facts. A page or document of the vendor itself settles them:');
    expect(lines[3]).toBe('- Cloud: sub-processor locations not documented by the vendor');
    expect(lines[4]).toBe('  Question: Where is the list of sub-processors with their locations, and how do you announce changes?');
    expect(body).toContain('- Cloud: not documented from which countries support staff can access the data');
    expect(lines.at(-2)).toBe('Your evidence (a link, or attach the document):');
  });

  it('names what the sources show outside the EEA, to contest with a page that says otherwise', () => {
    const { body } = mailto({ offerings: [cloud({ storage: ['DE', 'US'] })] }, 'nl');
    expect(body).toContain('Dit tonen de bronnen van de leverancier volgens ons. Klopt het niet, stuur dan de pagina die iets anders zegt:\r\n- Cloud: opslag buiten de EER, in Verenigde Staten');
  });

  it('asks the unknown criteria and practical facts, and stops before the address gets too long for mail programs', () => {
    const { href, body } = mailto({});
    expect(href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(body).toContain('Unknown in the comparison:\r\n- Lawful basis per contact and purpose: ');
    // Every criterion is unknown in the fixture: not all of them fit, and the e-mail says how many are left.
    const more = /And (\d+) more questions: see https:\/\/site\.example\/methodology\/#vendor-acme-crm/.exec(body);
    expect(more, body).not.toBeNull();
    const listed = body.split('\r\n').filter((line) => line.startsWith('- ')).length;
    expect(listed + Number(more![1])).toBe(CRITERION_KEYS.length + 3);
  });

  it('says nothing is missing when nothing is', () => {
    const known = Object.fromEntries(['consent', 'minimisation', 'rights', 'contract'].map((group) => [group, {}]));
    const vendor = makeVendor();
    const full: Record<string, unknown> = { pricing: { freePlan: { status: 'no', source: ['s'] }, entryPrice: { value: 10, source: ['s'] } }, languages: { value: ['nl'], source: ['s'] } };
    for (const group of Object.keys(known)) full[group] = Object.fromEntries(Object.keys(vendor[group as 'consent']).map((key) => [key, { status: 'yes', source: ['s'] }]));
    full.security = { ...Object.fromEntries(Object.keys(vendor.security).filter((k) => k !== 'otherCertifications').map((key) => [key, { status: 'no', source: ['s'] }])), otherCertifications: [] };
    const { body } = mailto(full);
    expect(body).toContain('We are not missing any fact about this vendor. What is wrong?');
    expect(body).not.toContain('- ');
  });
});

describe('the corrections log', () => {
  const correction = (date: string) => ({ date, wrong: 'Wrong.', right: 'Right.' });
  it('lists every correction newest first, and names only listed vendors', () => {
    const log = correctionsLog([
      { id: 'a', name: 'A CRM', state: 'listed', corrections: [correction('2026-01-01'), correction('2026-03-01')] },
      { id: 'b', name: 'B CRM', state: 'excluded', corrections: [correction('2026-02-01')] },
      { id: 'c', name: 'C CRM', state: 'listed' },
    ]);
    expect(log.map((item) => [item.id, item.name, item.correction.date])).toEqual([
      ['a', 'A CRM', '2026-03-01'],
      ['b', undefined, '2026-02-01'],
      ['a', 'A CRM', '2026-01-01'],
    ]);
  });
});

describe('a correction in a vendor file', () => {
  it('takes per-language texts and sources that exist, like any fact', () => {
    const ok = { date: '2026-11-29', wrong: { nl: 'Fout.', en: 'Wrong.' }, right: 'Right.', source: ['s'] };
    expect(vendorSchema.safeParse(rawVendor({ corrections: [ok] })).success).toBe(true);
    const unknownSource = vendorSchema.safeParse(rawVendor({ corrections: [{ ...ok, source: ['nope'] }] }));
    expect(unknownSource.error?.issues.map((i) => [i.path.join('.'), i.message.split(':')[0]])).toEqual([['corrections.0.source.0', 'Unknown source "nope"']]);
    expect(vendorSchema.safeParse(rawVendor({ corrections: [{ date: '2026-11-29', wrong: 'Wrong.' }] })).success).toBe(false);
  });
});
