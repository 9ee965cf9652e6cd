import type { LegalBasis, LimitationRule, SlotDefinition } from './types'

/** Slots every dispute needs: who the other side is, where it happened (routing), what the resident wants. */
export function respondentSlot(question: string, required = true): SlotDefinition {
  return {
    key: 'respondent',
    kind: 'party',
    label: '对方当事人',
    question,
    hint: '写姓名或单位全称，如“张某某”“某某有限公司”',
    required,
    fill: { partySides: ['respondent'] },
    aliases: /对方|被申请人|名字|名称|单位/,
  }
}

export const LOCATION_SLOT: SlotDefinition = {
  key: 'location',
  kind: 'text',
  label: '纠纷发生地或您的住址',
  question: '纠纷发生在哪里？请说到区（县）、街道（乡镇）和社区（村），方便为您安排就近的调解组织。',
  hint: '如：鼓楼区东街街道三坊社区',
  required: true,
  aliases: /地址|地点|住址|在哪|位置/,
}

export const CLAIM_SLOT: SlotDefinition = {
  key: 'claim',
  kind: 'text',
  label: '调解请求',
  question: '您希望通过调解解决什么？比如要求对方支付多少钱、道歉或停止某种行为。',
  required: true,
  aliases: /请求|要求|诉求|希望/,
}

export function evidenceSlot(question: string): SlotDefinition {
  return {
    key: 'evidence',
    kind: 'evidence',
    label: '证据材料',
    question,
    hint: '可以拍照上传，也可以先说明有哪些材料',
    required: false,
    aliases: /证据|材料|照片|截图/,
  }
}

export const YES_NO = [
  { value: 'yes', label: '是', synonyms: /^(?:是|有|对|签了|签过|已经|买了|认定了|报了|嗯|好的?)/ },
  { value: 'no', label: '否', synonyms: /^(?:否|不是|没有|没|无|未|还没|不)/ },
  { value: 'unknown', label: '不清楚', synonyms: /不清楚|不知道|不确定|忘了|记不清/ },
] as const

export const generalLimitation = (...fromSlots: string[]): LimitationRule => ({
  months: 36,
  fromSlots,
  label: '诉讼时效一般为3年',
  basis: '民法典 188',
  note: '自知道或应当知道权利受到损害及义务人之日起计算；向人民调解委员会申请调解可中断时效（诉讼时效规定 12）。',
})

export const labourArbitrationLimitation = (...fromSlots: string[]): LimitationRule => ({
  months: 12,
  fromSlots,
  label: '劳动争议仲裁时效为1年',
  basis: '劳动争议调解仲裁法 27',
  note: '劳动关系存续期间拖欠劳动报酬的，时效从劳动关系终止之日起计算；调解15日未达成协议可申请仲裁（14）。',
})

export const PML_BASIS: LegalBasis[] = [
  { law: '人民调解法', article: '第17条', summary: '当事人申请或调解委员会主动调解；一方明确拒绝的，不得调解' },
  { law: '人民调解法', article: '第33条', summary: '调解协议生效后30日内，双方可共同申请司法确认' },
]
