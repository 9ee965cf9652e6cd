import { LAW } from '../../calculators/laws'
import { calc, defined, monthlyWage, optionalRegion } from './common'
import { empty, type DisputeMapper, type MappedAmounts, type MappingContext } from './mapping'
import type { SlotReader } from './slot-reader'

/** The story says the dismissal had no lawful ground (无故辞退, 口头通知走人 …). */
const UNLAWFUL_DISMISSAL =
  /违法解除|违法辞退|无故(?:辞退|解雇|开除|解除)|没有(?:任何)?(?:理由|原因)|无(?:正当)?理由|口头(?:通知|让我)|一句话|直接(?:辞退|开除|让我走)/
/** The story says the worker left because wages went unpaid (劳动合同法 38). */
const QUIT_OVER_ARREARS =
  /(?:因|由于|因为|实在)[^。]{0,15}(?:欠薪|拖欠|欠[^。]{0,4}工资|不发工资|没发工资|不给工资)[^。]{0,12}(?:辞职|离职|不干|走了|离开|解除)/

const WAGES_BASIS = [
  {
    law: LAW.labourContract,
    article: '第三十条',
    summary: '用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。',
  },
  {
    law: '中华人民共和国劳动法',
    article: '第五十条',
    summary: '工资应当以货币形式按月支付给劳动者本人，不得克扣或者无故拖欠劳动者的工资。',
  },
]

function economicCompensation(
  slots: SlotReader,
  context: MappingContext,
  wageKey: string,
  kind: 'economic-compensation' | 'illegal-termination',
): MappedAmounts['calculations'] {
  const purpose = kind === 'illegal-termination' ? '计算违法解除赔偿金' : '计算经济补偿'
  const wage = monthlyWage(slots, wageKey) ?? slots.need(wageKey, purpose)
  const startDate = slots.date('employment_start', 'start') ?? slots.need('employment_start', purpose)
  const endDate = slots.date('employment_end', 'end') ?? slots.need('employment_end', purpose)
  if (wage === undefined || !startDate || !endDate) return []
  const region = optionalRegion(slots, context, 'averageAnnualWage', 'minimumMonthlyWage')
  return [calc(kind, defined({ averageMonthlyWage: wage, startDate, endDate, ...region }))]
}

function doubleWages(slots: SlotReader, wageKey: string): MappedAmounts['calculations'] {
  if (slots.choice('has_contract') !== 'no') return []
  const purpose = '计算未签书面劳动合同二倍工资差额'
  const monthlyWageValue = monthlyWage(slots, wageKey) ?? slots.need(wageKey, purpose)
  const hireDate = slots.date('employment_start', 'start') ?? slots.need('employment_start', purpose)
  const endDate = slots.date('employment_end', 'end') ?? slots.need('employment_end', purpose)
  if (monthlyWageValue === undefined || !hireDate || !endDate) return []
  slots.assume(
    '申请人称未签订书面劳动合同，按劳动合同法第八十二条计算二倍工资差额；该项适用一年仲裁时效，超过部分可能不受支持',
  )
  return [calc('double-wages', { monthlyWage: monthlyWageValue, hireDate, endDate })]
}

/** Why the employment ended decides the head (劳动合同法 46, 87; 条例 25: not both). */
const TERMINATION_GROUNDS: Record<string, { kind?: 'economic-compensation'; assumption: string }> = {
  employer: {
    kind: 'economic-compensation',
    assumption:
      '按单位提出解除、依法应支付经济补偿计算（劳动合同法第四十六条）；如解除违法，申请人可主张二倍的赔偿金（第八十七条）',
  },
  employee_due_to_employer_fault: {
    kind: 'economic-compensation',
    assumption: '申请人称因单位欠薪或未缴社保而解除劳动合同，按劳动合同法第三十八条、第四十六条第一项计算经济补偿',
  },
  expiry: {
    kind: 'economic-compensation',
    assumption:
      '按劳动合同期满终止、单位不续订计算经济补偿（劳动合同法第四十六条第五项）；如单位维持或提高条件续订而申请人不同意，则无经济补偿',
  },
  mutual: {
    kind: 'economic-compensation',
    assumption:
      '按单位提出、双方协商一致解除计算经济补偿（劳动合同法第四十六条第二项）；如由申请人提出协商解除，则无经济补偿',
  },
  employee: { assumption: '申请人称系本人主动辞职，依法一般无经济补偿（劳动合同法第四十六条未列此情形）' },
}

export const laborTermination: DisputeMapper = (slots, context) => {
  const out = empty()
  const initiator = slots.choice('termination_initiator')
  const story = `${context.narrative} ${slots.text('termination_reason') ?? ''}`
  if (!initiator) {
    slots.need('termination_initiator', '确定应否支付经济补偿或赔偿金')
  } else if (initiator === 'employer' && UNLAWFUL_DISMISSAL.test(story)) {
    slots.assume(
      '申请人称单位无合法理由解除劳动合同，按违法解除计算赔偿金（劳动合同法第八十七条）；单位能证明解除合法的，应改按经济补偿计算',
    )
    out.calculations.push(...economicCompensation(slots, context, 'average_monthly_wage', 'illegal-termination'))
  } else {
    const ground = TERMINATION_GROUNDS[initiator]
    if (ground) slots.assume(ground.assumption)
    if (ground?.kind)
      out.calculations.push(...economicCompensation(slots, context, 'average_monthly_wage', ground.kind))
  }
  out.calculations.push(...doubleWages(slots, 'average_monthly_wage'))
  return out
}

export const wageArrears: DisputeMapper = (slots, context) => {
  const out = empty()
  const owed = slots.money('owed_amount') ?? slots.need('owed_amount', '确定拖欠工资数额')
  if (owed !== undefined) {
    const period = slots.filled('owed_period')?.display
    out.claimedItems.push({
      label: '拖欠工资',
      amount: owed,
      formula: `按申请人陈述的拖欠金额${period ? `（${period}）` : ''}`,
      basis: WAGES_BASIS,
      settleInFull: true,
    })
  }
  if (slots.choice('still_employed') === 'no') {
    const quitOverArrears =
      slots.choice('termination_initiator') === 'employee_due_to_employer_fault' ||
      QUIT_OVER_ARREARS.test(context.narrative)
    if (quitOverArrears) {
      slots.assume('申请人称因单位拖欠工资而离职，按劳动合同法第三十八条、第四十六条第一项计算经济补偿')
      out.calculations.push(...economicCompensation(slots, context, 'monthly_wage', 'economic-compensation'))
    } else {
      slots.missing.push(
        '离职原因（因单位拖欠工资而解除劳动合同的，可另主张经济补偿，劳动合同法第三十八条、第四十六条）',
      )
    }
  }
  out.calculations.push(...doubleWages(slots, 'monthly_wage'))
  return out
}

export const workInjury: DisputeMapper = (slots, context) => {
  const out = empty()
  if (slots.choice('injury_recognised') !== 'yes') {
    slots.missing.push('工伤认定决定书（以下计算以认定为工伤为前提，工伤保险条例第十七条）')
  }
  const insured = slots.choice('employer_insured')
  if (insured === 'no') slots.assume('申请人称单位未缴纳工伤保险，工伤待遇由单位按标准支付（工伤保险条例第六十二条）')
  if (insured === 'yes')
    slots.assume('单位已参加工伤保险的，一次性伤残补助金由工伤保险基金支付，停工留薪期工资由单位支付')
  const grade = /^grade_(\d+)$/.exec(slots.choice('disability_grade') ?? '')?.[1]
  if (slots.choice('disability_grade') === 'none') slots.assume('申请人称未达到伤残等级，无一次性伤残补助金')
  else if (!grade) slots.need('disability_grade', '计算一次性伤残补助金，需劳动能力鉴定结论')
  const wage = monthlyWage(slots, 'monthly_wage') ?? slots.need('monthly_wage', '计算工伤待遇')
  if (grade && wage !== undefined) {
    slots.used.push(`${slots.label('disability_grade')}：${grade}级`)
    const region = optionalRegion(slots, context, 'averageAnnualWage')
    out.calculations.push(
      calc('work-injury-disability-subsidy', { grade: Number(grade), ownMonthlyWage: wage, ...region }),
    )
  }
  const stoppageDays = slots.days('stoppage_months')
  if (stoppageDays === undefined) slots.need('stoppage_months', '计算停工留薪期工资')
  else if (wage !== undefined) {
    const months = Math.min(24, Math.round((stoppageDays / 30) * 100) / 100)
    out.calculations.push(calc('work-injury-stoppage-wages', { monthlyWage: wage, months }))
  }
  const medical = insured === 'no' ? slots.money('medical_cost') : undefined
  if (medical !== undefined) {
    out.claimedItems.push({
      label: '医疗费',
      amount: medical,
      formula: '按申请人陈述的医疗费（以票据为准）',
      basis: [
        {
          law: LAW.workInjury,
          article: '第六十二条',
          summary:
            '应当参加工伤保险而未参加的用人单位职工发生工伤的，由该用人单位按照本条例规定的工伤保险待遇项目和标准支付费用。',
        },
      ],
    })
  }
  return out
}
