import type { APIRoute } from 'astro';
import { getAllVendors } from '../../data/directory.ts';
import { routes } from '../../i18n/routes.ts';
import { DEFAULT_LOCALE } from '../../lib/locales.ts';
import { ACTIVE_POLICY } from '../../lib/policy.ts';
import { verdictsJson } from '../../lib/verdicts-data.ts';

/** Every vendor file's verdict: the methodology page as data. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(path, site).href;
  const json = verdictsJson(await getAllVendors(), {
    pageUrl: (id) => abs(routes.vendor(DEFAULT_LOCALE, id)),
    aboutUrl: abs(`${routes.methodology(DEFAULT_LOCALE)}#excluded`),
    schemaUrl: abs(routes.data('verdicts.schema.json')),
    policy: ACTIVE_POLICY,
  });
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
