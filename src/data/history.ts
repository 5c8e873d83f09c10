import { join } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { siteChanges, type SiteChanges, type VendorHistory } from '../lib/history.ts';
import { ACTIVE_POLICY } from '../lib/policy.ts';
import { readVendorHistories } from '../lib/vendor-histories.ts';
import { getAllVendors } from './directory.ts';

/**
 * Every vendor's history, read from git once per build and kept for every page that shows it:
 * vendor pages, the methodology page, the changes page and its feeds.
 */

let histories: Promise<Map<string, VendorHistory>> | undefined;

export function getHistories(): Promise<Map<string, VendorHistory>> {
  histories ??= getAllVendors().then((vendors) => {
    const started = performance.now();
    const result = readVendorHistories(join(contentDir(process.env), 'vendors'), vendors, ACTIVE_POLICY);
    const ms = Math.round(performance.now() - started);
    if (result.unavailable) console.warn(`[history] no vendor history in this build: ${result.unavailable}`);
    else console.info(`[history] ${result.histories.size} vendor histories from ${result.versions} committed versions in ${ms} ms`);
    return result.histories;
  });
  return histories;
}

export async function getHistory(id: string): Promise<VendorHistory> {
  return (await getHistories()).get(id) ?? { available: false, reason: 'not-committed' };
}

/** The changes page and feeds: listed vendors by name, vendors taken off the list without it. */
export async function getSiteChanges(limit: number): Promise<SiteChanges & { available: boolean }> {
  const [vendors, all] = await Promise.all([getAllVendors(), getHistories()]);
  const list = vendors.map((v) => ({ id: v.id, name: v.data.name, state: v.verdict.status, history: all.get(v.id)! }));
  return { ...siteChanges(list, limit), available: list.length === 0 || list.some((v) => v.history.available) };
}
