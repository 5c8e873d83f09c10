/**
 * `npm run research-queue`: what editors should look for next, per vendor (see
 * src/lib/research-queue.ts for the order), and how much of the comparison is known. Prints a
 * summary and writes the full list to research-queue.md (not committed: it changes with every
 * content edit).
 */
import { writeFileSync } from 'node:fs';
import en from '../src/i18n/en.ts';
import { describeReason } from '../src/i18n/verdict.ts';
import { checkContent, formatReport } from '../src/lib/content-check.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { readContent } from '../src/lib/content-files.ts';
import { coverage, formatShare } from '../src/lib/coverage.ts';
import { partition } from '../src/lib/eligibility.ts';
import { ACTIVE_POLICY } from '../src/lib/policy.ts';
import { queueMarkdown, researchQueue } from '../src/lib/research-queue.ts';

const out = process.argv[2] ?? 'research-queue.md';
const { vendorFiles, articleFiles } = readContent(contentDir(process.env));
const { issues, vendors } = checkContent(vendorFiles, articleFiles);
if (issues.length > 0) {
  console.error(`${formatReport(issues)}\n\nThe content check fails; fix these first (npm run check:content).`);
  process.exit(1);
}
const sorted = partition(vendors, ACTIVE_POLICY);
const all = [...sorted.listed, ...sorted.awaiting, ...sorted.excluded];
const queue = researchQueue(all);
const cover = coverage(sorted.listed);

console.log(`Coverage of the ${sorted.listed.length} listed vendors: GDPR criteria ${formatShare(cover.criteria)}, practical facts ${formatShare(cover.practical)}.`);
for (const row of cover.vendors) console.log(`  ${row.id.padEnd(24)} criteria ${formatShare(row.criteria).padEnd(14)} practical ${formatShare(row.practical)}`);
const untranslated = queue.reduce((n, entry) => n + entry.untranslated.length, 0);
console.log(`\nTexts on listed vendors' pages without a form in every language (nl, en, fr): ${untranslated}; listed per vendor in ${out}.`);
const waiting = queue.filter((entry) => entry.decisive.length > 0);
console.log(`\n${waiting.length} vendors awaiting evidence; the facts that would change their outcome come first in ${out}.`);
for (const entry of waiting.slice(0, 10)) console.log(`  ${entry.id}: ${entry.decisive.length} missing fact(s)`);

const markdown = queueMarkdown(
  queue,
  {
    reason: (reason) => describeReason(reason, 'en'),
    question: (key) => en.compare.questions[key],
    criterion: (key) => en.criteria[key].label,
  },
  new Date().toISOString().slice(0, 10),
);
writeFileSync(out, `${markdown}\n`);
console.log(`\nWrote ${out} (${queue.length} vendors).`);
