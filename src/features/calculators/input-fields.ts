/**
 * Turns a calculator's JSON input schema (GET /calculators) into form fields. The server's descriptions are
 * Chinese and end in a unit, e.g. "月收入，日收入 = 月收入 ÷ 30（元）": the text before the first comma is the
 * label, the rest a hint, the bracketed unit is shown beside the input.
 */
export interface JsonSchema {
  type?: string
  description?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  pattern?: string
  const?: string | number
  anyOf?: JsonSchema[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  minItems?: number
  maxItems?: number
}

export type FieldKind = 'money' | 'number' | 'integer' | 'stepper' | 'percent' | 'date' | 'choice' | 'text' | 'list'

export interface Choice {
  value: string | number
  label: string
}

export interface FieldSpec {
  key: string
  kind: FieldKind
  label: string
  unit: string | null
  hint: string | null
  required: boolean
  /** Bounds in the unit the user types (percent fields: in %). */
  min?: number
  max?: number
  exclusiveMin?: number
  choices?: Choice[]
  itemFields?: FieldSpec[]
  minItems?: number
  maxItems?: number
}

export interface CalculatorForm {
  fields: FieldSpec[]
  /** The schema accepts region + year to take figures from the regional statistics table. */
  regionalLookup: boolean
}

const REGIONAL_KEYS = new Set(['region', 'year'])
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$'
const UNIT_SUFFIX = /（(元|天|YYYY-MM-DD)）$/
/** Widest integer range still comfortable to reach with − / + buttons. */
const STEPPER_MAX_RANGE = 20

/** Labels for fields the server leaves undescribed. */
const FALLBACK_LABELS: Record<string, string> = { periods: '护理时段' }

/** Ratios go over the wire as fractions (0.0345) but people think in percent (3.45%). */
export function isRatio(schema: JsonSchema): boolean {
  const text = schema.description ?? ''
  return schema.type === 'number' && (schema.maximum ?? Infinity) <= 10 && /比例|利率/.test(text)
}

/** Exact enough for display and for the wire: 3.45 % ↔ 0.0345 without binary noise. */
export const percentToFraction = (percent: number): number => Number((percent / 100).toPrecision(12))
export const fractionToPercent = (fraction: number): number => Number((fraction * 100).toPrecision(12))

function splitDescription(description: string): { label: string; hint: string | null; unit: string | null } {
  let rest = description.trim()
  let unit: string | null = null
  const suffix = UNIT_SUFFIX.exec(rest)
  if (suffix) {
    unit = suffix[1] === 'YYYY-MM-DD' ? null : suffix[1]
    rest = rest.slice(0, suffix.index).trim()
  }
  const cut = rest.search(/[，；：]/)
  if (cut < 0) return { label: rest, hint: null, unit }
  return { label: rest.slice(0, cut).trim(), hint: rest.slice(cut + 1).trim() || null, unit }
}

function percentHint(hint: string | null): string {
  const converted = (hint ?? '')
    .replace(/\s*=\s*/g, ' 填 ')
    .replace(
      /(^|[^\d.])(0\.\d+)/g,
      (_, before: string, fraction: string) => before + fractionToPercent(Number(fraction)),
    )
  return ['按百分比填写', converted].filter(Boolean).join('；')
}

function choiceLabel(value: string | number, description: string): string {
  const escaped = String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`(?:^|[：；\\s])${escaped}\\s*=\\s*([^；]+)`).exec(description)
  return match ? match[1].trim() : String(value)
}

function kindOf(schema: JsonSchema): FieldKind {
  if (schema.anyOf?.every((option) => option.const !== undefined)) return 'choice'
  if (schema.type === 'array') return 'list'
  if (schema.type === 'string') return schema.pattern === DATE_PATTERN ? 'date' : 'text'
  if (schema.type === 'integer') {
    const bounded = schema.minimum !== undefined && schema.maximum !== undefined
    return bounded && schema.maximum! - schema.minimum! <= STEPPER_MAX_RANGE ? 'stepper' : 'integer'
  }
  if (isRatio(schema)) return 'percent'
  return /（元）$/.test(schema.description ?? '') ? 'money' : 'number'
}

export function fieldFromSchema(key: string, schema: JsonSchema, required: boolean): FieldSpec {
  const kind = kindOf(schema)
  const description = schema.description ?? FALLBACK_LABELS[key] ?? key
  const { label, hint, unit } = splitDescription(description)
  const field: FieldSpec = { key, kind, label, unit, hint, required }

  if (kind === 'percent') {
    field.unit = '%'
    field.hint = percentHint(hint)
    if (schema.minimum !== undefined) field.min = fractionToPercent(schema.minimum)
    if (schema.maximum !== undefined) field.max = fractionToPercent(schema.maximum)
    if (schema.exclusiveMinimum !== undefined) field.exclusiveMin = fractionToPercent(schema.exclusiveMinimum)
    return field
  }
  if (schema.minimum !== undefined) field.min = schema.minimum
  if (schema.maximum !== undefined) field.max = schema.maximum
  if (schema.exclusiveMinimum !== undefined) field.exclusiveMin = schema.exclusiveMinimum

  if (kind === 'choice') {
    field.choices = (schema.anyOf ?? []).map((option) => ({
      value: option.const as string | number,
      label: choiceLabel(option.const as string | number, description),
    }))
    // The hint spelt out what each code means; the options now say it themselves.
    if (field.choices.some((choice) => choice.label !== String(choice.value))) field.hint = null
  }
  if (kind === 'list' && schema.items) {
    field.itemFields = fieldsOf(schema.items)
    field.minItems = schema.minItems
    field.maxItems = schema.maxItems
  }
  return field
}

function fieldsOf(schema: JsonSchema): FieldSpec[] {
  const required = new Set(schema.required ?? [])
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => !REGIONAL_KEYS.has(key))
    .map(([key, property]) => fieldFromSchema(key, property, required.has(key)))
}

export function formFromSchema(schema: unknown): CalculatorForm {
  const object = (typeof schema === 'object' && schema !== null ? schema : {}) as JsonSchema
  const properties = object.properties ?? {}
  return { fields: fieldsOf(object), regionalLookup: 'region' in properties && 'year' in properties }
}

/** Every field path the form can show an error at, so server errors for other paths go to the form level. */
export function fieldPaths(fields: FieldSpec[], listLengths: Record<string, number>): string[] {
  return fields.flatMap((field) => {
    if (field.kind !== 'list') return [field.key]
    const count = listLengths[field.key] ?? 0
    const inner = field.itemFields ?? []
    return [
      field.key,
      ...Array.from({ length: count }, (_, index) => inner.map((item) => `${field.key}.${index}.${item.key}`)).flat(),
    ]
  })
}
