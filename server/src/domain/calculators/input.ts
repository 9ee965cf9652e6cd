import { CALCULATOR_ERROR_CODES as CODES, calculatorInputError } from './input-errors'
import { parseIsoDate, type CalendarDate } from './dates'

export interface NumberRule {
  min?: number
  /** The value must be strictly greater than `min`. */
  exclusiveMin?: boolean
  max?: number
  integer?: boolean
}

const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/

/**
 * Reads and checks one calculator body. Every failure is a 400 naming the field, with a Chinese message that
 * carries the field's Chinese label so a form can show it next to the input.
 */
export class CalculatorInput {
  private constructor(private readonly raw: Record<string, unknown>) {}

  static parse(body: unknown): CalculatorInput {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw calculatorInputError(CODES.inputNotObject, 'body', '请求内容应为 JSON 对象')
    }
    return new CalculatorInput(body as Record<string, unknown>)
  }

  has(field: string): boolean {
    const value = this.raw[field]
    return value !== undefined && value !== null && value !== ''
  }

  text(field: string, label: string, maxLength = 64): string {
    const value = this.raw[field]
    if (!this.has(field)) throw calculatorInputError(CODES.fieldRequired, field, `请填写${label}（${field}）`)
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw calculatorInputError(CODES.invalidValue, field, `${label}（${field}）应为文字`)
    }
    const text = String(value).trim()
    if (text.length > maxLength) {
      throw calculatorInputError(CODES.outOfRange, field, `${label}（${field}）不能超过 ${maxLength} 个字符`)
    }
    return text
  }

  number(field: string, label: string, rule: NumberRule = {}): number {
    if (!this.has(field)) throw calculatorInputError(CODES.fieldRequired, field, `请填写${label}（${field}）`)
    return checkNumber(this.raw[field], field, label, rule)
  }

  optionalNumber(field: string, label: string, rule: NumberRule = {}): number | undefined {
    return this.has(field) ? this.number(field, label, rule) : undefined
  }

  date(field: string, label: string): CalendarDate {
    if (!this.has(field)) throw calculatorInputError(CODES.fieldRequired, field, `请填写${label}（${field}）`)
    const value = this.raw[field]
    const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined
    if (!parsed) {
      throw calculatorInputError(CODES.invalidDate, field, `${label}（${field}）应为有效日期，格式 YYYY-MM-DD`)
    }
    return parsed
  }

  optionalDate(field: string, label: string): CalendarDate | undefined {
    return this.has(field) ? this.date(field, label) : undefined
  }

  /** Exactly one of the alternatives must be given; returns the one that was. */
  oneOf<F extends string>(alternatives: { field: F; label: string }[]): F {
    const present = alternatives.filter((a) => this.has(a.field))
    const names = alternatives.map((a) => `${a.label}（${a.field}）`).join('、')
    if (present.length === 0) {
      throw calculatorInputError(CODES.fieldRequired, alternatives[0].field, `请填写以下一项：${names}`)
    }
    if (present.length > 1) {
      throw calculatorInputError(CODES.conflict, present[1].field, `以下各项只能填写一项：${names}`)
    }
    return present[0].field
  }

  /** An enumerated option with a default. */
  choice<T extends string | number>(field: string, label: string, options: readonly T[], fallback: T): T {
    if (!this.has(field)) return fallback
    const value = this.raw[field]
    const match = options.find((option) => option === value || String(option) === String(value))
    if (match === undefined) {
      throw calculatorInputError(CODES.invalidValue, field, `${label}（${field}）只能是：${options.join('、')}`)
    }
    return match
  }

  array(field: string, label: string, maxItems: number): Record<string, unknown>[] {
    const value = this.raw[field]
    if (!Array.isArray(value) || value.length === 0) {
      throw calculatorInputError(CODES.fieldRequired, field, `请填写${label}（${field}），至少一项`)
    }
    if (value.length > maxItems) {
      throw calculatorInputError(CODES.outOfRange, field, `${label}（${field}）最多 ${maxItems} 项`)
    }
    return value.map((item, index) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw calculatorInputError(CODES.invalidValue, `${field}[${index}]`, `${label}第 ${index + 1} 项格式不正确`)
      }
      return item as Record<string, unknown>
    })
  }
}

/** Checks a number found anywhere in the body (also used for array items, with a path like periods[0].days). */
export function checkNumber(value: unknown, field: string, label: string, rule: NumberRule): number {
  const number = typeof value === 'string' && NUMERIC_TEXT.test(value.trim()) ? Number(value) : value
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw calculatorInputError(CODES.notNumber, field, `${label}（${field}）应为数字`)
  }
  if (rule.integer && !Number.isInteger(number)) {
    throw calculatorInputError(CODES.notInteger, field, `${label}（${field}）应为整数`)
  }
  const min = rule.min ?? 0
  if (number < min || (rule.exclusiveMin && number === min)) {
    const bound = rule.exclusiveMin ? `大于 ${min}` : min === 0 ? '不能为负数' : `不能小于 ${min}`
    throw calculatorInputError(
      CODES.outOfRange,
      field,
      `${label}（${field}）${bound.startsWith('不') ? bound : `应${bound}`}`,
    )
  }
  if (rule.max !== undefined && number > rule.max) {
    throw calculatorInputError(CODES.outOfRange, field, `${label}（${field}）不能大于 ${rule.max}`)
  }
  return number
}
