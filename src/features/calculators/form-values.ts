import { percentToFraction, type FieldSpec } from './input-fields'

/** What the user has typed, as text; list fields hold one record per row. */
export type FieldValue = string | Record<string, string>[]
export type FormValues = Record<string, FieldValue>
/** Error messages by field path, named like the server names them (`periods.0.days`). */
export type FieldErrors = Record<string, string>

export interface RegionalChoice {
  enabled: boolean
  region: string
  year: string
}

const FULL_WIDTH_DIGITS = /[０-９．]/g

/** People paste "1,234.5", "１２３４" or "6000元"; the server wants a plain number. */
export function normaliseNumber(raw: string): string {
  return raw
    .replace(FULL_WIDTH_DIGITS, (char) => (char === '．' ? '.' : String(char.charCodeAt(0) - 0xff10)))
    .replace(/[,，\s]/g, '')
    .replace(/(元|天|%|％)$/, '')
}

function isValidDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const [year, month, day] = text.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function boundsError(field: FieldSpec, value: number): string | null {
  const unit = field.unit && field.unit !== '%' ? ` ${field.unit}` : (field.unit ?? '')
  if (field.exclusiveMin !== undefined && value <= field.exclusiveMin) return `必须大于 ${field.exclusiveMin}${unit}`
  if (field.min !== undefined && value < field.min) return `不能小于 ${field.min}${unit}`
  if (field.max !== undefined && value > field.max) return `不能大于 ${field.max}${unit}`
  return null
}

type Parsed = { value: unknown } | { error: string } | null

/** One scalar field: null when left empty, else the wire value or a Chinese error. */
function parseScalar(field: FieldSpec, raw: string): Parsed {
  const text = raw.trim()
  if (text === '') return field.required ? { error: `请填写${field.label}` } : null
  switch (field.kind) {
    case 'date':
      return isValidDate(text) ? { value: text } : { error: '请选择有效日期（年-月-日）' }
    case 'choice': {
      const choice = field.choices?.find((option) => String(option.value) === text)
      return choice ? { value: choice.value } : { error: '请选择一项' }
    }
    case 'text':
      return { value: text }
    default: {
      const number = Number(normaliseNumber(text))
      if (!Number.isFinite(number) || normaliseNumber(text) === '') return { error: '请输入数字' }
      if ((field.kind === 'integer' || field.kind === 'stepper') && !Number.isInteger(number)) {
        return { error: '请输入整数' }
      }
      const problem = boundsError(field, number)
      if (problem) return { error: problem }
      return { value: field.kind === 'percent' ? percentToFraction(number) : number }
    }
  }
}

function parseList(field: FieldSpec, rows: Record<string, string>[], errors: FieldErrors): unknown[] {
  if (rows.length < (field.minItems ?? 0)) errors[field.key] = `请至少填写 ${field.minItems} 项${field.label}`
  if (field.maxItems !== undefined && rows.length > field.maxItems) {
    errors[field.key] = `${field.label}最多 ${field.maxItems} 项`
  }
  return rows.map((row, index) => {
    const item: Record<string, unknown> = {}
    for (const inner of field.itemFields ?? []) {
      const parsed = parseScalar(inner, row[inner.key] ?? '')
      if (parsed && 'error' in parsed) errors[`${field.key}.${index}.${inner.key}`] = parsed.error
      else if (parsed) item[inner.key] = parsed.value
    }
    return item
  })
}

/**
 * Checks the form as far as one field at a time can be checked and builds the POST body. Rules across fields
 * ("one of monthly, annual or daily income") stay with the server, which names the field in its 400.
 */
export function buildInput(
  fields: FieldSpec[],
  values: FormValues,
  regional?: RegionalChoice,
): { input: Record<string, unknown>; errors: FieldErrors } {
  const input: Record<string, unknown> = {}
  const errors: FieldErrors = {}
  for (const field of fields) {
    const value = values[field.key]
    if (field.kind === 'list') {
      input[field.key] = parseList(field, Array.isArray(value) ? value : [], errors)
      continue
    }
    const parsed = parseScalar(field, typeof value === 'string' ? value : '')
    if (parsed && 'error' in parsed) errors[field.key] = parsed.error
    else if (parsed) input[field.key] = parsed.value
  }
  if (regional?.enabled) {
    if (regional.region === '') errors.region = '请选择地区'
    else input.region = regional.region
    if (regional.year === '') errors.year = '请选择统计年度'
    else input.year = Number(regional.year)
  }
  return { input, errors }
}

/** A form with one empty row in each list, so the user sees what a row looks like. */
export function emptyValues(fields: FieldSpec[]): FormValues {
  const values: FormValues = {}
  for (const field of fields) {
    values[field.key] = field.kind === 'list' ? [emptyRow(field)] : ''
  }
  return values
}

export function emptyRow(field: FieldSpec): Record<string, string> {
  return Object.fromEntries((field.itemFields ?? []).map((inner) => [inner.key, '']))
}

/** Server details by field; anything the form cannot place is returned for a form-level notice. */
export function placeServerErrors(
  details: { field?: string; message: string }[],
  knownPaths: string[],
): { fieldErrors: FieldErrors; unplaced: string[] } {
  const known = new Set(knownPaths)
  const fieldErrors: FieldErrors = {}
  const unplaced: string[] = []
  for (const detail of details) {
    if (detail.field && known.has(detail.field)) fieldErrors[detail.field] ??= detail.message
    else unplaced.push(detail.message)
  }
  return { fieldErrors, unplaced }
}
