import type { Note } from './schema/shared.ts';

/**
 * Conditions on a verdict, declared once: an offering qualifies only while the buyer keeps a
 * documented, switchable exception off (domain.md, "Documented exceptions become conditions").
 * Texts live in the dictionaries under `conditions.<code>`, and appear wherever the verdict does:
 * card, vendor page, table row, side-by-side, question list and open data.
 */

export const CONDITION_CODES = ['exception-off', 'sending-off'] as const;
export type ConditionCode = (typeof CONDITION_CODES)[number];

export type Condition =
  /** A sub-processor or commitment exception outside the EEA that the vendor documents can be switched off. */
  | { code: 'exception-off'; name: string; purpose: string; countries: string[] | 'unknown'; sources: string[] }
  /** Self-hosted software that sends personal data, where the docs say how to switch it off. */
  | { code: 'sending-off'; what: Note; onByDefault: boolean | 'unknown'; sources: string[] };
