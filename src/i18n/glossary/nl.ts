import type { Glossary } from './types.ts';

/**
 * Nederlands, voor lezers in Vlaanderen en Nederland. De lezer is "u"; een begrip heeft één term.
 * De AVG heet bij de eerste vermelding op een pagina "AVG (GDPR)", daarna "AVG"; artikelen
 * citeren we als "art. 6, lid 1, AVG".
 */
const nl: Glossary = [
  { concept: 'form of address', term: 'u', avoid: ['je', 'jij', 'jouw', 'jullie'], note: 'Altijd "u" en "uw", ook in knoppen en korte labels.' },
  { concept: 'GDPR', term: 'AVG', note: 'Eerste vermelding op een pagina: "AVG (GDPR)".' },
  { concept: 'GDPR article citation', term: 'art. 6, lid 1, AVG', avoid: ['art. 6 lid 1 sub', 'artikel 6(1)'], note: 'Onderdelen als "art. 5, lid 1, onder e, AVG".' },
  { concept: 'processor', term: 'verwerker' },
  { concept: 'sub-processor', term: 'subverwerker', avoid: ['sub-verwerker', 'sub-verwerkers', 'subprocessor', 'sub-processor'] },
  { concept: 'data processing agreement', term: 'verwerkersovereenkomst', avoid: ['verwerkingsovereenkomst', 'DPA-overeenkomst'] },
  { concept: 'retention period', term: 'bewaartermijn', avoid: ['retentieperiode', 'bewaarperiode'] },
  { concept: 'self-hosting', term: 'zelf hosten', avoid: ['zelf te hosten', 'eigen hosting'], note: 'Bijvoeglijk: "die u zelf host".' },
  { concept: 'data subject', term: 'betrokkene' },
  { concept: 'consent', term: 'toestemming' },
  { concept: 'lawful basis', term: 'grondslag', avoid: ['rechtsgrond'] },
  { concept: 'erasure', term: 'wissen', note: 'Het recht: "recht op gegevenswissing"; de handeling: "wissen".' },
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
];

export default nl;
