import { getCollection, type CollectionEntry } from 'astro:content';
import { partition, type Sorted } from '../lib/eligibility.ts';
import { ACTIVE_POLICY } from '../lib/policy.ts';

/**
 * The one place pages read vendors from. It applies the eligibility rule with the active policy,
 * so an excluded vendor cannot reach a page, a listing, the sitemap or the search index.
 */

export type VendorEntry = CollectionEntry<'vendors'>;
export type Directory = Sorted<VendorEntry>;
export type ListedVendor = Directory['listed'][number];
export type ExcludedVendor = Directory['excluded'][number];

let directory: Promise<Directory> | undefined;

export function getDirectory(): Promise<Directory> {
  directory ??= getCollection('vendors').then((entries) => partition(entries, ACTIVE_POLICY));
  return directory;
}

export async function getListedVendors(): Promise<ListedVendor[]> {
  return (await getDirectory()).listed;
}

export async function getExcludedVendors(): Promise<ExcludedVendor[]> {
  return (await getDirectory()).excluded;
}

/** Listed vendors by id, for articles that mention vendors; excluded ids are simply absent. */
export async function getListedVendorsById(ids: readonly string[]): Promise<ListedVendor[]> {
  const listed = await getListedVendors();
  return ids.flatMap((id) => listed.filter((vendor) => vendor.id === id));
}
