import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot, YES_NO } from './common'
import type { DisputeTypeDefinition } from './types'

export const privateLoan: DisputeTypeDefinition = {
  code: 'private_loan',
  name: '民间借贷',
  version: '1.0.0',
  summary: '个人之间或个人与单位之间借钱不还、利息争议',
  features: [
    ['借款', 4], ['借钱', 5], ['借了', 3], ['借给', 5], ['欠条', 4], ['借条', 6], ['还款', 3], ['还钱', 4], ['不还', 4], ['利息', 3],
    ['本金', 3], ['民间借贷', 8], ['借贷', 5], ['出借', 4], ['转账', 1], ['催款', 3], ['催收', 3], ['担保', 2], ['连带保证', 4], ['月息', 5],
    ['欠款', 2], ['老赖', 4], ['借据', 6], ['分期还', 3], ['周转', 4], ['垫资', 3], ['赖账', 4],
    [/借(?:了)?我.{0,6}(?:万|元|块|钱)/, 5], [/(?:向|找)我借/, 6], [/借.{0,8}(?:一直|至今|迟迟)(?:没|未|不)还/, 6],
  ],
  slots: [
    respondentSlot('借钱的人是谁？'),
    {
      key: 'my_role', kind: 'choice', label: '您的身份', required: true, question: '您是借出钱的一方，还是借钱的一方？',
      choices: [
        { value: 'lender', label: '我借钱给别人', synonyms: /借给|出借|我借出|借出/ },
        { value: 'borrower', label: '我向别人借钱', synonyms: /我借了|我向|我找/ },
      ],
      fill: { choicePatterns: [[/借给|(?:向|找)我借|借(?:了)?我(?:的)?|欠我/, 'lender'], [/我(?:向|找).{0,6}借|我借了/, 'borrower']] },
    },
    {
      key: 'loan_date', kind: 'date', label: '借款时间', required: true, question: '什么时候借的？',
      fill: { dateLabels: ['loan_date', 'payment_date'] }, aliases: /借款时间|哪天借/,
    },
    {
      key: 'principal', kind: 'money', label: '借款本金', required: true, question: '借了多少钱？',
      fill: { amountLabels: ['loan_principal'] }, aliases: /本金|借了|借款/,
    },
    {
      key: 'interest_agreed', kind: 'choice', label: '是否约定利息', required: true, choices: YES_NO, question: '有没有约定利息？',
      fill: { choicePatterns: [[/利息|月息|年息|分息|利率/, 'yes'], [/没(?:有)?(?:约定)?利息|无息/, 'no']] },
    },
    {
      key: 'interest_rate', kind: 'text', label: '利率', required: false, askIf: { slot: 'interest_agreed', equals: 'yes' },
      question: '利息怎么约定的？比如“月息1分”或“年利率6%”。', aliases: /利率|月息|利息/,
    },
    {
      key: 'due_date', kind: 'date', label: '约定还款时间', required: false, question: '说好哪天还？',
      fill: { dateLabels: ['due_date'] }, aliases: /还款时间|到期/,
    },
    {
      key: 'repaid', kind: 'money', label: '已还金额', required: false, question: '已经还了多少？',
      fill: { amountLabels: ['paid'] }, aliases: /已还|还了/,
    },
    {
      key: 'has_iou', kind: 'choice', label: '是否有借条', required: true, choices: YES_NO, question: '有借条、欠条或转账记录吗？',
      fill: { choicePatterns: [[/借条|欠条|借据|转账/, 'yes']] },
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如借条、欠条、转账记录、催款聊天记录。'),
  ],
  materials: ['身份证', '借条、欠条或借款合同', '银行转账或微信/支付宝转账记录', '还款记录', '催款的聊天记录、录音', '担保合同（如有）'],
  legalBasis: [
    { law: '民法典', article: '第188条', summary: '诉讼时效期间为3年，自知道或应当知道权利受到损害及义务人之日起计算' },
    { law: '人民调解法', article: '第33条', summary: '调解协议生效后30日内可共同申请司法确认，对方不履行可申请强制执行' },
  ],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['community', 'street'], specialities: [] },
  judicialConfirmation: { possible: true, note: '还款协议可在生效后30日内共同申请司法确认（人民调解法 33）；注意防范虚假借贷恶意串通（民事诉讼法 115）。' },
  referenceGap: '参考资料未收录民间借贷司法解释（利率保护上限等），相关条文待核实后补充。',
}
