import { describe, expect, it, vi } from 'vitest';
import { makeVendor, cloud } from './helpers/vendor.ts';

// The MDX components look vendors up through src/data/directory.ts, which reads Astro's
// collection; here the collection is two vendor files, one listed and one excluded.
vi.mock('astro:content', () => ({
  getCollection: async () => [
    { id: 'listed-crm', data: makeVendor({ name: 'Listed CRM' }) },
    { id: 'excluded-crm', data: makeVendor({ name: 'Excluded CRM', offerings: [cloud({ storage: ['US'] })] }) },
  ],
}));

const { idList, listedVendorFor } = await import('../src/components/mdx/vendor-ref.ts');

describe('vendor lookup of the MDX components (second line of defence after the content check)', () => {
  it('returns a listed vendor', async () => {
    expect((await listedVendorFor('VendorCard', 'listed-crm', '/articles/x/')).data.name).toBe('Listed CRM');
  });

  it('throws with the component, the page and the id for an unknown or excluded vendor', async () => {
    await expect(listedVendorFor('VendorCard', 'ghost', '/articles/x/')).rejects.toThrow(
      '<VendorCard vendor="ghost"> on /articles/x/: No vendor with id "ghost"',
    );
    await expect(listedVendorFor('VendorChecklist', 'excluded-crm', '/en/articles/y/')).rejects.toThrow(
      '<VendorChecklist vendor="excluded-crm"> on /en/articles/y/: Vendor "excluded-crm" is not listed',
    );
  });

  it('reads a comma-separated id list', () => {
    expect(idList(' a, b ,c,')).toEqual(['a', 'b', 'c']);
  });
});
