/**
 * Countries as the eligibility rule sees them. One registry: the ISO 3166-1 alpha-2 codes the
 * schema accepts, the EU and EEA members, and the countries with an EU adequacy decision.
 * Names are never stored here; `countryName` asks Intl.DisplayNames in the reader's language.
 */

/** Every officially assigned ISO 3166-1 alpha-2 code (249 entries). */
export const ISO_COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const isoCodes = new Set(ISO_COUNTRY_CODES);

export type CountryCode = string;

export function isCountryCode(value: string): boolean {
  return isoCodes.has(value);
}

/** The 27 EU member states. */
export const EU = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
  'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/** The EEA: the EU plus Iceland, Liechtenstein and Norway. */
export const EEA: readonly string[] = [...EU, 'IS', 'LI', 'NO'];

/**
 * Countries with an EU adequacy decision under Art. 45 GDPR. The United States is adequate only
 * for organisations certified under the EU-US Data Privacy Framework, and Canada only for
 * commercial organisations; the rule checks the DPF condition itself.
 */
export const ADEQUACY: readonly string[] = [
  'AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY', 'US',
];

const eea = new Set(EEA);
const adequacy = new Set(ADEQUACY);

export function isEea(code: CountryCode): boolean {
  return eea.has(code);
}

export function hasAdequacyDecision(code: CountryCode): boolean {
  return adequacy.has(code);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's name in the reader's language, e.g. countryName('NO', 'nl') → 'Noorwegen'. */
export function countryName(code: CountryCode, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}
