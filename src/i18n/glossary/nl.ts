import type { Glossary } from './types.ts';

/**
 * Nederlands, voor lezers in Vlaanderen en Nederland. De lezer is "u"; een begrip heeft één term.
 * De AVG heet bij de eerste vermelding op een pagina "AVG (GDPR)", daarna "AVG"; artikelen
 * citeren we als "art. 6, lid 1, AVG".
 */
const nl: Glossary = [
  { concept: 'form of address', term: 'u', avoid: ['je', 'jij', 'jouw', 'jullie'], note: 'Altijd "u" en "uw", ook in knoppen en korte labels.' },
  { concept: 'GDPR', term: 'AVG', note: 'Eerste vermelding op een pagina: "AVG (GDPR)".' },
  { concept: 'GDPR article citation', term: 'art. 6, lid 1, AVG', avoid: ['art. 6 lid 1 sub', 'artikel 6(1)', 'art. 6 lid 1', 'art. 6(1)', 'art. 7(1)', 'art. 5 lid 1 sub e', 'art. 28 lid 3', 'art. 12 lid 3'], note: 'Onderdelen als "art. 5, lid 1, onder e, AVG" (niet "sub e"); zonder "AVG" erachter als de wet uit de zin blijkt. Meer artikelen na elkaar scheidt u met een puntkomma: "art. 6, lid 1; art. 5, lid 2".' },
  { concept: 'processor', term: 'verwerker' },
  { concept: 'sub-processor', term: 'subverwerker', avoid: ['sub-verwerker', 'sub-verwerkers', 'subprocessor', 'sub-processor'] },
  { concept: 'data processing agreement', term: 'verwerkersovereenkomst', avoid: ['verwerkingsovereenkomst', 'DPA-overeenkomst'] },
  { concept: 'retention period', term: 'bewaartermijn', avoid: ['retentieperiode', 'bewaarperiode'] },
  { concept: 'self-hosting', term: 'zelf hosten', avoid: ['zelf te hosten', 'eigen hosting', 'waar u het host'], note: 'Bijvoeglijk: "die u zelf host". Als filter of kenmerk: "Zelf hosten mogelijk".' },
  { concept: 'data subject', term: 'betrokkene' },
  { concept: 'consent', term: 'toestemming' },
  { concept: 'lawful basis', term: 'grondslag', avoid: ['rechtsgrond'] },
  { concept: 'erasure', term: 'wissen', avoid: ['wissing'], note: 'Het recht: "recht op gegevenswissing" (in een opsomming: "gegevenswissing"); de handeling: "wissen".' },
  { concept: 'right of access', term: 'recht op inzage' },
  { concept: 'supervisory authority (Belgium)', term: 'Gegevensbeschermingsautoriteit (GBA)' },
  { concept: 'supervisory authority (Netherlands)', term: 'Autoriteit Persoonsgegevens (AP)' },
  { concept: 'EEA', term: 'EER', note: 'De 27 EU-lidstaten plus IJsland, Liechtenstein en Noorwegen.' },
  { concept: 'awaiting evidence', term: 'in afwachting van bewijs' },
  { concept: 'excluded', term: 'uitgesloten' },
  { concept: 'listed', term: 'vermeld' },
  { concept: 'vendor', term: 'leverancier' },
  { concept: 'source', term: 'bron' },
  { concept: 'third party', term: 'derde partij' },
  { concept: 'support access', term: 'supporttoegang', avoid: ['toegang door support'], note: 'Label: "Supporttoegang vanuit". De medewerkers zelf: "supportmedewerkers".' },
  { concept: 'offering', term: 'vorm van het product', avoid: ['manier van gebruik'], note: 'Kort: "vorm". De cloud per regio of abonnement, hosting door een partner, of zelf hosten.' },
  { concept: 'listed through', term: 'vermeld via', avoid: ['voldoet via'], note: 'De vorm van het product waardoor een leverancier in de gids staat, op kaarten en in de vergelijking naast elkaar. "Voldoet" blijft het oordeel over één vorm.' },
  { concept: 'CRM system', term: 'CRM-systeem', avoid: ["CRM's"], note: 'Meervoud "CRM-systemen"; kort "een CRM", "uw CRM".' },
  { concept: 'rectification', term: 'rectificatie', note: 'Het recht van art. 16 AVG; niet "correctie". Het werkwoord "corrigeren" mag.' },
  { concept: 'tax record retention', term: 'fiscale bewaarplicht', note: 'Nationaal: noem België en Nederland allebei, met bron, of zeg over welk land het gaat.' },
  { concept: 'correction (of the guide’s own error)', term: 'correctie', note: 'Een fout in onze eigen gegevens die we verbeterden (de pagina Correcties, “Correctie” in een geschiedenis). Het recht van art. 16 AVG blijft “rectificatie”.' },
];

export default nl;
