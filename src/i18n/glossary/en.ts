import type { Glossary } from './types.ts';

/** English: GDPR articles are cited as "Art. 6(1) GDPR"; British spelling. */
const en: Glossary = [
  { concept: 'GDPR', term: 'GDPR' },
  { concept: 'GDPR article citation', term: 'Art. 6(1) GDPR' },
  { concept: 'processor', term: 'processor' },
  { concept: 'sub-processor', term: 'sub-processor', avoid: ['subprocessor', 'subprocessors'] },
  { concept: 'data processing agreement', term: 'data processing agreement (DPA)' },
  { concept: 'retention period', term: 'retention period' },
  { concept: 'self-hosting', term: 'self-hosting', note: 'Adjective: "self-hosted".' },
  { concept: 'data subject', term: 'data subject' },
  { concept: 'consent', term: 'consent' },
  { concept: 'lawful basis', term: 'lawful basis', avoid: ['legal basis'] },
  { concept: 'erasure', term: 'erasure' },
  { concept: 'right of access', term: 'right of access' },
  { concept: 'supervisory authority (Belgium)', term: 'Data Protection Authority (GBA/APD)' },
  { concept: 'supervisory authority (Netherlands)', term: 'Dutch Data Protection Authority (AP)' },
  { concept: 'EEA', term: 'EEA' },
  { concept: 'awaiting evidence', term: 'awaiting evidence' },
  { concept: 'excluded', term: 'excluded' },
  { concept: 'listed', term: 'listed' },
  { concept: 'vendor', term: 'vendor' },
  { concept: 'source', term: 'source' },
  { concept: 'third party', term: 'third party' },
  { concept: 'correction (of the guide’s own error)', term: 'correction', note: 'An error in our own facts that we fixed (the corrections page, "Correction" in a history); the right of Art. 16 GDPR stays "rectification".' },
];

export default en;
