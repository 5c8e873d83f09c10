import type { APIRoute } from 'astro';
import { routes } from '../../i18n/routes.ts';
import { vendorJsonSchema } from '../../lib/json-schema.ts';

/** The vendor frontmatter's JSON Schema, generated from the zod schema at every build. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(vendorJsonSchema(new URL(routes.data('vendor.schema.json'), site).href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
