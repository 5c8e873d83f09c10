import { LOCALES, type Locale } from './locales.ts';

/**
 * Texts in a vendor file that readers see and that lack a form in some site language: a plain
 * string note is English only; a per-language text lacks the languages it does not name. The
 * pages mark such text with its own `lang` and keep it out of that language's search index; this
 * list is the translators' to-do (the research queue prints it).
 */

/** Fields whose value is text shown on vendor pages and the methodology page. */
const TEXT_FIELDS = new Set(['note', 'description', 'name', 'scope', 'wrong', 'right']);

export interface MissingTranslation {
  /** Where in the frontmatter, e.g. `offerings[0].storage.note`. */
  path: string;
  missing: Locale[];
}

function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

export function missingTranslations(data: unknown, plainLanguage: Locale = 'en'): MissingTranslation[] {
  const out: MissingTranslation[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, [...path, i]));
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      // Source notes and titles describe documents, shown beside them; sources are not prose of ours.
      if (path[0] === 'sources') continue;
      const isText = TEXT_FIELDS.has(key) && (typeof value === 'string' || (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((k) => (LOCALES as readonly string[]).includes(k))));
      // A vendor's, a sub-processor's or a certification's `name` is a proper name, not prose.
      const properName = key === 'name' && typeof value === 'string';
      if (isText && !properName) {
        const has = typeof value === 'string' ? [plainLanguage] : Object.keys(value as object);
        const missing = LOCALES.filter((l) => !has.includes(l));
        if (missing.length > 0) out.push({ path: formatPath([...path, key]), missing });
        continue;
      }
      walk(value, [...path, key]);
    }
  };
  walk(data, []);
  return out;
}
