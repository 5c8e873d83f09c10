import { articlesOf, CRITERIA, CRITERION_GROUPS, criteriaInGroup, type CriterionKey } from './criteria.ts';
import type { Locale } from './locales.ts';
import { PLACEHOLDER } from './content-rules.ts';

/**
 * The files `npm run new:vendor` and `npm run new:article` write: every field present, commented,
 * valid against the schema. What the editor must fill in holds a TODO, which the content check
 * refuses until it is replaced, so a half-filled file cannot be published by accident.
 */

/** "Acme CRM (EU)" → "acme-crm-eu"; accents dropped, at most 60 characters, cut at a hyphen. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

/** A YAML scalar that survives any title: a JSON string is a valid YAML double-quoted string. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

const TODO = PLACEHOLDER;

export interface VendorScaffoldInput {
  name: string;
  /** YYYY-MM-DD */
  today: string;
  /** A short label per criterion for the comments, e.g. from the English dictionary. */
  label: (key: CriterionKey) => string;
}

function featureLines(keys: CriterionKey[], label: VendorScaffoldInput['label']): string[] {
  const width = Math.max(...keys.map((key) => key.length));
  return keys.map((key) => `  ${`${key}:`.padEnd(width + 1)} { status: unknown }  # ${articlesOf(key, 'en')}: ${label(key)}`);
}

export function vendorScaffold({ name, today, label }: VendorScaffoldInput): string {
  const groups = CRITERION_GROUPS.flatMap((group) => {
    const lines = [`${group}:`, ...featureLines(criteriaInGroup(group), label)];
    if (group === 'security') lines.push('  otherCertifications: []  # e.g. - { name: BSI C5, source: [id] }');
    if (group === 'contract') lines.push('  # dpaUrl: https://…  # where the data processing agreement can be read');
    return lines;
  });
  return `---
# Written by \`npm run new:vendor\`. docs/editing.md explains every field and the eligibility rule.
# 1. Replace every ${TODO}. 2. Fill in what the vendor's own public pages show, each fact with
# \`source: [id]\` naming an entry of \`sources\` at the bottom. 3. Leave what you cannot find as
# \`unknown\` (never "no" for "not found"). 4. Run \`npm run check:content\` until it is clean.

name: ${yamlString(name)}  # product name as the vendor writes it
website: https://${TODO}.example  # the vendor's home page
description:  # two to four sentences in your own words: what it is, for whom, where the data is
  nl: >-
    ${TODO}: beschrijving in het Nederlands.
  en: >-
    ${TODO}: description in English.

headquarters: { value: unknown }  # country of the company that sells it: NL, DE, US ... with a source
parentCompany: { value: unknown }  # none | unknown | { name: Visma AS, country: NO }
founded: { value: unknown }  # year the company or product was founded

# One entry per way to run the CRM: the vendor's cloud per region or plan (vendor-cloud), hosting
# by a partner (partner-hosted), or your own servers (self-hosted). The eligibility rule judges
# each one; a vendor is listed when at least one qualifies.
offerings:
  - id: cloud  # kebab-case, unique in this file: eu-cloud, enterprise-eu, self-hosted ...
    kind: vendor-cloud  # vendor-cloud | partner-hosted | self-hosted
    name:  # with plan or region when they matter: "Cloud, EU region (Enterprise plan)"
      nl: ${TODO} Cloud van de leverancier
      en: ${TODO} Vendor cloud
    # source: [pricing]  # a first-party page showing this offering exists; without it: awaiting evidence
    storage:  # every country where customer data is stored at rest, backups included
      value: unknown  # [DE, NL] | eea (documented as EU/EEA without countries) | unknown
    hostingProvider:
      value: unknown  # e.g. Amazon Web Services, Hetzner, own data centres
      # headquarters: US  # the provider's country, for the jurisdiction chain
    subProcessors:
      # listed: a first-party source gives the complete list, each entry with its countries
      #   (put that source in this block's \`source\`).
      # not-documented: there is no such list (a \`commitment\` below can still document them).
      locations: not-documented
      # listUrl: https://…  # the public sub-processor list
      entries: []
      # entries:
      #   - name: Mailgun
      #     purpose: e-mail delivery
      #     countries: [DE]  # or unknown
      #     switchOff: { status: "yes", source: [id] }  # documented as switchable: a condition
    # commitment:  # a first-party statement that ALL processing, support included, stays in the EEA
    #   scope: { nl: …, en: … }  # what it covers: product, plan, region
    #   quote: "…"  # the statement word for word
    #   exceptions: []  # what it excepts, as sub-processor entries with switchOff
    #   source: [id]
    supportAccess:  # countries from which staff or sub-processors can reach customer data
      value: unknown  # none | eea | [countries] | unknown
    transferMechanisms:  # Chapter V safeguards named for transfers outside the EEA
      value: unknown  # [scc, bcr, adequacy, dpf] | unknown
    dpfCertified: { status: unknown }  # certified under the EU-US Data Privacy Framework
  # - id: self-hosted
  #   kind: self-hosted
  #   name: { nl: Zelf hosten, en: Self-hosted }
  #   source: [id]  # the docs or repository that show this edition exists
  #   sends: { value: unknown }  # nothing | unknown | a list of what the software sends elsewhere

# GDPR criteria: status yes | partial | no | unknown, with an optional note and a source, e.g.
#   consentLog: { status: "yes", note: Stores who, when and which text., source: [consent-docs] }
# Quote "yes" and "no".
${groups.join('\n')}

pricing:
  freePlan: { status: unknown }
  entryPrice: { value: unknown }  # lowest paid price in EUR per user per month, e.g. 12.5
languages: { value: unknown }  # interface languages as codes: [nl, fr, de, en]
openSource: { status: unknown }  # with licence: AGPL-3.0 (an SPDX id) or proprietary, and a source

sources:  # every page a fact relies on; facts refer to them by id
  - id: privacy  # kebab-case, unique in this file
    kind: vendor  # vendor | vendor-copy | third-party | code; only third-party never decides
    url: https://${TODO}.example/privacy
    title: ${TODO} Privacy policy of ${name.replace(/[#:]/g, ' ')}
    accessed: ${today}  # when you read the page
lastVerified: ${today}  # when you last checked all facts; older than 12 months is marked stale
---
`;
}

export interface ArticleScaffoldInput {
  title: string;
  lang: Locale;
  today: string;
}

export function articleScaffold({ title, lang, today }: ArticleScaffoldInput): string {
  return `---
# Written by \`npm run new:article\`. docs/editing.md explains the fields and the components.
title: ${yamlString(title)}
description: >-
  ${TODO}: one or two sentences for listings and search results (20 to 200 characters).
lang: ${lang}  # the language this text is written in
publishDate: ${today}
# updatedDate: ${today}  # when you change the article materially
tags: []  # kebab-case topics in the article's language, e.g. [toestemming, bewaartermijnen]
vendors: []  # ids of listed vendors the article discusses, shown as cards at the end
# translations: [id-in-another-language]  # the same article in the other languages; each must list this one too
draft: true  # drafts are not published; set to false when the article is ready
---

${lang === 'nl' ? 'Een korte inleiding: voor wie is dit en wat weet de lezer na afloop?' : 'A short introduction: who is this for, and what will the reader know afterwards?'}

## ${lang === 'nl' ? 'Eerste onderdeel' : 'First section'}

{/*
Components you can use without importing them (vendor ids are file names in src/content/vendors):
  <Callout type="info">Background worth knowing.</Callout>   (type="warning" for a pitfall)
  <VendorCard vendor="teamleader" />
  <VendorChecklist vendor="teamleader" />
  <CompareLink vendors="teamleader,odoo" />   (two to four ids; opens the side-by-side view)
Cite the GDPR by article, e.g. "art. 17 AVG" / "Art. 17 GDPR".
*/}
`;
}
