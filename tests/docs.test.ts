import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkContent, formatReport } from '../src/lib/content-check.ts';
import { VENDOR_COMPONENTS } from '../src/lib/content-rules.ts';
import { CRITERION_KEYS } from '../src/lib/criteria.ts';
import { OFFERING_KINDS, SUBPROCESSOR_LOCATIONS, TRANSFER_MECHANISMS, vendorSchema } from '../src/lib/schema/vendor.ts';
import { rawVendor } from './helpers/vendor.ts';

const guide = readFileSync('docs/editing.md', 'utf8');

describe('the editor guide (docs/editing.md)', () => {
  it('explains every field of a vendor file, every GDPR criterion and every closed value', () => {
    const names = [...Object.keys(vendorSchema.shape), ...CRITERION_KEYS, ...OFFERING_KINDS, ...SUBPROCESSOR_LOCATIONS, ...TRANSFER_MECHANISMS];
    expect(names.filter((name) => !guide.includes(`\`${name}\``))).toEqual([]);
  });

  it('shows every MDX component an article can use', () => {
    for (const component of [...Object.keys(VENDOR_COMPONENTS), 'Callout']) expect(guide).toContain(`<${component} `);
  });

  it('quotes validation errors exactly as the check prints them today', () => {
    const file = (data: Record<string, unknown>) => ({ path: 'src/content/vendors/proefdraai-crm.mdx', text: `---\n${stringify(data)}---\n` });
    const security = rawVendor().security as Record<string, unknown>;
    const { twoFactor, ...misspelt } = security;
    const first = checkContent([file(rawVendor({ headquarters: { value: 'UK' }, security: { ...misspelt, twofactor: twoFactor } }))], []);
    const second = checkContent([file(rawVendor({ headquarters: { value: 'DE' } }))], []);
    expect([first.issues.length, second.issues.length]).toEqual([3, 1]);
    const strip = (line: string) => line.replace(/^\s*line \d+, /, '');
    for (const line of [...formatReport(first.issues).split('\n'), ...formatReport(second.issues).split('\n')].slice(1)) {
      if (line.startsWith('✖')) continue;
      expect(guide, line).toContain(strip(line));
    }
  });
});
