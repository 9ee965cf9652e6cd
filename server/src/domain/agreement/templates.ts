import type { AgreementContent } from '@contract/agreements'

/**
 * Per-dispute-type wording for the agreement (legal-reference §5, §6.3): the dispute's name as written in the
 * title line, the usual payment, the issues the mediator usually settles, and a closing clause. The mediator
 * edits all of it; the template only saves typing and keeps the statutory structure.
 */
export interface AgreementTypeTemplate {
  disputeName: string
  paymentDescription: string
  issues: string[]
  closingClause: string
  /** Intake slot keys whose money value suggests the term's amount, in order of preference. */
  amountSlots: string[]
}

const SETTLED = '双方就本纠纷再无其他争议，任何一方不得再就本纠纷向对方主张其他权利。'

const TEMPLATES: Record<string, AgreementTypeTemplate> = {
  wage_arrears: {
    disputeName: '劳动报酬纠纷',
    paymentDescription: '拖欠的劳动报酬',
    issues: ['被申请人是否拖欠申请人劳动报酬及拖欠数额', '拖欠劳动报酬的支付期限和方式'],
    closingClause: '申请人收到上述全部款项后，双方因劳动报酬产生的纠纷即告了结。',
    amountSlots: ['owed_amount'],
  },
  work_injury: {
    disputeName: '工伤赔偿纠纷',
    paymentDescription: '工伤赔偿款',
    issues: ['申请人受伤是否属于工伤及用人单位应承担的责任', '各项工伤待遇的数额及支付方式'],
    closingClause: '申请人收到上述全部款项后，双方因本次工伤产生的待遇争议即告了结。',
    amountSlots: ['claimed_amount', 'medical_cost'],
  },
  labor_termination: {
    disputeName: '劳动合同解除纠纷',
    paymentDescription: '解除劳动合同经济补偿',
    issues: ['劳动合同解除的原因及是否应支付经济补偿', '经济补偿的数额及支付期限'],
    closingClause: '双方劳动关系已依法解除，申请人收到上述款项后双方再无劳动争议。',
    amountSlots: ['claimed_amount'],
  },
  house_rental: {
    disputeName: '房屋租赁合同纠纷',
    paymentDescription: '退还房屋押金',
    issues: ['租赁合同解除后押金是否应当退还及退还数额', '房屋交接及费用结算'],
    closingClause: '双方租赁关系已解除，房屋及相关费用已结清。',
    amountSlots: ['deposit'],
  },
  education_refund: {
    disputeName: '教育培训合同纠纷',
    paymentDescription: '退还培训费',
    issues: ['培训合同是否解除及未消耗课时费用的退还', '退费数额及退费期限'],
    closingClause: '申请人收到上述退费后，双方培训合同终止。',
    amountSlots: ['refund_requested', 'amount_paid'],
  },
  property_delivery: {
    disputeName: '商品房逾期交房纠纷',
    paymentDescription: '逾期交房违约金',
    issues: ['出卖人是否逾期交付房屋及逾期天数', '逾期交房违约金的数额及支付方式'],
    closingClause: '申请人收到上述款项后，不再就本次逾期交房向被申请人主张违约责任。',
    amountSlots: ['claimed_amount'],
  },
  medical: {
    disputeName: '医疗损害赔偿纠纷',
    paymentDescription: '医疗损害赔偿款',
    issues: ['医疗机构的诊疗行为是否存在过错及责任比例', '各项损失的数额'],
    closingClause: '申请人收到上述款项后，双方因本次诊疗产生的纠纷即告了结。',
    amountSlots: ['claimed_amount', 'medical_cost'],
  },
  traffic_accident: {
    disputeName: '机动车交通事故责任纠纷',
    paymentDescription: '交通事故赔偿款',
    issues: ['事故责任的划分', '各项损失的数额及赔偿方式'],
    closingClause: '申请人收到上述款项后，双方因本次交通事故产生的纠纷即告了结。',
    amountSlots: ['claimed_amount', 'medical_cost'],
  },
  personal_injury: {
    disputeName: '人身损害赔偿纠纷',
    paymentDescription: '人身损害赔偿款',
    issues: ['侵权责任的成立及责任比例', '各项损失的数额及赔偿方式'],
    closingClause: '申请人收到上述款项后，双方因本次人身损害产生的纠纷即告了结。',
    amountSlots: ['claimed_amount', 'medical_cost'],
  },
  private_loan: {
    disputeName: '民间借贷纠纷',
    paymentDescription: '借款本金',
    issues: ['借款本金数额及已还款项', '还款期限及方式'],
    closingClause: '被申请人按本协议还清全部款项后，双方借贷关系终止。',
    amountSlots: ['claimed_amount', 'amount'],
  },
  neighbor: {
    disputeName: '相邻关系纠纷',
    paymentDescription: '补偿款',
    issues: ['妨碍行为是否存在及排除方式', '损失的补偿'],
    closingClause: '双方今后应当按照有利生产、方便生活、团结互助、公平合理的原则处理相邻关系。',
    amountSlots: ['claimed_amount', 'amount'],
  },
  consumer: {
    disputeName: '消费纠纷',
    paymentDescription: '退款',
    issues: ['商品或服务是否存在问题', '退款或赔偿的数额'],
    closingClause: SETTLED,
    amountSlots: ['claimed_amount', 'amount'],
  },
  property_management: {
    disputeName: '物业服务合同纠纷',
    paymentDescription: '物业服务费',
    issues: ['物业服务费的数额及欠缴期间', '物业服务质量问题的处理'],
    closingClause: SETTLED,
    amountSlots: ['claimed_amount', 'amount'],
  },
  land_contract: {
    disputeName: '土地承包经营纠纷',
    paymentDescription: '补偿款',
    issues: ['承包或流转合同的履行情况', '补偿的数额及支付方式'],
    closingClause: SETTLED,
    amountSlots: ['claimed_amount', 'amount'],
  },
  land_expropriation: {
    disputeName: '征地补偿款分配纠纷',
    paymentDescription: '征地补偿款',
    issues: ['补偿款的分配方案', '支付期限及方式'],
    closingClause: SETTLED,
    amountSlots: ['claimed_amount', 'amount'],
  },
  marriage_family: {
    disputeName: '婚姻家庭纠纷',
    paymentDescription: '扶养费',
    issues: ['扶养或赡养义务的履行', '费用的数额及支付方式'],
    closingClause: SETTLED,
    amountSlots: ['claimed_amount', 'amount'],
  },
}

const GENERIC: AgreementTypeTemplate = {
  disputeName: '民间纠纷',
  paymentDescription: '款项',
  issues: ['争议款项的数额', '支付期限及方式'],
  closingClause: SETTLED,
  amountSlots: ['claimed_amount', 'amount'],
}

export function templateFor(disputeType: string): AgreementTypeTemplate {
  return TEMPLATES[disputeType] ?? GENERIC
}

export interface TemplateParty {
  id: string
  role: string
}

/** A money value from the case's intake facts: `slots[key].value` (intake) or a flat numeric key. */
export function amountFromFacts(facts: Record<string, unknown>, keys: string[]): number | undefined {
  const slots = (facts.slots ?? {}) as Record<string, { value?: unknown } | undefined>
  for (const key of [...keys, 'amountClaimed']) {
    const value = slots[key]?.value ?? facts[key]
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.round(value * 100) / 100
  }
  return undefined
}

/**
 * The starting draft: facts from the resident's narrative, the type's issues, one payment from the respondent
 * to the applicant for the claimed amount (due date left for the mediator: the checks flag it until filled).
 */
export function suggestedContent(
  disputeType: string,
  parties: TemplateParty[],
  narrative: string,
  facts: Record<string, unknown>,
): AgreementContent {
  const template = templateFor(disputeType)
  const payee = parties.find((p) => p.role === 'applicant') ?? parties[0]
  const payer = parties.find((p) => p.role === 'respondent' && p.id !== payee?.id) ?? parties.find((p) => p !== payee)
  const amount = amountFromFacts(facts, template.amountSlots)
  return {
    facts: narrative.trim() || '（请填写纠纷的主要事实）',
    issues: [...template.issues],
    responsibilities: '（请填写经调解查明的各方责任）',
    terms: [
      {
        kind: 'payment',
        payerPartyId: payer?.id ?? payee?.id ?? '',
        payeePartyId: payee?.id,
        description: template.paymentDescription,
        ...(amount !== undefined ? { amount } : {}),
        method: 'bank_transfer',
      },
    ],
    otherClauses: [template.closingClause],
  }
}
