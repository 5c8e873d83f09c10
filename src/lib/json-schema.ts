import { z } from 'astro/zod';
import { ISO_COUNTRY_CODES, isCountryCode } from './countries.ts';
import { DATA_LICENCE } from './open-data.ts';
import { vendorSchema } from './schema/vendor.ts';

export type JsonSchema = Record<string, unknown>;

/**
 * Any content schema as JSON Schema of what an editor writes (`io: 'input'`, so fields with a
 * default are optional), with the project's code-only checks written out. The vendor JSON Schema
 * and the field reference in docs/editing.md (src/lib/field-reference.ts) both start here.
 */
export function editorJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      // calendarDate: a preprocess (YAML may hand over a Date) in front of a YYYY-MM-DD string.
      if (def.type === 'pipe' && (def as z.core.$ZodPipeDef).in._zod.def.type === 'transform') {
        jsonSchema.type = 'string';
        jsonSchema.format = 'date';
      }
      // z.url() accepts what a browser accepts, non-ASCII paths included (an IRI, not an RFC 3986 URI),
      // and the schema allows only web addresses.
      if (jsonSchema.format === 'uri') {
        jsonSchema.format = 'iri';
        jsonSchema.pattern = '^https?://';
      }
      const checks = (def as z.core.$ZodStringDef).checks ?? [];
      if (def.type === 'string' && checks.some((check) => (check._zod.def as { fn?: unknown }).fn === isCountryCode)) {
        jsonSchema.enum = [...ISO_COUNTRY_CODES];
      }
    },
  }) as JsonSchema;
}

/**
 * The JSON Schema of a vendor file's frontmatter, generated from the zod schema so the two cannot
 * drift apart. It describes the file as an editor writes it (`io: 'input'`). Checks zod runs as
 * code are written out where JSON Schema can say them: country codes become an enum, dates a
 * `format: date`. Cross-field rules (sources that exist, unique offering ids) stay with the
 * content check.
 */
export function vendorJsonSchema(id?: string): JsonSchema {
  const schema = editorJsonSchema(vendorSchema);
  return {
    $schema: schema.$schema,
    ...(id ? { $id: id } : {}),
    title: 'EU CRM Guide vendor file',
    description:
      'The frontmatter of one vendor file (src/content/vendors/<id>.mdx), generated from the zod schema in src/lib/schema/vendor.ts. ' +
      `Data published under ${DATA_LICENCE.name} (${DATA_LICENCE.url}).`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
