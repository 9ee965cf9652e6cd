import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot, YES_NO } from './common'
import type { DisputeTypeDefinition } from './types'

export const propertyDelivery: DisputeTypeDefinition = {
  code: 'property_delivery',
  name: '商品房逾期交付',
  version: '1.0.0',
  summary: '开发商逾期交房、逾期办证、交付质量问题引起的纠纷',
  features: [
    ['逾期交房', 7], ['延期交房', 7], ['交房', 4], ['开发商', 5], ['商品房', 5], ['购房合同', 5], ['商品房买卖合同', 6], ['期房', 5],
    ['逾期交付', 6], ['烂尾', 5], ['楼盘', 4], ['房产证', 2], ['不动产权证', 2], ['办证', 2], ['购房款', 3], ['首付', 2], ['按揭', 2],
    ['业主', 1], ['违约金', 2], ['预售', 3], ['收房', 3], ['交付使用', 4], ['精装', 2], ['置业', 3], ['房地产', 3],
    [/(?:迟迟|一直|至今)(?:没|未|不)(?:交房|交付)/, 6], [/约定.{0,10}交房/, 5],
  ],
  slots: [
    respondentSlot('开发商的公司名称是什么？'),
    { key: 'contract_date', kind: 'date', label: '购房合同签订时间', required: true, question: '购房合同是哪天签的？', fill: { dateLabels: ['contract_date'] } },
    {
      key: 'agreed_delivery_date', kind: 'date', label: '约定交房时间', required: true, question: '合同约定哪天交房？',
      fill: { dateLabels: ['delivery_agreed'] }, aliases: /约定|应该交/,
    },
    {
      key: 'delivered', kind: 'choice', label: '是否已交房', required: true, choices: YES_NO, question: '现在交房了吗？',
      fill: { choicePatterns: [[/(?:还没|至今未|迟迟未|一直没|仍未|尚未|没有)(?:交房|交付|交)/, 'no'], [/(?:才|已经|已)(?:交房|交付)/, 'yes']] },
    },
    {
      key: 'actual_delivery_date', kind: 'date', label: '实际交房时间', required: true, askIf: { slot: 'delivered', equals: 'yes' },
      question: '实际是哪天交的房？', fill: { dateLabels: ['delivery_actual'] },
    },
    {
      key: 'total_price', kind: 'money', label: '房屋总价', required: true, question: '房子总价多少？已付了多少？',
      fill: { amountLabels: ['price', 'paid', 'down_payment'] }, aliases: /房款|总价|房价/,
    },
    {
      key: 'penalty_clause', kind: 'text', label: '违约金条款', required: false,
      question: '合同里对逾期交房怎么约定的违约金？比如“每日按已付房款万分之一”。', aliases: /违约金|条款/,
    },
    {
      key: 'demand_sent', kind: 'choice', label: '是否催告过', required: false, choices: YES_NO, question: '您书面催过开发商交房吗？',
      fill: { choicePatterns: [[/催告|催促|发函|律师函/, 'yes']] },
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如购房合同、付款凭证、交房通知、催告函。'),
  ],
  materials: ['身份证', '商品房买卖合同及补充协议', '购房款付款凭证、贷款合同', '交房通知书、收房记录', '催告函及送达凭证', '预售许可证信息截图'],
  legalBasis: [
    { law: '商品房买卖合同解释', article: '第11条', summary: '逾期交房经催告后3个月内仍未履行的可解除合同；未催告的应在知道后1年内行使' },
    { law: '商品房买卖合同解释', article: '第12条', summary: '约定违约金过分高于损失（超过30%）可请求减少，低于损失可请求增加' },
    { law: '商品房买卖合同解释', article: '第13条', summary: '未约定违约金的，按同地段同类房屋租金标准确定逾期交房损失' },
    { law: '商品房买卖合同解释', article: '第14条', summary: '逾期办证的违约责任，未约定时按已付房款参照逾期贷款利率计算' },
    { law: '民法典', article: '第585条', summary: '违约金的约定与调整' },
  ],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['street', 'district'], specialities: ['property'] },
  judicialConfirmation: { possible: true, note: '违约金给付协议可申请司法确认；涉及房屋所有权确认的内容不能司法确认（民诉法解释 355(5)）。' },
}
