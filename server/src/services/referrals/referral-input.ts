import { badRequest } from '../../lib/app-error'

const FULL_WIDTH = /[\uFF01-\uFF5E]/g
const toHalfWidth = (text: string) => text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

/**
 * A mainland mobile number as people type it (138 0000 0001, 138-0000-0001, +86 13800000001, full-width
 * digits) reduced to its 11 digits; anything else is a 400 naming the field.
 */
export function normalisePhone(input: string, field: string): string {
  const compact = toHalfWidth(input).replace(/[\s\-()（）]/g, '')
  const digits = compact.replace(/^(?:\+?86|0086)(?=1\d{10}$)/, '')
  if (!/^1[3-9]\d{9}$/.test(digits)) {
    throw badRequest('PHONE_INVALID', '请填写正确的11位手机号码', [{ field, message: '手机号码格式不正确' }])
  }
  return digits
}

/**
 * 警情号 formats differ by province and by dispatch system (letter prefixes, dates, sequence numbers, dashes),
 * so we accept what they share rather than one local pattern: after normalising case, width and spaces,
 * 6–40 letters, digits or inner dashes with at least 6 digits. The normalised form is stored and compared, so
 * "j5001 0720" and "J50010720" are the same number.
 */
export function normaliseIncidentNumber(input: string): string {
  const value = toHalfWidth(input).replace(/\s+/g, '').toUpperCase()
  const digits = value.replace(/\D/g, '').length
  if (!/^[A-Z0-9-]{6,40}$/.test(value) || digits < 6 || /^-|-$/.test(value)) {
    throw badRequest('INCIDENT_NUMBER_INVALID', '警情号格式不正确：应为6至40位字母、数字或短横线，且至少包含6位数字', [
      { field: 'incidentNumber', message: '警情号格式不正确' },
    ])
  }
  return value
}

export function cleanName(input: string, field: string): string {
  const name = input.replace(/\s+/g, ' ').trim()
  if (!name) throw badRequest('NAME_REQUIRED', '请填写当事人姓名或名称', [{ field, message: '姓名不能为空' }])
  return name
}
