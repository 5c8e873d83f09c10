import type { APIRoute } from 'astro';
import { getNotListedNames } from '../../../data/directory.ts';
import { pagePerLocale } from '../../../i18n/index.ts';
import { searchUiStrings } from '../../../i18n/search.ts';
import type { Locale } from '../../../lib/locales.ts';

export const getStaticPaths = pagePerLocale;

/** The search dialog's strings per language: /search/strings.json, /en/search/strings.json. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(JSON.stringify(searchUiStrings(props.locale, await getNotListedNames())), { headers: { 'Content-Type': 'application/json' } });
