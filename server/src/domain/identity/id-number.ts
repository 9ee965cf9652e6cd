/**
 * Resident identity number (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence,
 * and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export function idNumberCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

export type IdNumberProblem = 'format' | 'birth_date' | 'check_digit'

/** Returns null when valid, otherwise what is wrong. `today` bounds the birth date. */
export function checkIdNumber(raw: string, today: Date = new Date()): IdNumberProblem | null {
  const id = raw.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return 'format'
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const birth = new Date(Date.UTC(y, m - 1, d))
  const valid =
    y >= 1900 &&
    birth.getUTCFullYear() === y &&
    birth.getUTCMonth() === m - 1 &&
    birth.getUTCDate() === d &&
    birth.getTime() <= today.getTime()
  if (!valid) return 'birth_date'
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return 'check_digit'
  return null
}

export const ID_NUMBER_PROBLEM_MESSAGES: Record<IdNumberProblem, string> = {
  format: '身份证号应为18位，最后一位可以是数字或X',
  birth_date: '身份证号中的出生日期不正确',
  check_digit: '身份证号校验位不正确，请核对后重新输入',
}
