import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot } from './common'
import type { DisputeTypeDefinition } from './types'

export const consumer: DisputeTypeDefinition = {
  code: 'consumer',
  name: '消费纠纷',
  version: '1.0.0',
  summary: '商品质量、服务质量、预付卡、网购、餐饮、美容美发等消费纠纷（培训退费除外）',
  features: [
    ['消费者', 5], ['商家', 5], ['质量问题', 4], ['退货', 5], ['换货', 5], ['售后', 5], ['假货', 5], ['三包', 5], ['退一赔三', 7], ['欺诈', 3],
    ['预付卡', 5], ['会员卡', 5], ['储值卡', 5], ['充值', 2], ['办卡', 4], ['网购', 5], ['快递', 1], ['店家', 4], ['商场', 3], ['超市', 3],
    ['美容', 3], ['美发', 4], ['理发店', 4], ['健身卡', 5], ['餐厅', 3], ['饭店', 2], ['买了', 1], ['购买', 2], ['产品', 2], ['商品', 3],
    ['维修', 1], ['家电', 4], ['手机', 2], ['装修公司', 3], ['家装', 4], ['12315', 6], ['市场监管', 4], ['消协', 6], ['虚假宣传', 4],
    ['过期', 3], ['变质', 4], ['以次充好', 5], ['霸王条款', 5], ['退款', 2],
  ],
  slots: [
    respondentSlot('是哪家商家或公司？'),
    {
      key: 'purchase_date', kind: 'date', label: '购买/消费时间', required: true, question: '什么时候买的或消费的？',
      fill: { dateLabels: ['payment_date', 'contract_date', 'incident_date'] }, aliases: /购买|消费|哪天/,
    },
    { key: 'item', kind: 'text', label: '商品或服务', required: true, question: '买的是什么商品或服务？', aliases: /商品|服务|买的/ },
    {
      key: 'amount_paid', kind: 'money', label: '支付金额', required: true, question: '一共付了多少钱？',
      fill: { amountLabels: ['price', 'paid', 'refund'] }, aliases: /付了|花了|价格/,
    },
    {
      key: 'problem', kind: 'choice', label: '问题', required: true, question: '主要是什么问题？',
      choices: [
        { value: 'quality', label: '质量问题', synonyms: /质量|坏|故障|过期|变质/ },
        { value: 'fraud', label: '虚假宣传/假货', synonyms: /假|虚假|欺诈|以次充好/ },
        { value: 'prepaid', label: '预付卡/充值不退', synonyms: /预付|充值|会员卡|储值卡|办卡/ },
        { value: 'service', label: '服务不满意', synonyms: /服务|态度/ },
        { value: 'other', label: '其他', synonyms: /其他/ },
      ],
      fill: { choicePatterns: [[/假货|虚假|欺诈|以次充好/, 'fraud'], [/预付卡|会员卡|储值卡|充值|办卡/, 'prepaid'], [/质量|故障|坏了|过期|变质/, 'quality']] },
    },
    {
      key: 'claimed_amount', kind: 'money', label: '要求金额', required: false, question: '您要求退赔多少？',
      fill: { amountLabels: ['refund', 'claimed', 'compensation'] }, aliases: /退|赔/,
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如发票小票、订单截图、商品照片、聊天记录。'),
  ],
  materials: ['身份证', '发票、小票或订单截图', '付款记录', '商品或问题的照片视频', '与商家的聊天记录', '检测报告（如有）'],
  legalBasis: [
    { law: '消费者权益保护法', article: '第53条', summary: '以预收款方式提供商品或服务未按约定提供的，应退回预付款并承担利息、合理费用' },
    { law: '消费者权益保护法', article: '第55条', summary: '经营者有欺诈行为的，按价款三倍赔偿，不足500元的为500元' },
    { law: '消费者权益保护法', article: '第26条', summary: '排除或限制消费者权利的格式条款无效' },
    { law: '最高法预付式消费解释（法释〔2025〕4号）', article: '第9条、第13条', summary: '排除退款的条款无效；消费者在特定情形可解除合同' },
  ],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['community', 'street'], specialities: ['consumer'] },
  judicialConfirmation: { possible: true, note: '退赔协议可在生效后30日内共同申请司法确认（人民调解法 33）。' },
}
