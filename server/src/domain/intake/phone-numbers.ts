const FULL_WIDTH = /[\uFF01-\uFF5E]/g
const toHalfWidth = (text: string) => text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

/** A mainland mobile as people type it (138 0000 0001, +86-138…, full-width digits) → 11 digits; null if it is not one. */
export function normaliseMobile(input: string): string | null {
  const compact = toHalfWidth(input).replace(/[\s\-()（）]/g, '')
  const digits = compact.replace(/^(?:\+?86|0086)(?=1\d{10}$)/, '')
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null
}

/** A mobile number typed next to a name (李四 13912345678 / 李四，电话139-1234-5678): the number and the rest. */
export function splitMobile(text: string): { phone: string; rest: string } | null {
  const half = toHalfWidth(text)
  const m = /(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/.exec(half)
  const phone = m ? normaliseMobile(m[0]) : null
  if (!m || !phone) return null
  const rest = (half.slice(0, m.index) + half.slice(m.index + m[0].length))
    .replace(/(?:手机号?码?|电话(?:号码)?|联系方式|号码)\s*(?:是|:|：)?/g, '')
    .replace(/^[\s，,、:：]+|[\s，,、:：。]+$/g, '')
  return { phone, rest }
}
