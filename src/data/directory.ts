import { getCollection, type CollectionEntry } from 'astro:content';
import { partition, type Sorted } from '../lib/eligibility.ts';
import { notListedNames, type NotListedName } from '../lib/not-listed-search.ts';
import { ACTIVE_POLICY } from '../lib/policy.ts';

/**
 * The one place pages read vendors from. It applies the eligibility rule with the active policy,
 * so a vendor that is awaiting evidence or excluded cannot reach a page, a listing, the sitemap,
 * a feed or the search index; only the methodology page explains those two states.
 */

export type VendorEntry = CollectionEntry<'vendors'>;
export type Directory = Sorted<VendorEntry>;
export type ListedVendor = Directory['listed'][number];
export type AwaitingVendor = Directory['awaiting'][number];
export type ExcludedVendor = Directory['excluded'][number];
export type NotListedVendor = AwaitingVendor | ExcludedVendor;

let directory: Promise<Directory> | undefined;

export function getDirectory(): Promise<Directory> {
  directory ??= getCollection('vendors').then((entries) => partition(entries, ACTIVE_POLICY));
  return directory;
}

export async function getListedVendors(): Promise<ListedVendor[]> {
  return (await getDirectory()).listed;
}

/** Listed vendors by id, for articles that mention vendors; ids that are not listed are simply absent. */
export async function getListedVendorsById(ids: readonly string[]): Promise<ListedVendor[]> {
  const listed = await getListedVendors();
  return ids.flatMap((id) => listed.filter((vendor) => vendor.id === id));
}

/**
 * The names of vendors that are not listed, for search to say "X is not listed: why" (shipped with
 * the search strings, never in the index).
 */
export async function getNotListedNames(): Promise<NotListedName[]> {
  const { listed, awaiting, excluded } = await getDirectory();
  const all = [...listed, ...awaiting, ...excluded].map((vendor) => vendor.data.name);
  return notListedNames([...awaiting, ...excluded].map((vendor) => ({ id: vendor.id, name: vendor.data.name, state: vendor.verdict.status })), all);
}

/** Every vendor file, whatever its state: for the methodology page and /data/verdicts.json only. */
export async function getAllVendors(): Promise<(ListedVendor | NotListedVendor)[]> {
  const { listed, awaiting, excluded } = await getDirectory();
  return [...listed, ...awaiting, ...excluded];
}
