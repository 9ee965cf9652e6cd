/** Masks for personal information. Every response and log line shows only these forms. */

export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***'
}

/** 500107199001011234 → 500107********1234 (region code and last four kept, birth date hidden). */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length === 18 ? `${idNumber.slice(0, 6)}********${idNumber.slice(14)}` : '******'
}

const ID_NUMBER_IN_TEXT = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g

/** Masks any resident ID number that appears inside free text (used on every log line). */
export function maskIdNumbersInText(text: string): string {
  return text.replace(ID_NUMBER_IN_TEXT, '$1********$2')
}
