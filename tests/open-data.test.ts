import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentFiles } from '../src/lib/content-files.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { CRITERION_KEYS } from '../src/lib/criteria.ts';
import { partition } from '../src/lib/eligibility.ts';
import { vendorJsonSchema } from '../src/lib/json-schema.ts';
import { CSV_COLUMNS, csvField, DATA_LICENCE, openDataCsv, openDataJson } from '../src/lib/open-data.ts';
import { ACTIVE_POLICY } from '../src/lib/policy.ts';
import { cloud, makeVendor } from './helpers/vendor.ts';

const frontmatterOf = (text: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as unknown;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  // JSON Schema's "iri" (a web address that may hold non-ASCII characters); ajv-formats has no
  // check for it, so use the same URL parser zod uses.
  ajv.addFormat('iri', (value: string) => URL.canParse(value));
  return ajv.compile(vendorJsonSchema());
}

describe('the JSON Schema generated from the zod schema', () => {
  const validate = validator();

  it('states the data licence and documents the fields with the schema descriptions', () => {
    const schema = vendorJsonSchema('https://example.org/data/vendor.schema.json');
    expect(schema.$id).toBe('https://example.org/data/vendor.schema.json');
    expect(schema.description).toContain(DATA_LICENCE.url);
    expect(JSON.stringify(schema)).toContain('Every country where customer data is stored at rest, backups included');
  });

  it('accepts the frontmatter of every real vendor file', () => {
    const files = readContentFiles('src/content/vendors');
    expect(files.length).toBeGreaterThan(40);
    const failures = files.flatMap((file) => (validate(frontmatterOf(file.text)) ? [] : [`${file.path}: ${JSON.stringify(validate.errors?.slice(0, 3))}`]));
    expect(failures).toEqual([]);
  });

  it('rejects the broken fixtures: a bad URL, country, status and date, and a missing name', () => {
    const fixtures = 'tests/fixtures/bad-content/vendors';
    const errorsOf = (name: string) => {
      const file = readContentFiles(fixtures).find((f) => f.path.endsWith(name))!;
      expect(validate(frontmatterOf(file.text))).toBe(false);
      return validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`);
    };
    const bad = errorsOf('bad-values.mdx');
    for (const expected of ['/website format', '/offerings/0/storage/value/1 enum', '/consent/consentLog/status enum', '/lastVerified format']) {
      expect(bad).toContain(expected);
    }
    expect(errorsOf('missing-name.mdx')).toContain(' required');
    expect(validate(frontmatterOf(readContentFiles(fixtures).find((f) => f.path.endsWith('good-crm.mdx'))!.text))).toBe(true);
  });
});

describe('open data exports', () => {
  const listedVendor = partition([{ id: 'acme', data: makeVendor({ name: 'Acme, "the" CRM' }) }], ACTIVE_POLICY).listed[0]!;
  const options = {
    pageUrl: (locale: string, id: string) => `https://x.example/${locale}/crm/${id}/`,
    aboutUrl: 'https://x.example/open-data/',
    schemaUrl: 'https://x.example/data/vendor.schema.json',
    policy: ACTIVE_POLICY,
  };

  it('quotes CSV fields with commas, quotes or line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(undefined)).toBe('');
  });

  it('writes one CSV row per vendor with a status per GDPR criterion', () => {
    const csv = openDataCsv([listedVendor], options);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(header!.split(',')).toEqual(expect.arrayContaining([...CRITERION_KEYS]));
    expect(row!.startsWith('acme,"Acme, ""the"" CRM",https://acme.example,https://x.example/nl/crm/acme/,https://x.example/en/crm/acme/,cloud,,DE,NL,none,none,no,')).toBe(true);
    expect(end).toBe('');
  });

  it('puts the licence, the verdict per offering and the facts in the JSON', () => {
    const json = openDataJson([listedVendor], options);
    expect(json.licence).toEqual(DATA_LICENCE);
    expect(json.count).toBe(1);
    expect(json.vendors[0]).toMatchObject({
      id: 'acme',
      pages: { nl: 'https://x.example/nl/crm/acme/', en: 'https://x.example/en/crm/acme/' },
      verdict: { status: 'listed', qualifyingOfferings: ['cloud'], offerings: [{ id: 'cloud', qualifies: true, reasons: [] }] },
      facts: { name: 'Acme, "the" CRM', website: 'https://acme.example' },
    });
  });

  it('has nothing to export for an excluded vendor: only listed vendors reach the exporters', () => {
    const { listed, excluded } = partition([{ id: 'gone', data: makeVendor({ offerings: [cloud({ storage: ['US'] })] }) }], ACTIVE_POLICY);
    expect(listed).toEqual([]);
    expect(excluded.map((v) => v.id)).toEqual(['gone']);
  });
});

describe('the real content and the schema agree', () => {
  it('every real vendor file passes the content check, so the exports see all of them', () => {
    const files = readContentFiles(join('src', 'content', 'vendors'));
    const { issues, vendors } = checkContent(files, []);
    expect(issues).toEqual([]);
    expect(vendors.length).toBe(files.length);
  });
});
