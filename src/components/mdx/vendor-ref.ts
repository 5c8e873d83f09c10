import { getDirectory, type ListedVendor } from '../../data/directory.ts';
import { vendorIdProblem } from '../../lib/content-rules.ts';

/**
 * The listed vendor an MDX component names. The content check refuses unknown and unlisted ids
 * before the build starts; this throws as a second line of defence, with the page and the id.
 */
export async function listedVendorFor(component: string, id: string, page: string): Promise<ListedVendor> {
  const { listed, awaiting, excluded } = await getDirectory();
  const vendor = listed.find((v) => v.id === id);
  if (vendor) return vendor;
  const known = new Set([...listed, ...awaiting, ...excluded].map((v) => v.id));
  const problem = vendorIdProblem(id, known, new Set(listed.map((v) => v.id)));
  throw new Error(`<${component} vendor="${id}"> on ${page}: ${problem}`);
}

/** `"a, b,c"` → ['a', 'b', 'c'] */
export function idList(value: string | readonly string[]): string[] {
  return (typeof value === 'string' ? value.split(',') : [...value]).map((id) => id.trim()).filter(Boolean);
}
