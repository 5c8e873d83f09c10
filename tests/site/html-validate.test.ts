import { beforeAll, describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { assertBuilt, builtFiles, DIST } from './built-site.ts';

/**
 * Every HTML file of the built site against html-validate's recommended preset, with the rules
 * in .htmlvalidate.json turned off there for the reasons written beside them in docs/quality.md.
 */
describe('valid HTML', () => {
  let files: string[] = [];
  beforeAll(() => {
    assertBuilt();
    files = builtFiles().filter((path) => path.endsWith('.html'));
  });

  it('every built page passes html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(DIST, file));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(files.length).toBeGreaterThan(10);
    expect(problems.slice(0, 30), `${problems.length} html-validate problems`).toEqual([]);
  });
});
