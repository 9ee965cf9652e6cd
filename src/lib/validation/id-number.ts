/**
 * Resident identity numbers under GB 11643-1999: 6-digit region, 8-digit birth date,
 * 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export function normaliseIdNumber(input: string): string {
  return input.replace(/\s/g, '').toUpperCase()
}

export function idCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0)
  return CHECK_CHARS[sum % 11]
}

function isRealBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(year, month - 1, day))
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return exists && year >= 1900 && date.getTime() <= today.getTime()
}

/** Chinese message for the first problem found, or null when the number is valid. */
export function idNumberError(input: string, today: Date = new Date()): string | null {
  const id = normaliseIdNumber(input)
  if (id === '') return '请输入身份证号'
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号应为18位，最后一位可以是数字或X'
  if (!/^[1-9]/.test(id)) return '身份证号的地区码不正确'
  if (!isRealBirthDate(id.slice(6, 14), today)) return '身份证号中的出生日期不正确'
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return '身份证号校验位不正确，请核对后重新输入'
  return null
}

/** Same mask as the server: region code and last four digits visible. */
export function maskIdNumber(input: string): string {
  const id = normaliseIdNumber(input)
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : id
}

/** Names as written on the ID card: Chinese (with the middle dot of minority names) or Latin letters. */
export function realNameError(input: string): string | null {
  const name = input.trim()
  if (name === '') return '请输入姓名'
  if (name.length < 2 || name.length > 30) return '姓名应为2至30个字'
  return /^[\p{Script=Han}·•A-Za-z\s]+$/u.test(name) ? null : '姓名只能包含汉字、字母或间隔号'
}
