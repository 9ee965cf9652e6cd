/** Mainland mobile numbers, the same rule as the server's PhoneSchema. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/
export const SMS_CODE_PATTERN = /^\d{6}$/

export function normalisePhone(input: string): string {
  // People paste numbers with spaces, dashes or a +86 prefix.
  return input.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '')
}

export function phoneError(input: string): string | null {
  const phone = normalisePhone(input)
  if (phone === '') return '请输入手机号'
  return PHONE_PATTERN.test(phone) ? null : '请输入正确的11位手机号'
}

export function smsCodeError(input: string): string | null {
  const code = input.trim()
  if (code === '') return '请输入验证码'
  return SMS_CODE_PATTERN.test(code) ? null : '验证码为6位数字'
}
