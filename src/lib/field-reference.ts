/**
 * The field reference of docs/editing.md, rendered from the descriptions in the zod schemas
 * (src/lib/schema/*.ts) by way of their JSON Schema (json-schema.ts), so the guide cannot drift
 * from the schema. `npm run docs:fields` (scripts/field-reference.ts) writes it between the two
 * markers; `--check`, run by `npm test`, fails when the guide is out of date.
 *
 * Pure: no Astro, no file system. Every field gets its path (`offerings[].storage.value`), whether
 * it is required, the values it allows and its description; every object says whether it takes a
 * `note` and a `source`.
 */
import { articlesOf, CRITERIA, CRITERION_GROUPS, type CriterionKey } from './criteria.ts';
import { editorJsonSchema } from './json-schema.ts';
import { articleFrontmatter } from './schema/article.ts';
import { calendarDate, countryCode, feature, httpsUrl, kebabId, localizedText, note, sourceRefs } from './schema/shared.ts';
import { vendorSchema } from './schema/vendor.ts';

export const START_MARKER = '<!-- field-reference:start -->';
export const END_MARKER = '<!-- field-reference:end -->';
export const GUIDE_PATH = 'docs/editing.md';

/** The part of a JSON Schema node this renderer reads. */
interface Node {
  type?: string;
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

interface Row {
  /** Path into the frontmatter, `[]` for the items of a list: `offerings[].storage.value`. */
  path: string;
  /** `required`, `optional`, or `optional, default …`. */
  required: string;
  /** The values it allows, in words and code. */
  values: string;
  /** For objects (and lists of them): whether they take `note` and `source`; empty otherwise. */
  takes: string;
  description: string;
}

const json = (schema: Parameters<typeof editorJsonSchema>[0]): Node => editorJsonSchema(schema) as Node;

/** A node without its descriptions, to recognise a shared piece however a field describes it. */
function bare(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(bare);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'description' && key !== '$schema').map(([key, value]) => [key, bare(value)]));
}

const same = (a: unknown, b: unknown) => JSON.stringify(bare(a)) === JSON.stringify(bare(b));

/** The shared pieces of schema/shared.ts, named once in "Shapes used throughout". */
const SHAPES = [
  { one: 'country code', many: 'country codes', written: '`NL`', node: json(countryCode), description: countryCode.description },
  { one: 'https:// address', many: 'https:// addresses', written: '`https://…`', node: json(httpsUrl), description: httpsUrl.description },
  { one: 'date', many: 'dates', written: '`2026-03-01`', node: json(calendarDate), description: calendarDate.description },
  { one: 'kebab-case id', many: 'kebab-case ids', written: '`eu-cloud`', node: json(kebabId), description: kebabId.description },
  { one: 'text per language', many: 'texts per language', written: '`{ nl: …, en: … }`', node: json(localizedText), description: localizedText.description },
  { one: 'note', many: 'notes', written: '`Text.` or `{ nl: …, en: … }`', node: json(note), description: note.description },
  { one: 'list of source ids', many: 'lists of source ids', written: '`[privacy, dpa]`', node: json(sourceRefs), description: sourceRefs.description },
] as const;

type Shape = (typeof SHAPES)[number];

function shapeOf(node: Node): Shape | undefined {
  return SHAPES.find((shape) => same(node, shape.node));
}

const FEATURE = json(feature);
const STATUS = FEATURE.properties!.status!;

function isFeature(node: Node): boolean {
  return node.type === 'object' && node.properties?.status !== undefined && same(node.properties.status, STATUS);
}

/** An object with fields of its own, as opposed to a shared piece such as a text per language. */
function isRecord(node: Node): boolean {
  return node.type === 'object' && node.properties !== undefined && shapeOf(node) === undefined;
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function joinWith(word: 'or' | 'and', items: readonly string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} ${word} ${unique.at(-1)}`;
}

const joinOr = (items: readonly string[]) => joinWith('or', items);

/** `{ value, note?, source? }`: an object's keys, optional ones with `?`. */
function keysText(node: Node): string {
  const required = new Set(node.required ?? []);
  const keys = Object.keys(node.properties ?? {}).map((key) => (required.has(key) ? key : `${key}?`));
  return `\`{ ${keys.join(', ')} }\``;
}

const objectText = (node: Node) => `${isFeature(node) ? 'feature ' : ''}${keysText(node)}`;

function stringText(node: Node, plural: boolean): string {
  if (node.pattern === '^[a-z]{2,3}$') return plural ? 'ISO 639-1 language codes' : 'ISO 639-1 language code';
  const text = plural ? 'texts' : 'text';
  if (node.minLength !== undefined && node.maxLength !== undefined) return `${text} of ${node.minLength}–${node.maxLength} characters`;
  return text;
}

function numberText(node: Node, plural: boolean): string {
  const kind = node.type === 'integer' ? (plural ? 'whole numbers' : 'whole number') : plural ? 'numbers' : 'number';
  if (node.minimum !== undefined && node.maximum !== undefined) return `${kind} from ${node.minimum} to ${node.maximum}`;
  if (node.minimum !== undefined) return `${kind}, ${node.minimum} or more`;
  return kind;
}

/** What a node allows, one entry per alternative. */
function alternatives(node: Node, plural = false): string[] {
  const shape = shapeOf(node);
  if (shape) return [plural ? shape.many : shape.one];
  const union = node.anyOf ?? node.oneOf;
  if (union) return union.flatMap((alternative) => alternatives(alternative, plural));
  if (node.const !== undefined) return [code(node.const)];
  if (node.enum) return node.enum.map(code);
  switch (node.type) {
    case 'boolean':
      return ['`true`', '`false`'];
    case 'integer':
    case 'number':
      return [numberText(node, plural)];
    case 'string':
      return [stringText(node, plural)];
    case 'array': {
      const items = node.items ? joinOr(alternatives(node.items, true)) : 'values';
      return [`list of ${items}${(node.minItems ?? 0) > 0 ? ' (at least one)' : ''}`];
    }
    case 'object':
      return [objectText(node)];
    default:
      return ['any value'];
  }
}

/** Whether an object takes `note` and `source`, said explicitly, also when it takes neither. */
function takesOf(node: Node): string {
  const required = new Set(node.required ?? []);
  const part = (key: string) => (node.properties?.[key] === undefined ? undefined : `\`${key}\`${required.has(key) ? ' (required)' : ''}`);
  const parts = [part('note'), part('source')].filter((p) => p !== undefined);
  if (parts.length === 2) return parts.join(', ');
  if (parts.length === 1) return `${parts[0]} only`;
  return 'neither';
}

function requiredText(parent: Node, key: string, node: Node): string {
  if (parent.required?.includes(key)) return 'required';
  return node.default === undefined ? 'optional' : `optional, default ${code(node.default)}`;
}

/** `note` and `source` are folded into the parent's "takes" cell unless they say something of their own. */
function folded(key: string, node: Node): boolean {
  if (key === 'note') return node.description === undefined || node.description === note.description;
  if (key === 'source') return node.description === undefined || node.description === sourceRefs.description;
  return false;
}

function childRows(path: string, parent: Node): Row[] {
  return Object.entries(parent.properties ?? {}).flatMap(([key, node]) => {
    if (folded(key, node) || (key === 'status' && isFeature(parent))) return [];
    return fieldRows(`${path}.${key}`, node, requiredText(parent, key, node));
  });
}

/** The row of one field, then the rows of the fields inside it. */
function fieldRows(path: string, node: Node, required: string): Row[] {
  const options = node.anyOf ?? node.oneOf ?? [node];
  const records = options.filter(isRecord);
  const lists = options.filter((option) => option.type === 'array' && option.items !== undefined && isRecord(option.items));
  const takes = records.length > 0 ? takesOf(records[0]!) : lists.length > 0 ? `each item: ${takesOf(lists[0]!.items!)}` : '';
  // A shared piece's own description is in "Shapes used throughout"; repeat only what a field adds.
  const description = node.description === shapeOf(node)?.description ? '' : (node.description ?? '');
  return [
    { path, required, values: joinOr(alternatives(node)), takes, description },
    ...records.flatMap((record) => childRows(path, record)),
    ...lists.flatMap((list) => childRows(`${path}[]`, list.items!)),
  ];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function table(rows: readonly Row[]): string {
  const withTakes = rows.some((row) => row.takes !== '');
  const head = withTakes ? ['field', 'required', 'values', 'takes `note` / `source`', 'description'] : ['field', 'required', 'values', 'description'];
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(head),
    line(head.map(() => '---')),
    ...rows.map((row) => line([`\`${row.path}\``, row.required, row.values, ...(withTakes ? [row.takes] : []), row.description])),
  ].join('\n');
}

type Properties = Record<string, Node>;

function shapesSection(): string {
  const status = joinOr(alternatives(STATUS));
  const rows = [
    ['feature', keysText(FEATURE), `${FEATURE.description ?? ''} \`status\` is ${status}; ${STATUS.description ?? ''}`],
    ['fact', '`{ value, note?, source? }`', 'A value with its evidence. `value` takes what the field allows, or `unknown`.'],
    ...SHAPES.map((shape) => [shape.one, shape.written, shape.description ?? '']),
  ];
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    '### Shapes used throughout',
    '',
    line(['shape', 'written as', 'meaning']),
    line(['---', '---', '---']),
    ...rows.map(line),
  ].join('\n');
}

function offeringsSection(title: string, key: string, node: Node, required: string): string {
  const variants = node.items?.oneOf;
  if (!variants || variants.length === 0) return `### ${title}\n\n${table(fieldRows(key, node, required))}`;
  const [first, ...others] = variants as [Node, ...Node[]];
  const kindOf = (variant: Node) => String(variant.properties?.kind?.const);
  const common = Object.keys(first.properties ?? {}).filter(
    (name) => name !== 'kind' && others.every((variant) => variant.properties?.[name] !== undefined && JSON.stringify(variant.properties[name]) === JSON.stringify(first.properties![name])),
  );
  const commonNode: Node = {
    type: 'object',
    properties: Object.fromEntries(common.map((name) => [name, first.properties![name]!])),
    required: (first.required ?? []).filter((name) => common.includes(name)),
  };
  const kinds = variants.map((variant) => {
    const description = variant.properties?.kind?.description;
    return description ? `${code(kindOf(variant))}: ${description}` : code(kindOf(variant));
  });
  const rows: Row[] = [
    {
      path: key,
      required,
      values: `list of offerings${(node.minItems ?? 0) > 0 ? ' (at least one)' : ''}`,
      takes: `each item: ${takesOf(commonNode)}`,
      description: node.description ?? '',
    },
    { path: `${key}[].kind`, required: 'required', values: joinOr(variants.map((variant) => code(kindOf(variant)))), takes: '', description: `${kinds.join('; ')}.` },
    ...childRows(`${key}[]`, commonNode),
  ];

  // Kinds with the same further fields share one table.
  const groups = new Map<string, { kinds: string[]; node: Node }>();
  for (const variant of variants) {
    const own = Object.keys(variant.properties ?? {}).filter((name) => name !== 'kind' && !common.includes(name));
    const ownNode: Node = {
      type: 'object',
      properties: Object.fromEntries(own.map((name) => [name, variant.properties![name]!])),
      required: (variant.required ?? []).filter((name) => own.includes(name)),
    };
    const signature = JSON.stringify(ownNode);
    const group = groups.get(signature) ?? { kinds: [], node: ownNode };
    group.kinds.push(kindOf(variant));
    groups.set(signature, group);
  }
  const parts = [
    `### ${title}`,
    '',
    `Every offering, whatever its \`kind\`, has these fields:`,
    '',
    table(rows),
  ];
  for (const group of groups.values()) {
    if (Object.keys(group.node.properties ?? {}).length === 0) continue;
    const names = joinWith('and', group.kinds.map(code));
    parts.push('', `#### ${names} offerings`, '', `In addition to the fields above, ${group.kinds.length > 1 ? 'these kinds have' : 'this kind has'}:`, '', table(childRows(`${key}[]`, group.node)));
  }
  return parts.join('\n');
}

function criteriaSection(root: Properties): string {
  const groups = CRITERION_GROUPS.filter((group) => root[group] !== undefined);
  const compact: string[] = [];
  const extra: Row[] = [];
  const takes = new Set<string>();
  for (const group of groups) {
    const node = root[group]!;
    takes.add(takesOf(node));
    let first = true;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key in CRITERIA && CRITERIA[key as CriterionKey].group === group && isFeature(child) && node.required?.includes(key)) {
        compact.push(`| ${first ? `\`${group}\`` : ''} | \`${key}\` | ${cell(articlesOf(key as CriterionKey, 'en'))} |`);
        first = false;
      } else if (!folded(key, child)) {
        extra.push(...fieldRows(`${group}.${key}`, child, requiredText(node, key, child)));
      }
    }
  }
  const groupTakes = takes.size === 1 && takes.has('neither') ? 'The group objects themselves take neither `note` nor `source`: each criterion carries its own.' : `The group objects take: ${[...takes].join('; ')}.`;
  return [
    '### GDPR criteria',
    '',
    `Each criterion is a required feature (${keysText(FEATURE)}, see [Shapes used throughout](#shapes-used-throughout)) inside its group. ${groupTakes} The groups and keys come from \`src/lib/criteria.ts\`.`,
    '',
    '| group | key | GDPR |',
    '| --- | --- | --- |',
    ...compact,
    ...(extra.length > 0 ? ['', 'Further fields in the groups:', '', table(extra)] : []),
  ].join('\n');
}

/** Sections of the vendor reference, by top-level field; a field none names lands in "Other fields". */
const VENDOR_SECTIONS: { title: string; fields: readonly string[]; render?: 'offerings' | 'criteria' }[] = [
  { title: 'The company', fields: ['name', 'website', 'description', 'headquarters', 'parentCompany', 'founded'] },
  { title: 'Offerings', fields: ['offerings'], render: 'offerings' },
  { title: 'GDPR criteria', fields: CRITERION_GROUPS, render: 'criteria' },
  { title: 'Price, languages and licence', fields: ['pricing', 'languages', 'openSource'] },
  { title: 'Sources and bookkeeping', fields: ['sources', 'lastVerified'] },
];

function topLevelRows(root: Node, fields: readonly string[]): Row[] {
  return fields.flatMap((field) => {
    const node = root.properties?.[field];
    return node ? fieldRows(field, node, requiredText(root, field, node)) : [];
  });
}

export function renderVendorReference(): string {
  const root = json(vendorSchema);
  const properties = root.properties ?? {};
  const parts = [shapesSection()];
  for (const section of VENDOR_SECTIONS) {
    const present = section.fields.filter((field) => properties[field] !== undefined);
    if (present.length === 0) continue;
    if (section.render === 'offerings') {
      for (const field of present) parts.push(offeringsSection(section.title, field, properties[field]!, requiredText(root, field, properties[field]!)));
    } else if (section.render === 'criteria') {
      parts.push(criteriaSection(properties));
    } else {
      parts.push(`### ${section.title}\n\n${table(topLevelRows(root, present))}`);
    }
  }
  const placed = new Set(VENDOR_SECTIONS.flatMap((section) => section.fields));
  const rest = Object.keys(properties).filter((field) => !placed.has(field));
  if (rest.length > 0) parts.push(`### Other fields\n\n${table(topLevelRows(root, rest))}`);
  return parts.join('\n\n');
}

export function renderArticleReference(): string {
  const root = json(articleFrontmatter);
  return `### Article frontmatter\n\n${table(topLevelRows(root, Object.keys(root.properties ?? {})))}`;
}

/** The generated text between the markers, without them. */
export function renderFieldReference(): string {
  return [
    '<!-- Generated by `npm run docs:fields` from the descriptions in src/lib/schema/*.ts: change those, then run it. Do not edit by hand. -->',
    '',
    'A path names a field inside its parent: `offerings[].storage.value` is the `value` of the `storage` of each entry of `offerings` (`[]` stands for every item of a list). A **required** field must be present, also when its value is `unknown`. **takes `note` / `source`** says for every object, and for the items of a list of objects, whether it accepts a `note` and a `source` list: where it says "neither" or names only one, writing the other is an error. Plain values (texts, codes, lists of codes) take neither; their object does.',
    '',
    renderVendorReference(),
    '',
    renderArticleReference(),
  ].join('\n');
}

/** `document` with the text between the markers replaced by `reference`. */
export function withFieldReference(document: string, reference: string): string {
  const { before, after } = split(document);
  return `${before}${START_MARKER}\n${reference}\n${END_MARKER}${after}`;
}

/** The text between the markers, without them. */
export function fieldReferenceIn(document: string): string {
  const { inner } = split(document);
  return inner.replace(/^\n/, '').replace(/\n$/, '');
}

function split(document: string): { before: string; inner: string; after: string } {
  const start = document.indexOf(START_MARKER);
  const end = document.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start || document.indexOf(START_MARKER, start + 1) !== -1) {
    throw new Error(`${GUIDE_PATH} needs exactly one ${START_MARKER} followed by one ${END_MARKER}.`);
  }
  return {
    before: document.slice(0, start),
    inner: document.slice(start + START_MARKER.length, end),
    after: document.slice(end + END_MARKER.length),
  };
}
