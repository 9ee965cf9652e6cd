import fc from 'fast-check'
import type { JsonSchema } from './route-catalogue'

/**
 * Values a hostile or careless client sends where the schema expects something else: numbers that are not finite
 * or do not fit a column, numeric strings, NUL and other control characters, bad encodings, very long and exotic
 * text, wrong types, and the usual injection strings.
 */
export const HOSTILE_VALUES: readonly unknown[] = [
  'Infinity',
  '-Infinity',
  '1e309',
  'NaN',
  '12345678901234567000',
  12345678901234567000,
  1e308,
  -1e308,
  -1,
  0,
  2 ** 31,
  2 ** 53 + 1,
  0.1 + 0.2,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u001b[31m红\u0007',
  '\ud800',
  '\udfff孤',
  '%00',
  '%zz',
  '../../etc/passwd',
  "' OR '1'='1' --",
  '"; DROP TABLE cases; --',
  '<script>alert(1)</script>',
  '😀'.repeat(40),
  '\u202e反向',
  '欠'.repeat(3000),
  'x'.repeat(70_000),
  '2026-02-30',
  '9999-99-99T99:99:99Z',
  '13800000001',
  true,
  false,
  null,
  [],
  {},
  [1, 'a', null],
  { nested: { deeper: { deepest: ['\u0000'] } } },
]

export const hostileValue = (): fc.Arbitrary<unknown> => fc.constantFrom(...HOSTILE_VALUES)

/** Ids of real rows a string named like an id (`mediatorUserId`, `fileIds[]`) should usually point at. */
export type IdSource = (field: string) => fc.Arbitrary<string> | undefined

const CHINESE_UNIT = fc.constantFrom(
  ...'老板欠我三个月工资共计元合同调解房东押金不退楼上漏水赔偿abcXYZ0123 ，。！？\n'.split(''),
)

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type
  return schema.type ? [schema.type] : []
}

function bounded(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum : -1e6)
  const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum : 1e6)
  if (integer) {
    const min = Math.ceil(schema.exclusiveMinimum !== undefined ? low + 1 : low)
    const max = Math.floor(schema.exclusiveMaximum !== undefined ? high - 1 : high)
    const safe = (n: number) => Math.max(Number.MIN_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, n))
    return fc.oneof(
      fc.constantFrom(safe(min), safe(max)),
      fc.integer({ min: safe(min), max: safe(Math.max(min, max)) }),
    )
  }
  return fc.oneof(
    fc.constantFrom(low, high),
    fc.double({
      min: low,
      max: high,
      minExcluded: schema.exclusiveMinimum !== undefined,
      maxExcluded: schema.exclusiveMaximum !== undefined,
      noNaN: true,
      noDefaultInfinity: true,
    }),
  )
}

function stringValue(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString())
  }
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern))
    } catch {
      // a pattern fast-check cannot generate from: plain text below
    }
  }
  const maxLength = Math.min(schema.maxLength ?? 60, 60)
  const minLength = Math.min(schema.minLength ?? 0, maxLength)
  return fc.oneof(
    fc.string({ unit: CHINESE_UNIT, minLength, maxLength }),
    fc.string({ minLength, maxLength, unit: 'grapheme' }),
  )
}

function objectValue(schema: JsonSchema, ids: IdSource, path: string, depth: number): fc.Arbitrary<unknown> {
  const properties = { ...(schema.properties ?? {}) }
  const required = new Set(schema.required ?? [])
  for (const part of schema.allOf ?? []) {
    Object.assign(properties, part.properties ?? {})
    for (const key of part.required ?? []) required.add(key)
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {}
  for (const [key, child] of Object.entries(properties)) model[key] = fieldValue(child, ids, key, depth + 1)
  // Mostly every required key, sometimes some missing; optional keys come and go.
  const keys = Object.keys(model)
  return fc.oneof(
    { weight: 9, arbitrary: fc.record(model, { requiredKeys: keys.filter((k) => required.has(k)) }) },
    { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
  )
}

/** A field's value: usually fits `schema` (fields named like ids draw real ids), one time in thirteen hostile. */
export function fieldValue(schema: JsonSchema, ids: IdSource, field: string, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: validValue(schema, ids, field, depth) },
    { weight: 1, arbitrary: hostileValue() },
  )
}

/** A value of the shape `schema` describes, within its bounds. */
export function validValue(schema: JsonSchema, ids: IdSource, field: string, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const choices = schema.anyOf ?? schema.oneOf
  if (choices?.length) return fc.oneof(...choices.map((c) => validValue(c, ids, field, depth)))
  if (depth > 6) return fc.constant(null)
  const types = typesOf(schema)
  const options: fc.Arbitrary<unknown>[] = []
  for (const type of types.length ? types : schema.properties || schema.allOf ? ['object'] : ['any']) {
    switch (type) {
      case 'string': {
        const id = /(^id$|Id$|Ids$)/.test(field) ? ids(field) : undefined
        options.push(
          id
            ? fc.oneof({ weight: 4, arbitrary: id }, { weight: 1, arbitrary: stringValue(schema) })
            : stringValue(schema),
        )
        break
      }
      case 'integer':
        options.push(bounded(schema, true))
        break
      case 'number':
        options.push(bounded(schema, false))
        break
      case 'boolean':
        options.push(fc.boolean())
        break
      case 'null':
        options.push(fc.constant(null))
        break
      case 'array': {
        const items = schema.items ? validValue(schema.items, ids, field, depth + 1) : fc.jsonValue({ maxDepth: 1 })
        const minLength = schema.minItems ?? 0
        options.push(fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, 4)) }))
        break
      }
      case 'object':
        options.push(objectValue(schema, ids, field, depth))
        break
      default:
        options.push(fc.jsonValue({ maxDepth: 2 }))
    }
  }
  return options.length === 1 ? options[0] : fc.oneof(...options)
}
