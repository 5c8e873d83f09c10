import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articlesOf, CRITERION_KEYS } from '../src/lib/criteria.ts';
import { EVIDENCE_KIND_KEYS } from '../src/lib/evidence.ts';
import {
  END_MARKER,
  fieldReferenceIn,
  GUIDE_PATH,
  renderFieldReference,
  START_MARKER,
  withFieldReference,
} from '../src/lib/field-reference.ts';

const reference = renderFieldReference();

/** The table row of one field: its cells, without the leading and trailing pipe. */
function row(path: string): string[] {
  const line = reference.split('\n').find((l) => l.startsWith(`| \`${path}\` |`));
  expect(line, `a row for ${path}`).toBeDefined();
  return line!.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
}

/** The cells of a row: field, required, values, takes note/source, description. */
function cells(path: string) {
  const [field, required, values, takes, description] = row(path);
  return { field, required, values, takes, description };
}

describe('the field reference rendered from the vendor schema', () => {
  it('names sources[].kind with its four evidence kinds', () => {
    const kind = cells('sources[].kind');
    expect(kind.required).toBe('required');
    for (const value of ['vendor', 'vendor-copy', 'third-party', 'code']) expect(kind.values).toContain(`\`${value}\``);
    expect(EVIDENCE_KIND_KEYS).toHaveLength(4);
  });

  it('lets supportAccess be eea, none, unknown or countries', () => {
    const values = cells('offerings[].supportAccess.value').values;
    for (const value of ['eea', 'none', 'unknown']) expect(values).toContain(`\`${value}\``);
    expect(values).toContain('country codes');
  });

  it('describes the commitment with its fields, and its exceptions with switchOff', () => {
    const commitment = cells('offerings[].commitment');
    expect(commitment.required).toBe('optional');
    expect(commitment.takes).toBe('`note`, `source` (required)');
    expect(commitment.description).toContain('A statement about storage alone is not one');
    expect(cells('offerings[].commitment.scope').required).toBe('required');
    expect(cells('offerings[].commitment.covers').values).toContain('`sub-processors`');
    expect(cells('offerings[].commitment.source').required).toBe('required');
    expect(cells('offerings[].commitment.exceptions[].switchOff').values).toContain('feature');
  });

  it('says that hostingProvider, headquarters and sub-processor entries take note and source', () => {
    expect(cells('offerings[].hostingProvider').takes).toBe('`note`, `source`');
    expect(cells('headquarters').takes).toBe('`note`, `source`');
    expect(cells('offerings[].subProcessors.entries').takes).toBe('each item: `note`, `source`');
    expect(cells('offerings[].subProcessors.entries[].source').description).toContain("the `subProcessors` block's `source` covers it");
  });

  it('says explicitly when an object takes neither, or only a note', () => {
    expect(cells('parentCompany.value').takes).toBe('neither');
    expect(cells('sources').takes).toBe('each item: `note` only');
  });

  it('groups offering fields by kind: storage for hosted offerings, sends for self-hosted', () => {
    const hosted = reference.indexOf('#### `vendor-cloud` and `partner-hosted` offerings');
    const selfHosted = reference.indexOf('#### `self-hosted` offerings');
    expect(hosted).toBeGreaterThan(-1);
    expect(selfHosted).toBeGreaterThan(hosted);
    expect(reference.indexOf('| `offerings[].storage.value` |')).toBeGreaterThan(hosted);
    expect(reference.indexOf('| `offerings[].storage.value` |')).toBeLessThan(selfHosted);
    expect(reference.indexOf('| `offerings[].sends.value` |')).toBeGreaterThan(selfHosted);
    expect(cells('offerings[].kind').values).toBe('`vendor-cloud`, `partner-hosted` or `self-hosted`');
  });

  it('lists every criterion once with its GDPR article, and the article frontmatter', () => {
    for (const key of CRITERION_KEYS) {
      const lines = reference.split('\n').filter((line) => line.includes(` | \`${key}\` | `));
      expect(lines, key).toHaveLength(1);
      expect(lines[0]).toContain(articlesOf(key, 'en'));
    }
    expect(reference).toContain('### Article frontmatter');
    expect(cells('tags').required).toBe('optional, default `[]`');
  });

  it('replaces only the text between the markers', () => {
    const document = `intro\n${START_MARKER}\nold\n${END_MARKER}\noutro\n`;
    const updated = withFieldReference(document, 'new');
    expect(updated).toBe(`intro\n${START_MARKER}\nnew\n${END_MARKER}\noutro\n`);
    expect(fieldReferenceIn(updated)).toBe('new');
    expect(() => fieldReferenceIn('no markers')).toThrow(START_MARKER);
  });
});

describe(GUIDE_PATH, () => {
  it('holds exactly the rendered field reference between its markers (run `npm run docs:fields`)', () => {
    expect(fieldReferenceIn(readFileSync(GUIDE_PATH, 'utf8'))).toBe(reference);
  });
});
