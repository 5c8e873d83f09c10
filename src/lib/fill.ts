/**
 * Fills `{name}` placeholders: fill('{n} vendors', { n: 3 }) → '3 vendors'; unknown names stay
 * visible. A function replacement keeps `$` in values literal. Imports nothing, so the browser
 * scripts (search, comparison) use it without pulling in the dictionaries.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
