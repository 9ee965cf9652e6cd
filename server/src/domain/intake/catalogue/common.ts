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

/** Work verbs in employment answers: 干, 上班, 打工 … */
const WORK = '(?:干|做|上班|工作|打工|务工)'

/** Phrases saying employment has ended (不在那干了, 辞职了, 被辞退, 离职); also read from the narrative. */
export const ENDED_EMPLOYMENT = new RegExp(
  `(?:不|没)(?:在|再)(?:那|那里|那边|这|这里|厂里|公司|工地|店里)?.{0,4}${WORK}|不${WORK}了|没${WORK}了|` +
    '离职|辞职|辞工|走了|离开|辞退|开除|被裁|裁员|解除|解聘',
)

/** Whether the resident still works there, in the words people use (还在干 / 不在那干了, 辞职了, 被辞退). */
export const STILL_EMPLOYED = [
  {
    value: 'yes',
    label: '还在干',
    synonyms: new RegExp(`还在|仍在|在职|在干|在上班|还${WORK}|没(?:有)?(?:走|离职|辞职|被辞退)|^(?:是|对|嗯)`),
  },
  {
    value: 'no',
    label: '已经不干了',
    synonyms: new RegExp(`${ENDED_EMPLOYMENT.source}|不${WORK}|^(?:否|不是|没有)$`),
  },
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
