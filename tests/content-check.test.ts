import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../src/lib/content-files.ts';
import { checkContent, formatReport } from '../src/lib/content-check.ts';

const fixtures = 'tests/fixtures/bad-content';
const vendorFiles = readContentFiles(join(fixtures, 'vendors'));
const articleFiles = readContentFiles(join(fixtures, 'articles'));

describe('content check on fixture files', () => {
  const { issues, vendors } = checkContent(vendorFiles, articleFiles);

  it('reports every problem of every bad file in one run, with file, line, field and what was expected', () => {
    expect(formatReport(issues)).toMatchInlineSnapshot(`
      "✖ tests/fixtures/bad-content/vendors/bad-values.mdx
          line 3, website: Expected a full web address starting with https://.
          line 15, offerings[0].storage.value[1]: Expected an ISO 3166-1 alpha-2 country code such as "NL" or "DE", got "XX".
          line 25, consent.consentLog.status: Expected one of yes | partial | no | unknown, got "maybe".
          line 63, lastVerified: Expected a real calendar date written as YYYY-MM-DD, got 2026-02-30 (YAML reads it as 2026-03-02).
      ✖ tests/fixtures/bad-content/vendors/missing-name.mdx
          line 1, name: Missing required field \`name\` (expected string).
      ✖ tests/fixtures/bad-content/articles/broken-reference.mdx
          line 6, vendors[1]: No vendor with id "no-such-crm": expected the file name of a file in src/content/vendors (without .mdx)."
    `);
  });

  it('still accepts the good file beside the bad ones', () => {
    expect(vendors.map((v) => v.id)).toEqual(['good-crm']);
  });

  it('flags a file name that is not kebab-case and YAML that does not parse', () => {
    const good = vendorFiles.find((f) => f.path.endsWith('good-crm.mdx'))!;
    const { issues: nameIssues } = checkContent([{ ...good, path: 'src/content/vendors/Good_CRM.mdx' }], []);
    expect(nameIssues).toEqual([expect.objectContaining({ field: '(file name)' })]);
    const { issues: yamlIssues } = checkContent([{ path: 'x.mdx', text: '---\nname: a: b\n---\n' }], []);
    expect(yamlIssues[0]).toMatchObject({ line: 2, field: '(frontmatter)', message: expect.stringContaining('not valid YAML') });
    const { issues: noFrontmatter } = checkContent([{ path: 'y.mdx', text: 'just text' }], []);
    expect(noFrontmatter[0]!.message).toContain('frontmatter block');
  });
});

const nodeBin = join('node_modules', '.bin');
const env = { ...process.env, CONTENT_DIR: fixtures, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${nodeBin}:${process.env.PATH}` };

describe('the content check stops the build', () => {
  it('`npm run check:content` exits non-zero and prints the report', () => {
    const run = spawnSync('node', ['scripts/check-content.ts'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('6 problem(s) in 3 file(s)');
    expect(run.stderr).toContain('bad-values.mdx');
    expect(run.stderr).toContain('missing-name.mdx');
  });

  it('`astro build` refuses to start on bad content and writes nothing', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'bad-build-')), 'dist');
    const run = spawnSync('astro', ['build', '--outDir', outDir], { env, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    expect(output).toContain('Content check failed: 6 problem(s).');
    expect(output).toContain('line 6, vendors[1]: No vendor with id "no-such-crm"');
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);
});
