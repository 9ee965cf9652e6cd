import { exact } from '../../calculators/exact'
import { yuan } from '../../calculators/format'
import { LAW } from '../../calculators/laws'
import type { ClaimedItem } from '../opinion-input'
import { calc, monthlyWage } from './common'
import { empty, regional, type DisputeMapper, type MappedAmounts, type MappingContext } from './mapping'
import type { SlotReader } from './slot-reader'

/**
 * Share of the loss the other side bears by the police liability finding. Court practice, not statute
 * (道路交通安全法 76 only fixes the motor vehicle's 10% when blameless): UNVERIFIED, configurable here, and
 * stated in the letter as an assumption.
 */
export const TRAFFIC_LIABILITY_RATIOS: Record<string, { ratio: number; label: string }> = {
  other_full: { ratio: 1, label: '对方全责' },
  other_main: { ratio: 0.7, label: '对方主责' },
  equal: { ratio: 0.5, label: '同等责任' },
  mine_main: { ratio: 0.3, label: '对方次责' },
}

const MEDICAL_BASIS: ClaimedItem['basis'] = [
  { law: LAW.civilCode, article: '第一千一百七十九条' },
  {
    law: LAW.personalInjury,
    article: '第六条',
    summary: '医疗费根据医疗机构出具的医药费、住院费等收款凭证，结合病历和诊断证明等相关证据确定。',
  },
]

interface Harm {
  death: boolean
  disability: boolean
  hospitalised: boolean
  ratio?: number
}

/** Personal-injury heads (PI-Interp 7–15) whose inputs the intake gives; the rest are listed as missing. */
function injuryHeads(slots: SlotReader, context: MappingContext, harm: Harm): MappedAmounts['calculations'] {
  const out: MappedAmounts['calculations'] = []
  const lostDays = slots.days('lost_work_days')
  const income = monthlyWage(slots, 'monthly_income') ?? monthlyWage(slots, 'monthly_wage')
  if (lostDays !== undefined && income !== undefined) {
    out.push(calc('lost-income', { days: lostDays, monthlyIncome: income }, harm.ratio))
  } else if (!harm.death) {
    if (lostDays === undefined) slots.need('lost_work_days', '计算误工费，以医嘱或病假证明为据')
    if (income === undefined) slots.need('monthly_income', '计算误工费')
  }
  const nursingDays = slots.days('nursing_days')
  const nursingRate = slots.money('nursing_daily_rate')
  if (nursingDays !== undefined && nursingRate !== undefined) {
    slots.assume('护理人数按一人计算（人身损害赔偿解释第八条）')
    out.push(calc('nursing', { periods: [{ days: nursingDays, carers: 1 }], dailyRate: nursingRate }, harm.ratio))
  } else if (nursingDays !== undefined) slots.need('nursing_daily_rate', '计算护理费')
  const hospitalDays = slots.days('hospital_days')
  if (hospitalDays !== undefined) {
    const figure = regional(slots, context, 'hospitalMealDailyRate', '住院伙食补助费标准')
    if (figure) out.push(calc('hospital-meal', { days: hospitalDays, ...figure }, harm.ratio))
  } else if (harm.hospitalised) slots.need('hospital_days', '计算住院伙食补助费')
  const nutritionDays = slots.days('nutrition_days')
  const nutritionRate = slots.money('nutrition_daily_rate')
  if (nutritionDays !== undefined && nutritionRate !== undefined) {
    out.push(calc('nutrition', { days: nutritionDays, dailyRate: nutritionRate }, harm.ratio))
  }
  if (harm.disability || harm.death) {
    const purpose = harm.death ? '计算死亡赔偿金' : '计算残疾赔偿金'
    const age = slots.count('victim_age', '周岁') ?? slots.count('age', '周岁') ?? slots.need('victim_age', purpose)
    const grade = harm.death
      ? undefined
      : (gradeOf(slots) ?? slots.need('disability_grade', '计算残疾赔偿金，需伤残鉴定意见'))
    const figure = regional(slots, context, 'urbanDisposableIncome', '城镇居民人均可支配收入')
    if (age !== undefined && figure && (harm.death || grade !== undefined)) {
      const kind = harm.death ? 'death-compensation' : 'disability-compensation'
      out.push(calc(kind, { age, ...(grade ? { grade } : {}), ...figure }, harm.ratio))
    }
  }
  if (harm.death) {
    const figure = regional(slots, context, 'averageAnnualWage', '职工年平均工资（丧葬费）')
    if (figure) out.push(calc('funeral', { ...figure }, harm.ratio))
  }
  return out
}

function gradeOf(slots: SlotReader): number | undefined {
  const value = slots.filled('disability_grade')?.value
  const grade = typeof value === 'number' ? value : Number(/(\d+)/.exec(String(value ?? ''))?.[1])
  if (!Number.isInteger(grade) || grade < 1 || grade > 10) return undefined
  slots.used.push(`${slots.label('disability_grade')}：${grade}级`)
  return grade
}

/** A stated loss as a claimed amount, scaled by the other side's share when there is one. */
function claimed(label: string, amount: number, basis: ClaimedItem['basis'], ratio = 1): ClaimedItem {
  const payable = exact(amount).mul(ratio).toYuan()
  const formula =
    ratio === 1
      ? '按申请人陈述（以票据为准）'
      : `按申请人陈述 ${yuan(amount)} 元 × 对方责任比例 ${Math.round(ratio * 100)}%（以票据为准）`
  return { label, amount: payable, formula, basis }
}

export const trafficAccident: DisputeMapper = (slots, context) => {
  const out = empty()
  const liability = TRAFFIC_LIABILITY_RATIOS[slots.choice('liability') ?? '']
  if (liability) {
    slots.used.push(`${slots.label('liability')}：${liability.label}`)
    if (liability.ratio < 1) {
      slots.assume(
        `按事故认定书${liability.label}，对方承担 ${Math.round(liability.ratio * 100)}% 的赔偿责任（比例为审判实践中的常见做法，法律未作固定规定，请按具体案情调整）`,
      )
    }
  } else slots.missing.push('道路交通事故认定书及责任划分（确定对方应承担的赔偿比例；暂按对方承担全部责任计算）')
  const injury = slots.choice('injury')
  const ratio = liability?.ratio
  out.calculations.push(
    ...(injury === 'property_only'
      ? []
      : injuryHeads(slots, context, { death: injury === 'death', disability: false, hospitalised: false, ratio })),
  )
  const losses = slots.money('losses')
  if (losses !== undefined && out.calculations.length === 0) {
    out.claimedItems.push(
      claimed('申请人主张的损失', losses, [{ law: LAW.civilCode, article: '第一千一百七十九条' }], ratio),
    )
  }
  const advance = slots.money('advance_paid')
  if (advance !== undefined) slots.assume(`对方已垫付 ${yuan(advance)} 元，履行时应从赔偿总额中扣除`)
  slots.assume(
    '机动车已投保交强险的，先由保险公司在交强险责任限额内赔偿，不足部分再按责任比例承担（民法典第一千二百一十三条）',
  )
  return out
}

export const personalInjury: DisputeMapper = (slots, context) => {
  const out = empty()
  const severity = slots.choice('injury_severity')
  out.calculations.push(
    ...injuryHeads(slots, context, {
      death: severity === 'death',
      disability: severity === 'disability',
      hospitalised: severity === 'hospitalised' || severity === 'disability',
    }),
  )
  const medical = slots.money('medical_cost') ?? slots.need('medical_cost', '确定医疗费')
  if (medical !== undefined) out.claimedItems.push(claimed('医疗费', medical, MEDICAL_BASIS))
  const other = slots.money('other_losses')
  if (other !== undefined && out.calculations.length === 0) {
    out.claimedItems.push(
      claimed('误工、护理等其他损失', other, [{ law: LAW.civilCode, article: '第一千一百七十九条' }]),
    )
  }
  slots.assume('被侵权人对损害的发生也有过错的，可以减轻侵权人的责任（民法典第一千一百七十三条）')
  return out
}

export const medicalDispute: DisputeMapper = (slots, context) => {
  const out = empty()
  if (slots.choice('appraisal') !== 'yes') {
    slots.missing.push(
      '医疗损害鉴定意见（确定医疗机构的过错、因果关系和责任程度；以下暂按医疗机构承担全部责任计算上限）',
    )
  }
  const outcome = slots.choice('outcome')
  out.calculations.push(
    ...injuryHeads(slots, context, {
      death: outcome === 'death',
      disability: outcome === 'disability',
      hospitalised: false,
    }),
  )
  const medical = slots.money('medical_cost')
  if (medical !== undefined) out.claimedItems.push(claimed('医疗费', medical, MEDICAL_BASIS))
  const demanded = slots.money('claimed_amount')
  if (demanded !== undefined && out.calculations.length === 0 && medical === undefined) {
    out.claimedItems.push(
      claimed('申请人主张的赔偿', demanded, [
        {
          law: LAW.civilCode,
          article: '第一千二百一十八条',
          summary: '患者在诊疗活动中受到损害，医疗机构或者其医务人员有过错的，由医疗机构承担赔偿责任。',
        },
      ]),
    )
  }
  return out
}
