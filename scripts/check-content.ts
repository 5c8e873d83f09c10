/**
 * `npm run check:content`, also run before every build. Exits non-zero when any file is wrong,
 * so the build never starts on bad content. CONTENT_DIR points it at another content folder
 * (fixtures, benchmarks).
 *
 * `npm run check:content -- <file…>` reports only those files, with the rules across files that
 * involve them (a duplicate of another vendor, an article naming a vendor); the other files are
 * read for those rules, and their own problems stay out of the way.
 */
import { resolve } from 'node:path';
import { checkContent, formatReport } from '../src/lib/content-check.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { readContent } from '../src/lib/content-files.ts';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: npm run check:content [-- <file>…]\n\nChecks every vendor and article file, or only the files named (with the rules across files that involve them).');
  process.exit(0);
}

const root = contentDir(process.env);
const { vendorFiles, articleFiles } = readContent(root);
const all = [...vendorFiles, ...articleFiles];
const byFullPath = new Map(all.map((file) => [resolve(file.path.replace(/\/$/, '')), file.path]));
const only = args.map((arg) => byFullPath.get(resolve(arg.replace(/\/$/, ''))));
const unknown = args.filter((_, i) => only[i] === undefined);
if (unknown.length > 0) {
  for (const arg of unknown) console.error(`✖ ${arg}: not a file in ${root}/vendors or ${root}/articles.`);
  process.exit(1);
}

const { issues, warnings, othersWithErrors } = checkContent(vendorFiles, articleFiles, only.length > 0 ? { only: only as string[] } : {});
const fileCount = (list: { path: string }[]) => new Set(list.map((issue) => issue.path)).size;
const checked =
  only.length === 0
    ? `${vendorFiles.length} vendor file(s) and ${articleFiles.length} article file(s) are`
    : only.length === 1
      ? `${only[0]} is`
      : `the ${only.length} files named are`;
const elsewhere =
  othersWithErrors.length > 0
    ? `\n(${othersWithErrors.length} other file(s) have problems too, and the build stops on them: \`npm run check:content\` without file names lists them.)`
    : '';

if (warnings.length > 0) {
  console.log(`Content check: ${warnings.length} warning(s) in ${fileCount(warnings)} file(s), for the editors' to-do list (they do not stop the build)\n`);
  console.log(formatReport([], warnings));
  console.log('');
}
if (issues.length > 0) {
  console.error(`Content check: ${issues.length} problem(s) in ${fileCount(issues)} file(s)\n`);
  console.error(formatReport(issues));
  console.error(`\nFix the fields above; docs/editing.md explains each one. The build does not start until the content is valid.${elsewhere}`);
  process.exit(1);
}
console.log(`Content check: ${checked} valid.${elsewhere}`);
