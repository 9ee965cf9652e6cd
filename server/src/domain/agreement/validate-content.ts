import type { AgreementContent } from '@contract/agreements'
import { isCalendarDate, isWholeFen } from './chinese-format'

export interface ContentError {
  code: string
  field: string
  message: string
}

/** Input errors (400), unlike flags: unknown parties, amounts below a fen, impossible dates. */
export function contentErrors(content: AgreementContent, partyIds: string[]): ContentError[] {
  const errors: ContentError[] = []
  const known = new Set(partyIds)
  const party = (field: string, id: string | undefined) => {
    if (id !== undefined && !known.has(id))
      errors.push({ code: 'AGREEMENT_PARTY_UNKNOWN', field, message: '不是本案当事人' })
  }
  const money = (field: string, yuan: number | undefined) => {
    if (yuan !== undefined && !isWholeFen(yuan))
      errors.push({ code: 'AGREEMENT_AMOUNT_INVALID', field, message: '金额最多保留两位小数' })
  }
  const date = (field: string, value: string | undefined) => {
    if (value !== undefined && !isCalendarDate(value))
      errors.push({ code: 'AGREEMENT_DATE_INVALID', field, message: '日期不存在' })
  }
  content.terms.forEach((term, i) => {
    party(`terms[${i}].payerPartyId`, term.payerPartyId)
    party(`terms[${i}].payeePartyId`, term.payeePartyId)
    money(`terms[${i}].amount`, term.amount)
    date(`terms[${i}].dueDate`, term.dueDate)
    if (term.kind === 'obligation' && term.amount !== undefined) {
      errors.push({ code: 'AGREEMENT_TERM_INVALID', field: `terms[${i}].amount`, message: '金额只适用于付款条款' })
    }
    if (term.kind === 'obligation' && term.instalments) {
      errors.push({ code: 'AGREEMENT_TERM_INVALID', field: `terms[${i}].instalments`, message: '分期只适用于付款条款' })
    }
    term.instalments?.forEach((item, j) => {
      money(`terms[${i}].instalments[${j}].amount`, item.amount)
      date(`terms[${i}].instalments[${j}].dueDate`, item.dueDate)
    })
  })
  content.partyDetails?.forEach((detail, i) => {
    party(`partyDetails[${i}].partyId`, detail.partyId)
    date(`partyDetails[${i}].birthDate`, detail.birthDate)
  })
  return errors
}
