/**
 * `npm run check:content`, also run before every build. Exits non-zero when any file is wrong,
 * so the build never starts on bad content. CONTENT_DIR points it at another content folder
 * (fixtures, benchmarks).
 */
import { checkContent, formatReport } from '../src/lib/content-check.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { readContent } from '../src/lib/content-files.ts';

const { vendorFiles, articleFiles } = readContent(contentDir(process.env));
const { issues, warnings } = checkContent(vendorFiles, articleFiles);
const fileCount = (list: { path: string }[]) => new Set(list.map((issue) => issue.path)).size;

if (warnings.length > 0) {
  console.log(`Content check: ${warnings.length} warning(s) in ${fileCount(warnings)} file(s), for the editors' to-do list (they do not stop the build)\n`);
  console.log(formatReport([], warnings));
  console.log('');
}
if (issues.length > 0) {
  console.error(`Content check: ${issues.length} problem(s) in ${fileCount(issues)} file(s)\n`);
  console.error(formatReport(issues));
  console.error('\nFix the fields above; docs/editing.md explains each one. The build does not start until the content is valid.');
  process.exit(1);
}
console.log(`Content check: ${vendorFiles.length} vendor file(s) and ${articleFiles.length} article file(s) are valid.`);
