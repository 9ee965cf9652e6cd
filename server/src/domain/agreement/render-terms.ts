import type { AgreementTerm, PaymentMethod } from '@contract/agreements'
import { formatAmountInCapitals } from '../money/capitals'
import { chineseDate, figures } from './chinese-format'

/** How the parties appear inside the terms: 被申请人李建国. */
export type PartyNamer = (partyId: string | undefined) => string

const METHOD_PHRASES: Record<PaymentMethod, string> = {
  bank_transfer: '通过银行转账方式',
  wechat: '通过微信转账方式',
  alipay: '通过支付宝转账方式',
  cash: '以现金方式',
  other: '',
}

export const MISSING_AMOUNT = '【金额未填写】'
export const MISSING_DATE = '【履行期限未填写】'

/** 人民币12,000.00元（大写：人民币壹万贰仟元整） */
export function moneyText(yuan: number | undefined): string {
  if (yuan === undefined) return MISSING_AMOUNT
  return `人民币${figures(yuan)}元（大写：${formatAmountInCapitals(yuan)}）`
}

const dueText = (date: string | undefined) => (date ? `于${chineseDate(date)}前` : MISSING_DATE)

function instalmentSchedule(term: AgreementTerm): string {
  const items = term.instalments ?? []
  return items.map((item, i) => `第${i + 1}期于${chineseDate(item.dueDate)}前支付${moneyText(item.amount)}`).join('；')
}

function tail(term: AgreementTerm): string {
  const parts: string[] = []
  if (term.account) parts.push(`收款账户：${term.account}`)
  if (term.place) parts.push(`履行地点：${term.place}`)
  return parts.length ? `${parts.join('；')}。` : ''
}

/**
 * The sentence of one term, without its number. Payments say who pays whom, what for, how much (figures and
 * 大写), how, and by when or in which instalments; missing pieces are printed as visible placeholders so nobody
 * confirms a term with a hole in it (the checks flag them too).
 */
export function renderTerm(term: AgreementTerm, name: PartyNamer): string {
  const payer = name(term.payerPartyId)
  const toPayee = term.payeePartyId ? `向${name(term.payeePartyId)}` : ''
  if (term.kind === 'obligation') {
    return `${payer}${dueText(term.dueDate)}${toPayee}${term.description}。${tail(term)}`
  }
  const how = term.method ? METHOD_PHRASES[term.method] : ''
  if (term.instalments?.length) {
    const total = term.amount === undefined ? MISSING_AMOUNT : `共计${moneyText(term.amount)}`
    return (
      `${payer}${toPayee}支付${term.description}${total}，${how}分${term.instalments.length}期支付：` +
      `${instalmentSchedule(term)}。${tail(term)}`
    )
  }
  return `${payer}${dueText(term.dueDate)}${how}${toPayee}支付${term.description}${moneyText(term.amount)}。${tail(term)}`
}
