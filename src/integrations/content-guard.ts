import type { AstroIntegration } from 'astro';
import { describeQualifying, describeReason } from '../i18n/verdict.ts';
import { BuildStepError } from '../lib/build-failure.ts';
import { checkContent, formatReport } from '../lib/content-check.ts';
import { contentDir } from '../lib/content-dir.ts';
import { readContent } from '../lib/content-files.ts';
import { coverage, formatShare } from '../lib/coverage.ts';
import { missingTranslations } from '../lib/translations.ts';
import { partition, type Reason } from '../lib/eligibility.ts';
import { basisOf } from '../lib/reasons.ts';
import { ACTIVE_POLICY } from '../lib/policy.ts';

/**
 * Runs the content check before Astro touches the collections, so a build never starts on bad
 * content (Astro alone reports one bad file and builds on past a broken reference), and prints
 * the eligibility report: the three counts, and every vendor that is not listed with each reason
 * marked as missing evidence or evidence of processing outside the EEA, with its sources.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'eu-crm-guide:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { vendorFiles, articleFiles } = readContent(contentDir(process.env));
        const { issues, warnings, vendors } = checkContent(vendorFiles, articleFiles);
        if (warnings.length > 0 && command !== 'sync') {
          logger.warn(`${warnings.length} content warning(s) (stale facts): \`npm run check:content\` lists them per file.`);
        }
        if (issues.length > 0) {
          const message = `Content check failed: ${issues.length} problem(s).\n${formatReport(issues)}`;
          if (command === 'build') throw new BuildStepError(message);
          logger.error(message);
          return;
        }
        if (command !== 'build') return;
        const { listed, awaiting, excluded } = partition(vendors, ACTIVE_POLICY);
        const lines = [
          `Eligibility (policy: ${ACTIVE_POLICY.accept}${ACTIVE_POLICY.excludeNonEeaJurisdiction ? ', non-EEA jurisdiction excluded' : ''}): ` +
            `${vendorFiles.length} vendor files = ${listed.length} listed + ${awaiting.length} awaiting evidence + ${excluded.length} excluded`,
        ];
        for (const vendor of listed) {
          const through = vendor.verdict.qualifying.map((o) => describeQualifying(o, 'en').text).join('; ');
          lines.push(`  ✓ ${vendor.data.name} (${vendor.id}) via ${through}`);
        }
        for (const [mark, group] of [['?', awaiting], ['✗', excluded]] as const) {
          for (const vendor of group) {
            lines.push(`  ${mark} ${vendor.data.name} (${vendor.id}): ${vendor.verdict.status}`);
            for (const reason of vendor.verdict.vendorReasons) lines.push(`      vendor: ${reportReason(reason)}`);
            for (const o of vendor.verdict.offerings) lines.push(`      ${o.offering.id}: ${o.reasons.map(reportReason).join('; ')}`);
          }
        }
        const cover = coverage(listed);
        lines.push(
          `Coverage of listed vendors: GDPR criteria ${formatShare(cover.criteria)}, practical facts ${formatShare(cover.practical)}; \`npm run research-queue\` lists what to look for next.`,
        );
        // Such text is shown marked with its own language, never silently: the count is the translators' to-do.
        const untranslated = listed.map((vendor) => ({ id: vendor.id, count: missingTranslations(vendor.data).length })).filter((v) => v.count > 0);
        lines.push(
          untranslated.length === 0
            ? 'Translations: every note, name and description on listed vendors\' pages has a form in every site language.'
            : `Translations missing on listed vendors' pages: ${untranslated.map((v) => `${v.id} ${v.count}`).join(', ')}; \`npm run research-queue\` lists each field.`,
        );
        logger.info(lines.join('\n'));
      },
    },
  };
}

function reportReason(reason: Reason): string {
  const sources = reason.sources.length > 0 ? ` [${reason.sources.join(', ')}]` : '';
  return `${describeReason(reason, 'en')} (${basisOf(reason)})${sources}`;
}
