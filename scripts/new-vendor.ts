/**
 * `npm run new:vendor -- "Acme CRM"` writes src/content/vendors/acme-crm.mdx with every field,
 * commented, and TODO where the editor must fill in a value. It never overwrites a file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import en from '../src/i18n/en.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { slugify, vendorScaffold } from '../src/lib/scaffold.ts';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('Usage: npm run new:vendor -- "<product name>"   e.g. npm run new:vendor -- "Acme CRM"');
  process.exit(2);
}
const id = slugify(name);
if (!id) {
  console.error(`Cannot make a file name from ${JSON.stringify(name)}: use letters or digits.`);
  process.exit(2);
}
const path = join(contentDir(process.env), 'vendors', `${id}.mdx`);
if (existsSync(path)) {
  console.error(`${relative(process.cwd(), path)} already exists: edit it, or pick another name.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
writeFileSync(path, vendorScaffold({ name, today, label: (key) => en.criteria[key].label }));
console.log(`Wrote ${relative(process.cwd(), path)}: its page will be /crm/${id}/ once it is listed.
Next: replace every TODO, add facts with their sources, then run \`npm run check:content\`.
docs/editing.md explains each field.`);
