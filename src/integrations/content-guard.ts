import type { AstroIntegration } from 'astro';
import { describeCaveat, describeReason } from '../i18n/verdict.ts';
import { checkContent, formatReport } from '../lib/content-check.ts';
import { contentDir } from '../lib/content-dir.ts';
import { readContent } from '../lib/content-files.ts';
import { partition } from '../lib/eligibility.ts';
import { ACTIVE_POLICY } from '../lib/policy.ts';

/**
 * Runs the content check before Astro touches the collections, so a build never starts on bad
 * content (Astro alone reports one bad file and builds on past a broken reference), and prints
 * the eligibility report: listed and excluded vendors with every reason.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'eu-crm-guide:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { vendorFiles, articleFiles } = readContent(contentDir(process.env));
        const { issues, warnings, vendors } = checkContent(vendorFiles, articleFiles);
        if (warnings.length > 0 && command !== 'sync') {
          logger.warn(`${warnings.length} content warning(s) (stale facts, many unknowns): \`npm run check:content\` lists them per file.`);
        }
        if (issues.length > 0) {
          const message = `Content check failed: ${issues.length} problem(s).\n${formatReport(issues)}`;
          if (command === 'build') throw new Error(message);
          logger.error(message);
          return;
        }
        if (command !== 'build') return;
        const { listed, excluded } = partition(vendors, ACTIVE_POLICY);
        const lines = [
          `Eligibility (policy: ${ACTIVE_POLICY.accept}${ACTIVE_POLICY.excludeNonEeaJurisdiction ? ', non-EEA jurisdiction excluded' : ''}): ` +
            `${vendorFiles.length} vendor files = ${listed.length} listed + ${excluded.length} excluded`,
        ];
        for (const vendor of listed) {
          const through = vendor.verdict.qualifying.map((o) => o.offering.id).join(', ');
          lines.push(`  ✓ ${vendor.data.name} (${vendor.id}) via ${through}`);
        }
        for (const vendor of excluded) {
          lines.push(`  ✗ ${vendor.data.name} (${vendor.id})`);
          for (const reason of vendor.verdict.vendorReasons) lines.push(`      vendor: ${describeReason(reason, 'en')}`);
          for (const o of vendor.verdict.offerings) {
            const why = o.qualifies ? o.caveats.map((c) => describeCaveat(c, 'en')) : o.reasons.map((r) => describeReason(r, 'en'));
            lines.push(`      ${o.offering.id}: ${why.join('; ')}`);
          }
        }
        logger.info(lines.join('\n'));
      },
    },
  };
}
