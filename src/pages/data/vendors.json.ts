import type { APIRoute } from 'astro';
import { getListedVendors } from '../../data/directory.ts';
import { routes } from '../../i18n/routes.ts';
import { DEFAULT_LOCALE } from '../../lib/locales.ts';
import { openDataJson } from '../../lib/open-data.ts';
import { ACTIVE_POLICY } from '../../lib/policy.ts';

/** Every listed vendor with its facts and verdict; the licence is stated inside. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(path, site).href;
  const json = openDataJson(await getListedVendors(), {
    pageUrl: (locale, id) => abs(routes.vendor(locale, id)),
    aboutUrl: abs(routes.openData(DEFAULT_LOCALE)),
    schemaUrl: abs(routes.data('vendor.schema.json')),
    policy: ACTIVE_POLICY,
  });
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
