import fc from 'fast-check';
import { z } from 'zod';

/** The subset of JSON Schema that z.toJSONSchema emits for our request schemas. */
interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  maxItems?: number;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 300, 300);
  if (s.pattern !== undefined) {
    try {
      const re = new RegExp(s.pattern, 'u');
      return fc
        .stringMatching(re)
        .map((v) => v.slice(0, max))
        .filter((v) => v.length >= min && re.test(v));
    } catch {
      // a pattern fast-check cannot invert: fall back to any string
    }
  }
  return fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
}

/** A fast-check arbitrary of values that (mostly) satisfy a JSON schema produced from zod. */
function fromJson(s: JsonSchema): fc.Arbitrary<unknown> {
  if (s.enum !== undefined) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.anyOf !== undefined) return fc.oneof(...s.anyOf.map(fromJson));
  switch (s.type) {
    case 'string':
      return stringArb(s);
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromJson(s.items ?? {}), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 5, 5),
      });
    case 'object': {
      if (s.properties !== undefined) {
        const required = new Set(s.required ?? []);
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [k, v] of Object.entries(s.properties)) model[k] = fromJson(v);
        return fc.record(model, {
          requiredKeys: Object.keys(model).filter((k) => required.has(k)),
        });
      }
      if (s.propertyNames?.enum !== undefined && typeof s.additionalProperties === 'object') {
        const keys = s.propertyNames.enum as string[];
        return fc.dictionary(fc.constantFrom(...keys), fromJson(s.additionalProperties), { maxKeys: 6 });
      }
      return fc.object({ maxDepth: 1 });
    }
    case undefined:
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values shaped by a zod schema (its JSON Schema), most of them valid. */
export function arbitraryFromZod(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fromJson(json);
}

/** How a fuzzed request body was spoiled, so the test knows what answer to expect. */
export type Spoil =
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown-field'; readonly field: string }
  | { readonly kind: 'proto' }
  | { readonly kind: 'wrong-value'; readonly field: string }
  | { readonly kind: 'huge-string'; readonly field: string };

const UNKNOWN_NAMES = fc.constantFrom('clinicId', 'isAdmin', 'role', 'id', 'createdAt', 'x', 'clinic_id');

/**
 * The value of an unknown field: any JSON without a `__proto__` or `constructor` key. Such a key makes
 * the parser refuse the whole body before the field is looked at (seed -1727892688 found
 * `{"clinicId":{"__proto__":""}}`); the `proto` spoil is the case that tests it.
 */
const UNKNOWN_VALUE = fc
  .jsonValue({ maxDepth: 1 })
  .filter((v) => !/"(__proto__|constructor)":/.test(JSON.stringify(v)));

/**
 * A JSON request text from the schema: valid, or spoiled with an unknown field, a `__proto__` /
 * `constructor.prototype` key, a wrong value for a known field, or a string longer than any field allows (5,000+ characters).
 */
export function fuzzBody(schema: z.ZodType): fc.Arbitrary<{ text: string; spoil: Spoil }> {
  const base = arbitraryFromZod(schema).map((v) => (typeof v === 'object' && v !== null ? v : {}));
  return fc.oneof(
    {
      weight: 3,
      arbitrary: base.map((v) => ({ text: JSON.stringify(v), spoil: { kind: 'none' } as Spoil })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(base, UNKNOWN_NAMES, UNKNOWN_VALUE).map(([v, field, value]) => ({
        text: JSON.stringify({ ...(v as object), [field]: value }),
        spoil: { kind: 'unknown-field', field } as Spoil,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(base, fc.constantFrom('__proto__', 'constructor')).map(([v, key]) => {
        const inner = JSON.stringify(v).slice(1);
        const payload =
          key === '__proto__'
            ? '"__proto__":{"polluted":"yes"}'
            : '"constructor":{"prototype":{"polluted":"yes"}}';
        return { text: `{${payload}${inner === '}' ? '' : ','}${inner}`, spoil: { kind: 'proto' } as Spoil };
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(base, fc.jsonValue({ maxDepth: 2 }))
        .filter(([v]) => Object.keys(v as object).length > 0)
        .chain(([v, value]) =>
          fc.constantFrom(...Object.keys(v as object)).map((field) => ({
            text: JSON.stringify({ ...(v as object), [field]: value }),
            spoil: { kind: 'wrong-value', field } as Spoil,
          })),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(base, fc.integer({ min: 5000, max: 200_000 }))
        .filter(([v]) => Object.keys(v as object).length > 0)
        .chain(([v, n]) =>
          fc.constantFrom(...Object.keys(v as object)).map((field) => ({
            text: JSON.stringify({ ...(v as object), [field]: 'é'.repeat(n) }),
            spoil: { kind: 'huge-string', field } as Spoil,
          })),
        ),
    },
  );
}
