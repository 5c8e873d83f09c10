/**
 * One glossary per language: the one term the site uses for each concept, and the variants it
 * does not use. The dictionaries and the content follow it; tests/glossary.test.ts fails when a
 * dictionary string or an article in that language uses a variant listed under `avoid`.
 */
export interface GlossaryEntry {
  /** The concept, in English, so the three glossaries line up. */
  concept: string;
  /** The term this language uses. */
  term: string;
  /** Variants a page in this language must not use (matched as whole words, any case). */
  avoid?: readonly string[];
  /** When to use it, or what it is not. */
  note?: string;
}

export type Glossary = readonly GlossaryEntry[];
