import { exact } from '../../calculators/exact'
import { figure, yuan } from '../../calculators/format'
import { LAW } from '../../calculators/laws'
import { extractFacts } from '../../intake/analyze'
import { CATALOGUE, isDisputeTypeCode } from '../../intake/catalogue'
import type { ClaimedItem } from '../opinion-input'
import { calc } from './common'
import { empty, type DisputeMapper, type MappingContext } from './mapping'
import { annualLoanRate, dailyPenaltyRate } from './rates'
import type { SlotReader } from './slot-reader'

/** The catalogue's own legal basis for a type, optionally only the entries whose article matches. */
function catalogueBasis(type: string, article?: RegExp): ClaimedItem['basis'] {
  if (!isDisputeTypeCode(type)) return []
  return CATALOGUE[type].legalBasis
    .filter((b) => !article || article.test(b.article))
    .slice(0, 2)
    .map((b) => ({ law: b.law, article: b.article, summary: b.summary }))
}

/** The amount in the resident's own request (调解请求: 要求退还押金3000元), when no slot holds it. */
function amountInClaim(slots: SlotReader, context: MappingContext): number | undefined {
  const claim = slots.text('claim')
  const amount = claim ? extractFacts(claim, context.today).amounts.find((a) => !a.rate && a.value > 0) : undefined
  if (!amount) return undefined
  slots.used.push(`${slots.label('claim')}：${claim}`)
  slots.assume(`按申请人调解请求中的金额 ${yuan(amount.value)} 元列示`)
  return amount.value
}

export const propertyDelivery: DisputeMapper = (slots, context) => {
  const out = empty()
  const purpose = '计算逾期交房违约金'
  const price = slots.money('total_price') ?? slots.need('total_price', purpose)
  const agreedDate = slots.date('agreed_delivery_date', 'end') ?? slots.need('agreed_delivery_date', purpose)
  let deliveredDate: string | undefined
  if (slots.choice('delivered') === 'yes') {
    deliveredDate = slots.date('actual_delivery_date', 'start') ?? slots.need('actual_delivery_date', purpose)
  } else {
    deliveredDate = context.today
    slots.assume(`尚未交房，逾期天数暂计至本意见书出具之日（${context.today}），实际以交房之日为准`)
  }
  const clause = slots.text('penalty_clause')
  const dailyRate = clause ? dailyPenaltyRate(clause) : undefined
  if (dailyRate === undefined) {
    slots.need(
      'penalty_clause',
      '合同约定的日违约金比例，如“每日按已付房款万分之一”；未约定的按同地段同类房屋租金标准确定损失',
    )
  } else slots.assume(`按合同约定的日违约金比例 ${figure(dailyRate)}（${clause}）计算`)
  if (price !== undefined && agreedDate && deliveredDate && dailyRate !== undefined) {
    slots.assume('违约金基数按申请人陈述的房屋总价计算；合同约定以已付房款为基数的，应按已付房款计算')
    out.calculations.push(calc('late-delivery-penalty', { price, dailyRate, agreedDate, deliveredDate }))
  }
  return out
}

export const privateLoan: DisputeMapper = (slots, context) => {
  const out = empty()
  if (slots.choice('my_role') === 'borrower') {
    slots.assume('申请人为借款人，本意见书不计算申请人应收的金额；还款数额以借条和转账记录为准')
    return out
  }
  const principal = slots.money('principal') ?? slots.need('principal', '确定应还本金')
  if (principal === undefined) return out
  const repaid = slots.money('repaid') ?? 0
  const outstanding = exact(principal).sub(repaid)
  if (outstanding.compare(exact(0)) > 0) {
    out.claimedItems.push({
      label: '未还借款本金',
      amount: outstanding.toYuan(),
      formula: repaid ? `借款本金 ${yuan(principal)} 元 − 已还 ${yuan(repaid)} 元` : '按申请人陈述的借款本金',
      basis: [{ law: LAW.civilCode, article: '第六百七十五条', summary: '借款人应当按照约定的期限返还借款。' }],
      settleInFull: true,
    })
  }
  if (repaid)
    slots.assume('已还款项按冲抵本金处理、利息按未还本金计算；依法应先抵充利息（民法典第五百六十一条），请核对还款明细')
  const agreed = slots.choice('interest_agreed')
  if (agreed === 'no') {
    slots.assume('借款未约定利息，视为没有利息（民法典第六百八十条）；逾期还款的，出借人可主张逾期利息')
    return out
  }
  const rateText = slots.text('interest_rate')
  const annualRate = rateText ? annualLoanRate(rateText) : undefined
  const startDate = slots.date('loan_date', 'start') ?? slots.need('loan_date', '计算利息')
  if (annualRate === undefined) slots.need('interest_rate', '计算利息，如“月息1分”“年利率6%”')
  if (annualRate !== undefined && startDate && outstanding.compare(exact(0)) > 0) {
    slots.assume(
      `按约定利率（${rateText}，折合年利率 ${figure(annualRate * 100)}%）自借款之日计至本意见书出具之日（${context.today}）`,
    )
    out.calculations.push(
      calc('loan-interest', { principal: outstanding.toYuan(), annualRate, startDate, endDate: context.today }),
    )
  }
  return out
}

export const houseRental: DisputeMapper = (slots, context) => {
  const out = empty()
  const role = slots.choice('my_role')
  const issue = slots.choice('issue')
  if (issue === 'deposit_not_returned' && role !== 'landlord') {
    const deposit = slots.money('deposit') ?? amountInClaim(slots, context) ?? slots.need('deposit', '确定应退押金')
    if (deposit !== undefined) {
      out.claimedItems.push({
        label: '押金',
        amount: deposit,
        formula: '按申请人陈述的押金数额；出租人可扣除有约定且有依据的费用',
        basis: catalogueBasis('house_rental', /586/),
      })
      slots.assume('住房租赁条例（2025年9月15日施行）关于押金返还的条文序号尚未核实，引用前请核对')
    }
    return out
  }
  const amount = amountInClaim(slots, context)
  if (amount === undefined) {
    slots.missing.push(issue === 'rent_arrears' ? '拖欠租金的月数或金额' : '申请人主张的具体金额')
    return out
  }
  out.claimedItems.push({
    label: issue === 'rent_arrears' ? '拖欠租金' : '申请人主张的金额',
    amount,
    formula: '按申请人调解请求中的金额',
    basis: catalogueBasis('house_rental', issue === 'rent_arrears' ? /722/ : undefined),
  })
  return out
}

export const educationRefund: DisputeMapper = (slots, context) => {
  const out = empty()
  const basis = catalogueBasis('education_refund', /第53条|第15条/)
  const paid = slots.money('amount_paid') ?? slots.need('amount_paid', '计算应退费用')
  const bought = slots.count('total_sessions', '节') ?? slots.need('total_sessions', '按未上课时比例计算退费')
  const used = slots.count('sessions_used', '节') ?? slots.need('sessions_used', '按未上课时比例计算退费')
  if (paid !== undefined && bought && used !== undefined && used <= bought) {
    const refund = exact(paid)
      .mul(bought - used)
      .div(bought)
    out.claimedItems.push({
      label: '应退培训费',
      amount: refund.toYuan(),
      formula: `已交费用 ${yuan(paid)} 元 × 未上课时 ${bought - used} ÷ 购买课时 ${bought} = ${yuan(refund)} 元`,
      basis,
    })
    if (slots.choice('refund_reason') === 'own_reason') {
      slots.assume('因消费者自身原因退费的，已消费部分可能按原价计算，实际应退金额可能低于按比例计算的数额')
    } else slots.assume('按已交费用和未上课时的比例计算应退费用；课程有优惠的，已消费部分按优惠价计算')
    return out
  }
  const requested = slots.money('refund_requested') ?? amountInClaim(slots, context)
  if (requested !== undefined) {
    out.claimedItems.push({ label: '申请人要求退还的费用', amount: requested, formula: '按申请人陈述', basis })
  }
  return out
}

/** Keys of the money slot that holds what the resident claims, for types without a statutory formula. */
const CLAIMED_SLOT: Record<string, readonly string[]> = {
  consumer: ['claimed_amount', 'amount_paid'],
  neighbor: ['loss'],
  land_contract: ['amount'],
  marriage_family: ['amount'],
  property_management: ['amount'],
  other: ['amount'],
}

/** Types without a formula: the claimed amount with the catalogue's basis, or a plain note that it is missing. */
export function claimedAmountMapper(type: string): DisputeMapper {
  return (slots, context) => {
    const out = empty()
    const key = (CLAIMED_SLOT[type] ?? []).find((k) => slots.filled(k))
    const amount = (key ? slots.money(key) : undefined) ?? amountInClaim(slots, context)
    if (amount === undefined) {
      slots.missing.push('申请人主张的具体金额及其计算依据')
      return out
    }
    out.claimedItems.push({ label: '申请人主张的金额', amount, formula: '按申请人陈述', basis: catalogueBasis(type) })
    return out
  }
}
