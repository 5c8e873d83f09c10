import type { APIRoute } from 'astro';
import { getListedVendors } from '../../data/directory.ts';
import { routes } from '../../i18n/routes.ts';
import { openDataCsv } from '../../lib/open-data.ts';

/** One row per listed vendor, for spreadsheets. */
export const GET: APIRoute = async ({ site }) => {
  const csv = openDataCsv(await getListedVendors(), { pageUrl: (locale, id) => new URL(routes.vendor(locale, id), site).href });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
