import type { APIRoute } from 'astro';
import { routes } from '../../i18n/routes.ts';
import { verdictsJsonSchema } from '../../lib/verdicts-data.ts';

/** The JSON Schema of /data/verdicts.json, generated from the zod schema that types it. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(verdictsJsonSchema(new URL(routes.data('verdicts.schema.json'), site).href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
