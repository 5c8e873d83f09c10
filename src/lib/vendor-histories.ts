import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Policy } from './eligibility.ts';
import { readFolderHistory, type GitOptions } from './git-history.ts';
import { vendorHistory, type Version, type VendorHistory } from './history.ts';

/**
 * Every vendor's history from the vendor folder's git history: the git reading
 * (git-history.ts) joined to the comparison (history.ts). Versions are parsed with the function
 * Astro's MDX loader uses (@astrojs/internal-helpers' parseFrontmatter, js-yaml), so an old
 * version reads as the build would have read it. The newest committed version is usually the
 * file as it is now: then the data the loader already parsed and validated stands for it.
 */

export interface VendorHistories {
  histories: Map<string, VendorHistory>;
  /** Committed versions read, for the build log and the benchmark. */
  versions: number;
  /** Why there is no history, when there is none. */
  unavailable?: string;
}

function readVersion(text: string): unknown {
  try {
    return parseFrontmatter(text).frontmatter;
  } catch {
    // A version whose YAML does not parse changed nothing a reader could have seen.
    return undefined;
  }
}

export function readVendorHistories(dir: string, vendors: readonly { id: string; data: unknown }[], policy: Policy, options: GitOptions = {}): VendorHistories {
  const fileOf = (id: string) => `${id}.mdx`;
  const git = readFolderHistory(dir, vendors.map((v) => fileOf(v.id)), options);
  const histories = new Map<string, VendorHistory>();
  if (!git.available) {
    for (const vendor of vendors) histories.set(vendor.id, { available: false, reason: git.reason });
    return { histories, versions: 0, unavailable: git.detail };
  }
  let versions = 0;
  for (const vendor of vendors) {
    const committed = git.files.get(fileOf(vendor.id));
    if (!committed || committed.length === 0) {
      histories.set(vendor.id, { available: false, reason: 'not-committed' });
      continue;
    }
    versions += committed.length;
    let current: string | undefined;
    try {
      current = readFileSync(join(dir, fileOf(vendor.id)), 'utf8');
    } catch {
      current = undefined;
    }
    const list: Version[] = committed.map(({ commit, timestamp, text }) => ({ commit, timestamp, data: text === current ? vendor.data : readVersion(text) }));
    histories.set(vendor.id, { available: true, entries: vendorHistory(list, policy) });
  }
  return { histories, versions };
}
