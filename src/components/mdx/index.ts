import Callout from './Callout.astro';
import CompareLink from './CompareLink.astro';
import VendorCard from './VendorCard.astro';
import VendorChecklist from './VendorChecklist.astro';

/**
 * The components an article can use without importing them; the article page hands them to
 * `<Content components={...} />`. The content check reads the vendor ids of the ones listed in
 * VENDOR_COMPONENTS (src/lib/content-rules.ts), so keep the two in step.
 */
export const mdxComponents = { Callout, CompareLink, VendorCard, VendorChecklist };
