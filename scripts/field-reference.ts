/**
 * `npm run docs:fields` writes the field reference, rendered from the zod schemas' descriptions,
 * into docs/editing.md between `<!-- field-reference:start -->` and `<!-- field-reference:end -->`.
 * With `--check` (the first step of `npm test`) it writes nothing and exits non-zero when the
 * guide differs from what the schema says.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fieldReferenceIn, GUIDE_PATH, renderFieldReference, withFieldReference } from '../src/lib/field-reference.ts';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--check');
if (unknown.length > 0) {
  console.error(`Unknown argument(s) ${unknown.join(' ')}. Usage: node scripts/field-reference.ts [--check]`);
  process.exit(2);
}

const guidePath = new URL(`../${GUIDE_PATH}`, import.meta.url);
const guide = readFileSync(guidePath, 'utf8');
const reference = renderFieldReference();

let current: string;
try {
  current = fieldReferenceIn(guide);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

if (args.includes('--check')) {
  if (current !== reference) {
    console.error(`${GUIDE_PATH}'s field reference is out of date: run npm run docs:fields`);
    process.exit(1);
  }
  console.log(`${GUIDE_PATH}: the field reference matches the schema.`);
} else if (current === reference) {
  console.log(`${GUIDE_PATH}: the field reference is already up to date.`);
} else {
  writeFileSync(guidePath, withFieldReference(guide, reference));
  console.log(`${GUIDE_PATH}: wrote the field reference from the schema.`);
}
