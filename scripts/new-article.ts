/**
 * `npm run new:article -- "Title of the article" [--lang nl|en]` writes
 * src/content/articles/<slug-of-the-title>.mdx as a draft with every field. Dutch by default.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { routes } from '../src/i18n/routes.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../src/lib/locales.ts';
import { articleScaffold, slugify } from '../src/lib/scaffold.ts';

const args = process.argv.slice(2);
let lang: Locale = DEFAULT_LOCALE;
const words: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? args[++i] : undefined;
  if (arg.startsWith('--lang')) {
    if (!value || !isLocale(value)) {
      console.error(`--lang must be one of ${LOCALES.join(', ')}.`);
      process.exit(2);
    }
    lang = value;
  } else words.push(arg);
}
const title = words.join(' ').trim();
const id = slugify(title);
if (!title || !id) {
  console.error('Usage: npm run new:article -- "<title>" [--lang nl|en]   e.g. npm run new:article -- "Bewaartermijnen in uw CRM"');
  process.exit(2);
}
const path = join(contentDir(process.env), 'articles', `${id}.mdx`);
if (existsSync(path)) {
  console.error(`${relative(process.cwd(), path)} already exists: edit it, or pick another title.`);
  process.exit(1);
}
writeFileSync(path, articleScaffold({ title, lang, today: new Date().toISOString().slice(0, 10) }));
console.log(`Wrote ${relative(process.cwd(), path)} as a draft; once published its address is ${routes.article(lang, id)}.
Next: replace the TODO, write the text, set \`draft: false\`, then run \`npm run check:content\` and \`npm run dev\`.`);
