import { CLAIM_SLOT, evidenceSlot, LOCATION_SLOT, respondentSlot } from './common'
import type { DisputeTypeDefinition } from './types'

export const landContract: DisputeTypeDefinition = {
  code: 'land_contract',
  name: '农村土地承包/流转',
  version: '1.0.0',
  summary: '承包地调整收回、土地流转租金、经营权转让、承包地边界纠纷',
  features: [
    ['土地承包', 7], ['承包地', 6], ['土地流转', 7], ['流转费', 6], ['承包经营权', 7], ['承包合同', 3], ['承包费', 4], ['耕地', 4],
    ['责任田', 6], ['口粮田', 6], ['亩', 3], ['种地', 4], ['村集体', 3], ['村民小组', 4], ['村委会', 2], ['经营权证', 6], ['地租', 4],
    ['果园', 3], ['鱼塘', 3], ['林地', 4], ['大棚', 3], ['合作社', 3], ['撂荒', 5], ['收回土地', 5], ['调地', 5], ['农户', 2],
    [/(?:租|承包|流转)了?.{0,6}(?:亩|地|田)/, 4], [/(?:块|亩)(?:地|田)/, 3],
  ],
  slots: [
    respondentSlot('对方是谁？村集体、村民小组、流转方还是其他农户？'),
    {
      key: 'dispute_kind', kind: 'choice', label: '争议类型', required: true, question: '主要争议是什么？',
      choices: [
        { value: 'transfer_fee', label: '流转费/承包费没付', synonyms: /流转费|承包费|租金|地租|没给钱/ },
        { value: 'taken_back', label: '土地被收回或调整', synonyms: /收回|调整|调地|拿走/ },
        { value: 'boundary', label: '地界/面积争议', synonyms: /地界|边界|面积/ },
        { value: 'other', label: '其他', synonyms: /其他/ },
      ],
      fill: { choicePatterns: [[/流转费|承包费|地租|土地租金/, 'transfer_fee'], [/收回|调地|调整承包地/, 'taken_back'], [/地界|边界|界址|面积/, 'boundary']] },
    },
    { key: 'land_location', kind: 'text', label: '地块位置和面积', required: true, question: '地块在哪里、有多少亩？', aliases: /地块|亩/ },
    {
      key: 'contract_date', kind: 'date', label: '合同签订时间', required: false, question: '承包或流转合同是什么时候签的？',
      fill: { dateLabels: ['contract_date'] },
    },
    { key: 'term', kind: 'duration', label: '承包/流转期限', required: false, question: '约定多少年？', fill: { durationLabels: ['land_term', 'contract_term'] } },
    {
      key: 'amount', kind: 'money', label: '涉及金额', required: false, askIf: { slot: 'dispute_kind', equals: 'transfer_fee' },
      question: '每年流转费多少？欠了多少？', fill: { amountLabels: ['land_transfer_fee', 'annual_land_fee', 'monthly_land_fee', 'claimed'] },
      aliases: /流转费|承包费|欠/,
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如承包合同、经营权证、流转合同、付款记录。'),
  ],
  materials: ['身份证、户口簿', '土地承包经营权证或承包合同', '土地流转合同', '付款收据、转账记录', '村集体会议记录', '地块照片或图纸'],
  legalBasis: [
    { law: '农村土地承包法', article: '第38—40条', summary: '流转应自愿有偿，不得改变农业用途，应签订书面流转合同' },
    { law: '农村土地承包法', article: '第42条', summary: '受让方擅自改变用途、弃耕抛荒两年以上等，承包方可解除流转合同' },
    { law: '农村土地承包法', article: '第55条', summary: '可协商、请村委会或乡镇政府调解，或申请仲裁、起诉' },
    { law: '农村土地承包经营纠纷调解仲裁法', article: '第18条', summary: '申请仲裁的时效为2年' },
  ],
  limitations: [{ months: 24, label: '土地承包仲裁时效2年', basis: '农村土地承包经营纠纷调解仲裁法 18', note: '自知道或应当知道权利被侵害之日起计算。' }],
  competent: { levels: ['community', 'street'], specialities: ['land'] },
  judicialConfirmation: { possible: true, note: '流转费等给付协议可申请司法确认；确定承包经营权归属的协议不能司法确认（民诉法解释 355(5)）。' },
}
